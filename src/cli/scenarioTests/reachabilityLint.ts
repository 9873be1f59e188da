import type { CompiledPlay } from "../../content/compiledPlay";
import type { Condition } from "../../engine/condition";
import { runPlay } from "../../engine/headless/runPlay";
import { simulate } from "../../engine/headless/simulate";
import type { ScenarioDefinition } from "../../engine/scenario";

function stepsIn(condition: Condition | undefined): string[] {
  if (condition === undefined || typeof condition !== "object") return [];
  if ("attackerStep" in condition) return [condition.attackerStep];
  return Object.values(condition).flatMap((value) =>
    Array.isArray(value) ? value.flatMap((item) => stepsIn(item as Condition)) : stepsIn(value as Condition),
  );
}

/** The play an inject needs, when it hangs on an attacker step marked `needsPlay` (the step triggers it, or its `when`/`unless` waits for it). */
function injectNeedsPlay(scenario: ScenarioDefinition, inject: string): string | undefined {
  const found = scenario.injects.find((candidate) => candidate.id === inject);
  const waitsFor = new Set([...stepsIn(found?.when), ...stepsIn(found?.unless)]);
  return scenario.attacker.find(
    (step) =>
      step.needsPlay !== undefined &&
      (waitsFor.has(step.id) ||
        step.effects.some((effect) => "triggerInject" in effect && effect.triggerInject === inject)),
  )?.needsPlay;
}

/**
 * The reachability lint: plays the scenario `seeds` times under the random policy and returns one sentence per
 * problem — a seed that throws, an inject never delivered or an attacker step never done (unless the play its
 * step's `needsPlay` names reaches it), a conditional attacker step never skipped.
 */
export function lintReachability(
  scenario: ScenarioDefinition,
  plays: readonly CompiledPlay[],
  seeds: number,
): string[] {
  const report = simulate(scenario, { runs: seeds, seed: "lint", policy: "random" });
  const reached = new Map<string, { steps: Set<string>; injects: Set<string> } | undefined>();
  const reachedBy = (name: string) => {
    if (!reached.has(name)) {
      const play = plays.find((candidate) => candidate.name === name);
      const log = play ? runPlay(scenario, play).log : undefined;
      reached.set(
        name,
        log && {
          steps: new Set(log.flatMap((entry) => (entry.type === "attacker.step" ? [entry.step] : []))),
          injects: new Set(log.flatMap((entry) => (entry.type === "inject.delivered" ? [entry.inject] : []))),
        },
      );
    }
    return reached.get(name);
  };
  const problems = report.failures.map((failure) => `seed ${failure.seed} threw: ${failure.message}`);
  for (const inject of scenario.injects) {
    if (report.injectsDelivered[inject.id]) continue;
    const needs = injectNeedsPlay(scenario, inject.id);
    if (!needs)
      problems.push(
        `inject ${inject.id} is never delivered, and no attacker step it waits for names a needsPlay`,
      );
    else if (!reachedBy(needs))
      problems.push(
        `inject ${inject.id} needs the play ${needs}, but ${scenario.id}.${needs}.play.yaml is missing`,
      );
    else if (!reachedBy(needs)?.injects.has(inject.id))
      problems.push(`inject ${inject.id} is never delivered, not even by the ${needs} play`);
  }
  for (const step of scenario.attacker) {
    if (!report.attackerDone[step.id]) {
      if (!step.needsPlay) problems.push(`attacker step ${step.id} is never done and not marked needsPlay`);
      else if (!reachedBy(step.needsPlay))
        problems.push(
          `attacker step ${step.id} needs the play ${step.needsPlay}, but ${scenario.id}.${step.needsPlay}.play.yaml is missing`,
        );
      else if (!reachedBy(step.needsPlay)?.steps.has(step.id))
        problems.push(
          `attacker step ${step.id} is never done, not even by its needsPlay play ${step.needsPlay}`,
        );
    }
    if ((step.when !== undefined || step.trigger !== undefined) && !report.attackerSkipped[step.id])
      problems.push(
        `attacker step ${step.id} has a when/trigger but is never skipped: drop the condition or let players falsify it`,
      );
  }
  return problems;
}
