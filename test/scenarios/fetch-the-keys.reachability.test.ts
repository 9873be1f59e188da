import { describe, expect, it } from "vitest";
import { describeReachabilityPlays } from "./support/describeReachabilityPlays";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const ID = "fetch-the-keys";
const harness = scenarioHarness(ID);
const { play, finding } = harness;

/** The reachability plays of this file: each makes one mistake, so its rule ends violated. */
const REACHABILITY = ["mail-in-clear", "live-host"] as const;

describeReachabilityPlays("Fetch the Keys", harness, REACHABILITY);

describe("Fetch the Keys: the outside parties briefed by plain email", () => {
  const log = play("mail-in-clear");
  const plainOutside = entries(log, "message.sent").filter(
    (message) => message.channelKind === "email" && !message.encrypted && message.outsiders.length > 0,
  );

  it("sends the security firm, the insurer and the retailer's CISO the details unencrypted", () => {
    expect(plainOutside.flatMap((message) => message.to).sort()).toEqual([
      "customer-ciso",
      "insurer",
      "security-firm",
    ]);
    expect(finding("mail-in-clear", "privacy.email-encrypted")?.evidence).toEqual(
      plainOutside.map((message) => message.seq),
    );
  });

  it("keeps the privilege subject on every email, so only the encryption lesson costs points", () => {
    expect(plainOutside.map((message) => message.subject)).toEqual(Array(3).fill("Attorney Work Project"));
    expect(finding("mail-in-clear", "privacy.email-subject")?.outcome).toBe("met");
  });
});

describe("Fetch the Keys: imgproxy-1 left running once the feature is off", () => {
  const log = play("live-host");
  const imgproxy = entries(log, "state.changed").filter(
    (entry) => entry.subject === "imgproxy-1" && entry.kind === "instance",
  );

  it("never isolates or stops imgproxy-1, yet images it and loses nothing", () => {
    expect(imgproxy.map((entry) => entry.to)).toEqual([]);
    expect(entries(log, "fact.lost")).toEqual([]);
    expect(finding("live-host", "evidence.image-affected")?.outcome).toBe("met");
  });

  it("stops the attack as fast as the expert: the lesson is the host, not the footholds", () => {
    expect(finding("live-host", "containment.time-to-stop")?.outcome).toBe("met");
    expect(finding("live-host", "containment.isolate-early")?.outcome).toBe("violated");
  });
});
