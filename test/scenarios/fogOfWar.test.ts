import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlay, loadScenario } from "../../src/cli/commands/drillFiles";
import { startDrillActor } from "../../src/engine/drill/drillActor";
import type { DrillInput } from "../../src/engine/log";
import type { PlayerView } from "../../src/engine/playerView";
import { projectPlayerView } from "../../src/engine/projectPlayerView";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { FACT_KINDS } from "../../src/engine/scenario";
import { teamKnowledge } from "../../src/engine/teamKnowledge";
import { promptFor } from "../../src/facilitator/display/displayPrompt";
import { projectTeamDisplay } from "../../src/facilitator/display/teamDisplayProjection";

const ROOT = join(import.meta.dirname, "../..");
const SHIPPED = readdirSync(join(ROOT, "scenarios"))
  .filter((name) => name.endsWith(".yaml") && !name.endsWith(".play.yaml"))
  .map((name) => name.replace(/\.yaml$/, ""));
const HOUR = 60;

/** Every string anywhere in a value. */
function strings(value: unknown, into: string[] = []): string[] {
  if (typeof value === "string") into.push(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (value && typeof value === "object") for (const item of Object.values(value)) strings(item, into);
  return into;
}

/** The moments to look at: every quarter hour of the first day, every two hours after, and around every inject. */
function moments(scenario: ScenarioDefinition): number[] {
  const times = new Set<number>();
  for (let t = 1; t <= Math.min(24 * HOUR, scenario.horizon); t += 15) times.add(t);
  for (let t = 24 * HOUR; t <= scenario.horizon; t += 2 * HOUR) times.add(t);
  for (const inject of scenario.injects)
    for (const t of [(inject.at ?? 0) - 1, inject.at ?? 0, (inject.at ?? 0) + 1])
      if (t >= 0 && t <= scenario.horizon) times.add(t);
  return [...times].sort((a, b) => a - b);
}

/** Passages of an inject's text long enough to be recognisable if they leaked: the subject, the body, its sentences. */
function passages(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+/).filter((sentence) => sentence.length >= 40);
  return [text, ...sentences];
}

interface Moment {
  at: number;
  texts: string[];
  view: PlayerView;
  problems: string[];
}

/** Walks a drill (the inputs in order, with clock stops at the sampled moments) and judges what each audience sees. */
function walk(scenario: ScenarioDefinition, inputs: readonly DrillInput[]): Moment[] {
  const drill = startDrillActor(scenario, "1");
  drill.start();
  const pending = [...inputs];
  const seen: Moment[] = [];
  for (const at of moments(scenario)) {
    while (pending.length > 0 && (pending[0] as DrillInput).at <= at)
      drill.input(pending.shift() as DrillInput);
    if (drill.phase() === "debrief") break;
    if (drill.world().now < at) drill.input({ at, intent: { type: "clock.advance" } });
    if (drill.phase() === "debrief") break;
    const world = drill.world();
    const view = projectPlayerView(world, drill.phase());
    const prompt = promptFor(view);
    const display = projectTeamDisplay(view, prompt ? { roster: [], prompt } : { roster: [] });
    const texts = [...strings(view), ...strings(display)];
    const problems: string[] = [];
    const delivered = scenario.injects.filter((inject) => world.injects[inject.id]?.status === "delivered");
    const deliveredText = delivered.flatMap((inject) => [inject.subject ?? "", inject.body]).join("\n");
    for (const inject of scenario.injects) {
      if (world.injects[inject.id]?.status === "delivered") continue;
      const secret = [
        ...passages(inject.body),
        ...(inject.subject && inject.subject.length >= 25 ? [inject.subject] : []),
      ];
      for (const passage of secret) {
        if (deliveredText.includes(passage)) continue;
        if (texts.some((text) => text.includes(passage)))
          problems.push(`${inject.id} (not delivered) shows: "${passage.slice(0, 60)}"`);
      }
    }
    for (const module of scenario.modules)
      if (module.startsAt > world.now && texts.some((text) => text.includes(module.title)))
        problems.push(`module ${module.id} (not started) shows its title`);
    if (texts.some((text) => (FACT_KINDS as readonly string[]).includes(text)))
      problems.push("a fact category tag is shown");
    if ([...view.caseFile, ...display.caseFile].some((fact) => "kind" in fact))
      problems.push("a case-file entry carries a category");
    const knowledge = teamKnowledge(world);
    for (const instance of scenario.world.instances)
      if (
        instance.createdBy &&
        !knowledge.found(instance.id) &&
        view.instances.some((i) => i.id === instance.id)
      )
        problems.push(`the attacker's instance ${instance.id} shows before it is found`);
    for (const credential of scenario.world.credentials)
      if (
        credential.createdBy &&
        !knowledge.found(credential.id) &&
        view.credentials.some((c) => c.id === credential.id)
      )
        problems.push(`the attacker's credential ${credential.id} shows before it is found`);
    seen.push({ at, texts, view, problems });
  }
  drill.stop();
  return seen;
}

describe.each(SHIPPED)("fog of war in %s", (id) => {
  const scenario = loadScenario(id, ROOT);
  const expert = loadPlay(`scenarios/${id}.expert.play.yaml`, ROOT, scenario);

  it.each([
    ["a team that does nothing", [] as DrillInput[]],
    ["the expert team", expert.inputs],
  ])(
    "%s never sees an undelivered inject, a module before it starts, a fact category or an unfound attacker creation",
    (_, inputs) => {
      const seen = walk(scenario, inputs);
      expect(seen.length).toBeGreaterThan(20);
      expect(
        seen.flatMap((moment) => moment.problems.map((problem) => `T+${moment.at}m ${problem}`)),
      ).toEqual([]);
    },
  );

  it("the check itself catches a leak: an inject's body pasted into a module before it is delivered", () => {
    const late = scenario.injects.find(
      (inject) => (inject.at ?? 0) > 2 * HOUR && inject.when === undefined && inject.body.length >= 40,
    );
    if (!late) return;
    const leaky = structuredClone(scenario);
    (leaky.modules[0] as (typeof leaky.modules)[number]).summary = late.body;
    const seen = walk(leaky, []);
    expect(seen.some((moment) => moment.problems.some((problem) => problem.startsWith(late.id)))).toBe(true);
  });
});
