import { describe, expect, it } from "vitest";
import { NODE_TONES } from "../../src/presentation/nodeTones";
import { opsPicture } from "../../src/presentation/opsNodes";
import { fixtureView } from "../ui/support/fakeDrill";

describe("the ops picture: one derivation of nodes and states for the map and the table", () => {
  it("gives every node its states in words and tones, in reading order", () => {
    const view = fixtureView();
    view.instances[0] = { ...view.instances[0]!, isolated: true, imaged: true, imagedOffsite: true };
    view.credentials[0] = { ...view.credentials[0]!, state: "revoked", knownCompromised: true };
    view.services[0]!.codePaths[0]!.enabled = false;
    view.logSources[0] = { ...view.logSources[0]!, preserved: true };
    const states = (key: string) =>
      opsPicture(view)
        .nodes.find((node) => node.key === key)
        ?.states.map((state) => `${state.text}/${state.tone}`);
    expect(states("instance:api-1")).toEqual([
      "compromised (known)/compromised",
      "isolated/contained",
      "imaged off-site/evidence",
    ]);
    expect(states("credential:ci-key")).toEqual(["compromised (known)/compromised", "revoked/secured"]);
    expect(states("service:payments")).toEqual(["running/normal", "Refunds disabled/contained"]);
    expect(states("log-source:cloudtrail")).toEqual(["preserved/secured"]);
    for (const tone of Object.values(NODE_TONES)) expect(tone.fill).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("marks what is under way on the node it works on", () => {
    const view = fixtureView();
    view.pending = [
      { seq: 1, action: { type: "disable-code-path", codePath: "refunds" }, completesAt: 20 },
      { seq: 2, action: { type: "isolate-instance", instance: "api-1" }, completesAt: 5 },
    ];
    const nodes = opsPicture(view).nodes;
    expect(nodes.find((node) => node.key === "service:payments")?.states.at(-1)).toEqual({
      text: "under way: Disable code path (done T+0:20)",
      tone: "pending",
    });
    expect(nodes.find((node) => node.key === "instance:api-1")?.states.at(-1)?.tone).toBe("pending");
  });
});
