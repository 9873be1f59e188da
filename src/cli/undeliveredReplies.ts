import type { CompiledPlay } from "../content/compiledPlay";
import { type Diagnostic, diagnostic } from "../content/diagnostic";
import { runPlay } from "../engine/headless/runPlay";
import type { ScenarioDefinition } from "../engine/scenario";
import { formatSimTime } from "../engine/time";

/**
 * HW0086 for each `reply` step of a play whose inject had not been delivered when the step ran (the engine rejects
 * it): the play is run to find out, since whether an inject arrives depends on the branch the play takes.
 */
export function undeliveredReplies(scenario: ScenarioDefinition, play: CompiledPlay): Diagnostic[] {
  const { log } = runPlay(scenario, play);
  return log.flatMap((entry) => {
    if (entry.type !== "action.rejected" || entry.action.type !== "reply" || entry.cause.kind !== "input")
      return [];
    const source = play.stepSources?.[entry.cause.input];
    if (!source) return [];
    const inject = entry.action.inject;
    const delivered = log.find((later) => later.type === "inject.delivered" && later.inject === inject);
    const when = delivered
      ? `it arrives at ${formatSimTime(delivered.at)}`
      : "it is never delivered in this play's branch";
    return [
      diagnostic(
        "HW0086",
        `reply to inject "${inject}" at ${formatSimTime(entry.at)}, but ${when}: the engine rejects the reply`,
        source.file,
        source.line,
        source.col,
      ),
    ];
  });
}
