import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePlay } from "../../../src/content/compilePlay";
import { compileScenario } from "../../../src/content/compileScenario";
import type { LogEntry } from "../../../src/engine/log";
import type { ScenarioDefinition } from "../../../src/engine/scenario";
import { restoreSessionRunner } from "../../../src/facilitator/session/sessionRunner";
import { shippedPlays } from "../../support/shippedPlays";
import { ENGINE_SERVICES } from "../support/engineServices";

const SCENARIOS = join(import.meta.dirname, "../../../scenarios");
const MIN_LENGTH = 24;

/** Controller-only sentences of a real scenario long enough that player text cannot repeat them by chance. */
function controllerSentences(scenario: ScenarioDefinition): string[] {
  return [
    ...scenario.injects.flatMap((inject) => [
      inject.controller.evaluatorNotes,
      inject.controller.temptation ?? "",
    ]),
    ...scenario.attacker.flatMap((step) => [step.description]),
    scenario.vector.description,
  ].filter((text) => text.length >= MIN_LENGTH);
}

/** The debrief card: the room sees it once the drill has ended, never before. */
function debriefSentences(scenario: ScenarioDefinition): string[] {
  const { debrief } = scenario;
  return [debrief.summary, ...debrief.notes, ...debrief.inspiredBy.map((item) => item.lesson)].filter(
    (text) => text.length >= MIN_LENGTH,
  );
}

/** Inject bodies and fact texts the log has not revealed yet. */
function unrevealed(scenario: ScenarioDefinition, log: readonly LogEntry[]): string[] {
  const delivered = new Set(
    log.flatMap((entry) => (entry.type === "inject.delivered" ? [entry.inject] : [])),
  );
  const discovered = new Set(log.flatMap((entry) => (entry.type === "fact.discovered" ? [entry.fact] : [])));
  return [
    ...scenario.injects.filter((inject) => !delivered.has(inject.id)).map((inject) => inject.body),
    ...scenario.facts.filter((fact) => !discovered.has(fact.id)).map((fact) => fact.text),
  ].filter((text) => text.length >= MIN_LENGTH);
}

const scenarioFiles = readdirSync(SCENARIOS).filter(
  (name) => name.endsWith(".yaml") && !name.endsWith(".play.yaml"),
);
const compiled = new Map<string, ScenarioDefinition>();
for (const file of scenarioFiles) {
  const result = compileScenario(readFileSync(join(SCENARIOS, file), "utf8"), file);
  if (result.ok) compiled.set(result.value.id, result.value);
}
const expertPlays = readdirSync(SCENARIOS).filter(
  (name) => name.endsWith(".expert.play.yaml") || name.endsWith(".reckless.play.yaml"),
);

describe("shipped scenarios facilitated by their plays never put controller-only text on the team display", () => {
  it("has shipped plays to check", () => {
    expect(expertPlays.length).toBeGreaterThan(0);
  });

  it.each(expertPlays)("%s", (file) => {
    const play = compilePlay(
      readFileSync(join(SCENARIOS, file), "utf8"),
      file,
      (id) => {
        const scenario = compiled.get(id);
        return scenario ? { status: "found", scenario } : { status: "missing" };
      },
      shippedPlays,
    );
    if (!play.ok) throw new Error(`${file} does not compile: ${play.diagnostics[0]?.message}`);
    const scenario = compiled.get(play.value.scenario)!;
    const hidden = controllerSentences(scenario);
    const { inputs } = play.value;
    const stride = Math.max(1, Math.floor(inputs.length / 12));
    for (let count = 0; count <= inputs.length; count += stride) {
      const runner = restoreSessionRunner(ENGINE_SERVICES, scenario, {
        id: "play-check",
        scenario: scenario.id,
        contentHash: scenario.contentHash,
        seed: play.value.seed,
        roster: [{ name: "Ana", role: "incident-commander" }],
        inputs: inputs.slice(0, count),
        now: inputs[count - 1]?.at ?? 0,
        started: true,
        speed: 0,
      });
      const wire = JSON.stringify({ type: "display.view", session: runner.id, view: runner.displayView() });
      const ended = runner.log().some((entry) => entry.type === "drill.ended");
      const leaked = [
        ...hidden,
        ...(ended ? [] : debriefSentences(scenario)),
        ...unrevealed(scenario, runner.log()),
      ].filter((text) => wire.includes(text));
      expect({ file, inputs: count, leaked }).toEqual({ file, inputs: count, leaked: [] });
    }
  });
});
