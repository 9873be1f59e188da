import type { ScenarioDefinition, StatutoryClock } from "../../engine/scenario";
import { formatStatutoryWindow } from "../../engine/statutoryClockTrack";
import { formatSimTime } from "../../engine/time";
import { factsInDrill, knowableAt } from "../context/groundTruth";
import type { ScoringContext } from "../context/ScoringContext";
import { mean, notApplicable, quote, type RuleDefinition, scored } from "./RuleDefinition";

/** Credit for a notification that went out after its deadline: late is better than never, but it is a breach. */
const LATE_CREDIT = 0.25;

/** When the clock started: the first moment the team could know one of its personal data classes was affected. */
function clockStart(ctx: ScoringContext, clock: StatutoryClock): { at: number; seq: number } | undefined {
  const personal = new Set(clock.dataClasses);
  return factsInDrill(ctx)
    .filter((fact) => (fact.dataClasses ?? []).some((dataClass) => personal.has(dataClass)))
    .map((fact) => knowableAt(ctx, fact))
    .filter((moment): moment is { at: number; seq: number } => moment !== undefined)
    .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
}

/** The first notification that answers the clock (the moment the team decided: accepted). */
function notification(ctx: ScoringContext, clock: StatutoryClock): { at: number; seq: number } | undefined {
  if (clock.notify === "individuals") return ctx.accepted("notify-individuals")[0];
  return ctx
    .accepted("notify-regulator")
    .find((entry) => ctx.person(entry.action.party)?.contactKind === "regulator");
}

/** What the clock's notification is, in words: "notify-regulator to the supervisory authority". */
function move(clock: StatutoryClock): string {
  return clock.notify === "regulator" ? "a notify-regulator to the regulator" : "a notify-individuals notice";
}

/** The statutory clocks a scenario declares (none: the rule does not apply). */
export function statutoryClocksOf(scenario: ScenarioDefinition): readonly StatutoryClock[] {
  return scenario.statutoryClocks ?? [];
}

/** `disclosure.statutory-deadline`: each statutory notification made within its clock, counted from could-know. */
export const statutoryDeadline: RuleDefinition = {
  id: "disclosure.statutory-deadline",
  dimension: "disclosure",
  step: "S14",
  checklistLine: quote("S14", "as soon as possible"),
  weight: 2,
  title: "Statutory notifications within their deadline",
  evaluate(ctx) {
    const started = statutoryClocksOf(ctx.scenario).flatMap((clock) => {
      const start = clockStart(ctx, clock);
      return start ? [{ clock, start, due: start.at + clock.within, sent: notification(ctx, clock) }] : [];
    });
    if (started.length === 0)
      return notApplicable("No statutory clock started: no personal data the law covers was affected.");
    const credits = started.map(({ due, sent }) => (!sent ? 0 : sent.at <= due ? 1 : LATE_CREDIT));
    const lines = started.map(({ clock, start, due, sent }) => {
      const deadline = `${clock.name}: due by ${formatSimTime(due)} (${formatStatutoryWindow(clock.within)} after personal data could be known, ${formatSimTime(start.at)})`;
      if (!sent) return `${deadline}; never notified.`;
      return sent.at <= due
        ? `${deadline}; notified at ${formatSimTime(sent.at)}.`
        : `${deadline}; notified late, at ${formatSimTime(sent.at)}.`;
    });
    const missed = started.filter(({ due, sent }) => !sent || sent.at > due);
    const lastDue = Math.max(...started.map(({ due }) => due));
    return scored(mean(credits), {
      at: Math.max(...started.map(({ due, sent }) => sent?.at ?? due)),
      evidence: started.flatMap(({ start, sent }) => [start.seq, sent?.seq]),
      summary: lines.join(" "),
      advice:
        missed.length === 0
          ? "Right call: the law's clock was met, and the notice can be completed as facts firm up."
          : `The clock runs from when the team could know personal data was affected, not from certainty: send ${missed.map(({ clock }) => move(clock)).join(" and ")} with what is known, and update it later.`,
      ...(missed.some(({ sent }) => !sent) && ctx.endAt < lastDue
        ? {
            undecided: `The drill ended at ${formatSimTime(ctx.endAt)}, before the deadline at ${formatSimTime(lastDue)}.`,
          }
        : {}),
    });
  },
};
