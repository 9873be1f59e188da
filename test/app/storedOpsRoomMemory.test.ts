import { describe, expect, it } from "vitest";
import { storedOpsRoomMemory } from "../../src/app/storedOpsRoomMemory";
import { memoryStorage } from "./support/memoryStorage";

describe("a drill's drafts and read injects in Web Storage", () => {
  it("survive a reload of the page, per drill", () => {
    const storage = memoryStorage();
    const before = storedOpsRoomMemory(
      () => storage,
      "one",
      () => true,
    );
    before.setDraft("composer.body", "Join the call");
    before.markRead("a1");
    const after = storedOpsRoomMemory(
      () => storage,
      "one",
      () => true,
    );
    expect(after.draft("composer.body")).toBe("Join the call");
    expect(after.readInjects()).toEqual(["a1"]);
    expect(
      storedOpsRoomMemory(
        () => storage,
        "two",
        () => true,
      ).draft("composer.body"),
    ).toBeUndefined();
  });

  it("are not written by a tab that does not hold the drill, and a refusing storage loses nothing on screen", () => {
    const storage = memoryStorage();
    const readOnly = storedOpsRoomMemory(
      () => storage,
      "one",
      () => false,
    );
    readOnly.setDraft("composer.body", "typed in the other tab");
    expect(readOnly.draft("composer.body")).toBe("typed in the other tab");
    expect(
      storedOpsRoomMemory(
        () => storage,
        "one",
        () => true,
      ).draft("composer.body"),
    ).toBeUndefined();
    storage.refuse = true;
    const full = storedOpsRoomMemory(
      () => storage,
      "one",
      () => true,
    );
    full.setDraft("statement.title", "Update");
    expect(full.draft("statement.title")).toBe("Update");
  });
});
