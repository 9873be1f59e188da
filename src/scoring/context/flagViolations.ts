import type { LogEntryOf } from "../../engine/log";
import type { ScoringContext } from "./ScoringContext";

/** Whether the scenario defines flags that violate the rule, and the flag.set entries of those that were set. */
export function flagViolations(
  ctx: ScoringContext,
  rule: string,
): { defined: boolean; set: LogEntryOf<"flag.set">[] } {
  const flags = new Set(
    ctx.scenario.flags
      .filter((flag) => flag.violates?.some((violated) => violated === rule))
      .map((flag) => flag.id),
  );
  return { defined: flags.size > 0, set: ctx.entries("flag.set").filter((entry) => flags.has(entry.flag)) };
}
