import type { PlayerAction } from "../../src/engine/actions";
import { replay } from "../../src/engine/headless/replay";
import type { ControlIntent, DrillInput, LogEntry, LogEntryOf, LogEntryType } from "../../src/engine/log";
import type { RoleId } from "../../src/engine/organisation";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { fixtureScenario } from "./fixtures/fixtureScenario";

/** One scripted step: at this minute, do this. */
export type Step = [at: number, intent: DrillInput["intent"]];

/**
 * Plays the steps on the fixture scenario (or the given one) with seed "1" unless told otherwise; `roles[i]`, when
 * given, is the role step i is submitted as.
 */
export function play(
  steps: Step[],
  options: { seed?: string; scenario?: ScenarioDefinition; roles?: (RoleId | undefined)[] } = {},
) {
  const inputs: DrillInput[] = steps.map(([at, intent], index) => {
    const by = options.roles?.[index];
    return by !== undefined ? { at, by, intent } : { at, intent };
  });
  return replay(options.scenario ?? fixtureScenario(), options.seed ?? "1", inputs);
}

/** The log entries of one type. */
export function entries<T extends LogEntryType>(log: readonly LogEntry[], type: T): LogEntryOf<T>[] {
  return log.filter((entry): entry is LogEntryOf<T> => entry.type === type);
}

export const advanceTo = (at: number): Step => [at, { type: "clock.advance" }];
export const act = (at: number, action: PlayerAction): Step => [at, action];
export const control = (at: number, intent: ControlIntent): Step => [at, intent];
