import { describe, expect, it } from "vitest";
import { hashLog } from "../../src/engine/headless/hashLog";
import { act, advanceTo, entries, play, type Step } from "./support";

const script: Step[] = [
  act(2, { type: "page-ic" }),
  act(20, { type: "investigate", logSource: "trail" }),
  act(61, { type: "reply", inject: "i-cfo", option: "sms-details" }),
  act(200, { type: "terminate-instance", instance: "cache-1" }),
  advanceTo(5000),
];

function chance(seed: string) {
  const { log, state } = play(script, { seed });
  return {
    patientZero: state.patientZero,
    herrings: Object.entries(state.facts)
      .filter(([id, fact]) => id.startsWith("rh-") && !fact.excluded)
      .map(([id]) => id),
    recon: entries(log, "attacker.step").find((entry) => entry.step === "recon")?.at,
  };
}

describe("determinism", () => {
  it("the same seed and inputs give the same log, byte for byte", () => {
    const first = play(script, { seed: "42" });
    const second = play(script, { seed: "42" });
    expect(hashLog(second.log)).toBe(hashLog(first.log));
    expect(JSON.stringify(second.state)).toBe(JSON.stringify(first.state));
  });

  it("a different seed changes what the scenario leaves to chance", () => {
    const draws = ["1", "2", "3", "4", "5", "6", "7", "8"].map(chance);
    expect(new Set(draws.map((draw) => draw.patientZero)).size).toBe(2);
    expect(new Set(draws.map((draw) => draw.herrings.join())).size).toBeGreaterThan(1);
    expect(new Set(draws.map((draw) => draw.recon)).size).toBeGreaterThan(1);
    for (const draw of draws) {
      expect(draw.herrings).toHaveLength(1);
      expect(Math.abs((draw.recon ?? 0) + 3 * 24 * 60)).toBeLessThanOrEqual(60);
    }
    expect(hashLog(play(script, { seed: "1" }).log)).not.toBe(hashLog(play(script, { seed: "2" }).log));
  });

  it("logs patient zero at the start and binds the scenario's patient-zero references to it", () => {
    const steps = [act(1, { type: "isolate-instance", instance: "web-2" }), advanceTo(10)];
    const seed = ["1", "2", "3", "4", "5", "6"].find(
      (candidate) => play([], { seed: candidate }).state.patientZero === "web-2",
    );
    expect(seed).toBeDefined();
    const { log } = play(steps, { seed });
    expect(entries(log, "drill.started")[0]?.patientZero).toBe("web-2");
    expect(entries(log, "foothold.closed").map((entry) => entry.foothold)).toEqual(["fh-pz"]);
    const other = play(steps, { seed: "1" });
    expect(entries(other.log, "drill.started")[0]?.patientZero).toBe("web-1");
    expect(entries(other.log, "foothold.closed")).toEqual([]);
  });
});
