import { describe, expect, it } from "vitest";
import { createDrill } from "../../src/engine/createDrill";
import type { PlayerView } from "../../src/engine/playerView";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { fixtureScenario } from "./fixtures/fixtureScenario";
import { act, advanceTo, play } from "./support";

/** Every string and every key anywhere in the view. */
function walk(value: unknown, strings: string[], keys: string[]): void {
  if (typeof value === "string") strings.push(value);
  else if (Array.isArray(value)) for (const item of value) walk(item, strings, keys);
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      keys.push(key);
      walk(item, strings, keys);
    }
}

/** The controller-only values of a scenario that a player must not see (given what they discovered). */
function secrets(scenario: ScenarioDefinition, discovered: ReadonlySet<string>): string[] {
  return [
    ...scenario.attacker.flatMap((step) => [step.title, ...(step.description ? [step.description] : [])]),
    ...scenario.injects.flatMap((inject) => [
      ...(inject.controller.evaluatorNotes ? [inject.controller.evaluatorNotes] : []),
      ...(inject.controller.temptation ? [inject.controller.temptation] : []),
      ...inject.controller.tests,
    ]),
    ...scenario.facts.filter((fact) => !discovered.has(fact.id)).map((fact) => fact.text),
    ...scenario.world.footholds.map((foothold) => foothold.description),
    ...scenario.world.providers.flatMap((provider) =>
      provider.accounts.filter((a) => a.attackerCreated).map((a) => a.id),
    ),
  ];
}

function leaks(view: PlayerView, scenario: ScenarioDefinition): { strings: string[]; keys: string[] } {
  const strings: string[] = [];
  const keys: string[] = [];
  walk(view, strings, keys);
  const discovered = new Set(view.caseFile.map((fact) => fact.fact));
  const hidden = secrets(scenario, discovered);
  return {
    strings: strings.filter((text) => hidden.some((secret) => text.includes(secret))),
    keys: keys.filter((key) =>
      [
        "insider",
        "affected",
        "compromised",
        "usedInAttack",
        "controller",
        "evaluatorNotes",
        "expectedActions",
        "temptation",
        "attackerCreated",
        "destroyedWhen",
        "compromisedWhen",
        "attacker",
        "footholds",
        "patientZero",
      ].includes(key),
    ),
  };
}

describe("the player view keeps controller-only material out", () => {
  it("after a drill that triggered every attacker step, inject and discovery route", () => {
    const scenario = fixtureScenario();
    const { view } = play(
      [
        act(1, { type: "send-message", channel: "general", body: "we got hacked" }),
        act(20, { type: "investigate", logSource: "trail" }),
        act(61, { type: "reply", inject: "i-cfo", option: "sms-details" }),
        act(200, { type: "image-disk", instance: "cache-1" }),
        act(240, { type: "forensic-analysis", instance: "cache-1" }),
        advanceTo(4 * 24 * 60),
      ],
      { scenario },
    );
    expect(view.caseFile.map((fact) => fact.fact)).toContain("f-cache-tools");
    expect(leaks(view, scenario)).toEqual({ strings: [], keys: [] });
  });

  it("at every moment of a live drill", () => {
    const scenario = fixtureScenario();
    const drill = createDrill(scenario, "5");
    drill.start();
    for (let step = 0; step < 30; step++) {
      drill.advance(97);
      expect(leaks(drill.view(), scenario)).toEqual({ strings: [], keys: [] });
    }
  });

  it("the walk would catch a leak (a view with an evaluator note and an undiscovered fact fails)", () => {
    const scenario = fixtureScenario();
    const { view } = play([]);
    const tampered = {
      ...view,
      activity: [...view.activity, { at: 0, text: "Secret evaluator note", kind: "system" as const }],
      caseFile: [],
      inbox: [{ ...view.inbox[0]!, body: "Hidden recon text" }],
    };
    expect(leaks(tampered, scenario).strings).toEqual(["Hidden recon text", "Secret evaluator note"]);
  });
});
