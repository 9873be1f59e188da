import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../src/engine/sha256";

describe("sha256Hex", () => {
  it.each(["", "abc", "Attorney Work Project", "é—🔑", "x".repeat(55), "y".repeat(56), "z".repeat(1000)])(
    "matches Node's crypto for %j",
    (text) => {
      expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
    },
  );
});
