import { describe, expect, it } from "vitest";
import { entries, scenarioHarness } from "./support/scenarioHarness";

const SHIPPED = [
  "borrowed-keys",
  "fetch-the-keys",
  "inside-voice",
  "push-until-yes",
  "tainted-installer",
] as const;

describe.each(SHIPPED)("%s: decisions with a price", (id) => {
  const { scenario, play, card, playNames } = scenarioHarness(id);

  it("declares the services its business runs on and what response moves break", () => {
    expect(scenario.business.services.length).toBeGreaterThanOrEqual(2);
    expect(scenario.business.impacts.length).toBeGreaterThanOrEqual(2);
    expect(scenario.capacity).toBe("per-person");
  });

  it("has an expert play that softens at least one impact it causes", () => {
    const impacts = entries(play("expert"), "business.impacted");
    expect(
      impacts.some((entry) => entry.softened),
      JSON.stringify(impacts),
    ).toBe(true);
  });

  it("reacts to an impact nobody softened with an inject: engineering, the CEO or a customer asks", () => {
    const reacting = scenario.injects.filter((inject) =>
      JSON.stringify(inject.when ?? {}).includes('"impact"'),
    );
    expect(reacting.length).toBeGreaterThan(0);
    const delivered = entries(play("contain-everything"), "inject.delivered").map((entry) => entry.inject);
    expect(reacting.some((inject) => delivered.includes(inject.id))).toBe(true);
  });

  it("scores containing everything at minute 2, ignoring the business, below the expert, which stays best and ≥ 90", () => {
    const expert = card("expert").total;
    expect(card("contain-everything").total).toBeLessThan(expert);
    expect(expert).toBeGreaterThanOrEqual(90);
    for (const name of playNames) expect(card(name).total, name).toBeLessThanOrEqual(expert);
    expect(card("reckless").total).toBeLessThan(40);
  });

  it("still stops the attack first in the contain-everything play: stopping the attack stays right", () => {
    const findings = card("contain-everything").findings;
    expect(findings.find((finding) => finding.rule === "containment.stop-first")?.outcome).toBe("met");
    expect(entries(play("contain-everything"), "business.impacted").length).toBeGreaterThan(1);
  });
});
