import { describe, expect, it } from "vitest";
import { runPlay } from "../../src/engine/headless/runPlay";
import { consequencesOf } from "../../src/scoring/consequences";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { scenarioHarness } from "../scenarios/support/scenarioHarness";
import { shiftedLate } from "./support/gamingPlays";

const borrowedKeys = scenarioHarness("borrowed-keys");
const fetchTheKeys = scenarioHarness("fetch-the-keys");

describe("consequences: what the response failed to prevent costs points by its harm", () => {
  it("charges nothing when the expert play leaves the attacker no new harm after the first signal", () => {
    const card = borrowedKeys.card("expert");
    expect(card.consequences).toEqual([]);
    expect(card.consequencePoints).toBe(0);
  });

  it("charges the vendor key left unrotated for the snapshot the attacker takes with it, under the rule that guards it", () => {
    const card = borrowedKeys.card("a12-forgotten-key");
    const taken = card.consequences.filter((consequence) => consequence.kinds.includes("data-taken"));
    expect(taken.length).toBeGreaterThan(0);
    expect(taken[0]?.points).toBeGreaterThanOrEqual(8);
    expect(taken[0]?.summary).toMatch(/^The attacker took /);
    expect(card.consequencePoints).toBeGreaterThanOrEqual(8);
    // the forgotten key costs more than a slip with no consequence, such as one avoidable SMS
    const sms = borrowedKeys.card("a5-sms");
    expect(borrowedKeys.card("expert").total - card.total).toBeGreaterThan(
      3 * (borrowedKeys.card("expert").total - sms.total),
    );
  });

  it("charges the expert play started three days late for the data taken and the evidence lost meanwhile", () => {
    const { scenario } = fetchTheKeys;
    const late = runPlay(scenario, { inputs: shiftedLate(fetchTheKeys.loadPlay("expert").inputs, 3) }).log;
    const harm = consequencesOf(scenario, late, scenario.organisation.consequencePoints);
    expect(harm.some((c) => c.kinds.includes("data-taken"))).toBe(true);
    expect(harm.every((c) => c.at >= 0)).toBe(true);
    expect(scoreDrill(scenario, late).consequencePoints).toBe(
      Math.round(10 * harm.reduce((sum, c) => sum + c.points, 0)) / 10,
    );
  });

  it("counts one attacker step once, however many entries its effects write, and never passes the cap", () => {
    const { scenario } = fetchTheKeys;
    const late = runPlay(scenario, { inputs: shiftedLate(fetchTheKeys.loadPlay("expert").inputs, 3) }).log;
    const harm = consequencesOf(scenario, late, scenario.organisation.consequencePoints);
    const bySeq = harm.map((c) => c.seq);
    expect(new Set(bySeq).size).toBe(bySeq.length);
    const capped = consequencesOf(scenario, late, { ...scenario.organisation.consequencePoints, cap: 5 });
    expect(capped.reduce((sum, c) => sum + c.points, 0)).toBeLessThanOrEqual(5.05);
  });

  it("files harm under the rule whose failure let it happen: a tip-off's clean-up under no-tip-off, a late recall under outreach", () => {
    const replyChain = scenarioHarness("reply-chain");
    const tipOff = replyChain.card("email-helen").consequences;
    expect(tipOff.map((c) => [c.rule, c.kinds])).toEqual([
      ["containment.no-tip-off", ["evidence-destroyed"]],
    ]);
    const lateRecall = replyChain.card("late-recall");
    expect(lateRecall.consequences.map((c) => [c.rule, c.kinds])).toEqual([
      ["outreach.operators", ["data-taken"]],
    ]);
    const operators = lateRecall.findings.find((finding) => finding.rule === "outreach.operators");
    expect(operators?.outcome).toBe("violated");
    expect(operators?.summary).toContain(
      "Too late to stop what waited on that call: The mule account moves half the money on",
    );
    const monitoring = lateRecall.findings.find((finding) => finding.rule === "mitigation.monitor-reentry");
    expect(monitoring?.outcome).toBe("met");
  });
});
