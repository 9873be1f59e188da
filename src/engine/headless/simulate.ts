import seedrandom from "seedrandom";
import { startDrillActor } from "../drill/drillActor";
import type { ScenarioDefinition } from "../scenario";
import type { EntryObserver } from "../world/worldState";
import { plausibleMenu } from "./plausibleActions";
import { type DrillSummary, summarizeDrill } from "./summarizeDrill";

export type SimulationPolicy = "random";

export interface SimulationReport {
  scenario: string;
  runs: number;
  seed: string;
  policy: SimulationPolicy;
  /** How many runs reached each id (inject delivered, attacker step done/skipped, fact discovered/lost). */
  injectsDelivered: Record<string, number>;
  injectsSkipped: Record<string, number>;
  attackerDone: Record<string, number>;
  attackerSkipped: Record<string, number>;
  factsDiscovered: Record<string, number>;
  factsLost: Record<string, number>;
  endReasons: Record<string, number>;
  failures: { seed: string; message: string }[];
}

const MAX_MOVES = 120;

/**
 * One seeded random playthrough: random plausible actions between random clock advances, to the end;
 * `observer` sees every log entry as the engine appends it.
 */
export function randomPlaythrough(
  scenario: ScenarioDefinition,
  seed: string,
  options: { observer?: EntryObserver } = {},
): DrillSummary {
  const policy = seedrandom(`policy:${seed}`);
  const drill = startDrillActor(scenario, seed, options);
  drill.start();
  for (let move = 0; move < MAX_MOVES && drill.phase() !== "debrief"; move++) {
    const world = drill.world();
    const roll = policy();
    if (roll < 0.55) {
      const menu = plausibleMenu(world);
      // why: closing is the menu's last entry, kept in one roll of twenty so drills rarely end at once.
      const choices =
        menu.at(menu.count - 1)?.type === "close-incident" && policy() >= 0.05 ? menu.count - 1 : menu.count;
      const action = menu.at(Math.floor(policy() * choices));
      if (action) drill.input({ at: world.now, intent: action });
    } else if (roll < 0.6) drill.next();
    else drill.input({ at: world.now + 1 + Math.floor(policy() * 240), intent: { type: "clock.advance" } });
  }
  drill.input({ at: scenario.horizon, intent: { type: "clock.advance" } });
  const summary = summarizeDrill(drill.world(), drill.phase());
  drill.stop();
  return summary;
}

function count(into: Record<string, number>, ids: readonly string[]): void {
  for (const id of ids) into[id] = (into[id] ?? 0) + 1;
}

/** Many seeded playthroughs under a policy: how often each inject, attacker branch and fact was reached. */
export function simulate(
  scenario: ScenarioDefinition,
  options: { runs: number; seed: string; policy: SimulationPolicy; onProgress?: (done: number) => void },
): SimulationReport {
  const report: SimulationReport = {
    scenario: scenario.id,
    runs: options.runs,
    seed: options.seed,
    policy: options.policy,
    injectsDelivered: {},
    injectsSkipped: {},
    attackerDone: {},
    attackerSkipped: {},
    factsDiscovered: {},
    factsLost: {},
    endReasons: {},
    failures: [],
  };
  for (let run = 0; run < options.runs; run++) {
    const seed = `${options.seed}-${run}`;
    try {
      const summary = randomPlaythrough(scenario, seed);
      count(report.injectsDelivered, summary.injects.delivered);
      count(report.injectsSkipped, summary.injects.skipped);
      count(report.attackerDone, summary.attacker.done);
      count(report.attackerSkipped, summary.attacker.skipped);
      count(report.factsDiscovered, summary.facts.discovered);
      count(report.factsLost, summary.facts.lost);
      count(report.endReasons, [summary.endReason ?? summary.phase]);
    } catch (error) {
      report.failures.push({ seed, message: error instanceof Error ? error.message : String(error) });
    }
    options.onProgress?.(run + 1);
  }
  return report;
}
