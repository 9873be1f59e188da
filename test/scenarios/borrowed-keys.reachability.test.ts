import { describe, expect, it } from "vitest";
import { describeReachabilityPlays } from "./support/describeReachabilityPlays";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "borrowed-keys";
const harness = scenarioHarness(ID);
const { play, finding } = harness;

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["revealing-names"] as const;

describeReachabilityPlays("Borrowed Keys", harness, REACHABILITY);

describe("Borrowed Keys: a codename picked, then ignored wherever a name shows", () => {
  const log = play("revealing-names");

  it("titles the bridge after the vendor and names the room and its topic after the hack: three revealing names in two places", () => {
    const call = entries(log, "action.completed").find((entry) => entry.action.type === "start-voice-call");
    const room = entries(log, "action.completed").find((entry) => entry.action.type === "create-room");
    expect(call?.action).toMatchObject({ title: "BuildBarn breach bridge" });
    expect(room?.action).toMatchObject({ name: "quiet-heron hack response" });
    expect(room?.action).toMatchObject({ topic: "Attorney Work Project: CI key leak incident" });
    expect(finding("revealing-names", "codename.no-revealing-names")?.evidence).toHaveLength(2);
  });

  it("costs only the naming lesson: the codename itself is innocuous and the room still carries it", () => {
    expect(finding("revealing-names", "codename.innocuous")?.outcome).toBe("met");
    expect(finding("revealing-names", "codename.room-named")?.outcome).toBe("met");
    expect(finding("revealing-names", "privacy.topic-prefix")?.outcome).toBe("met");
  });
});
