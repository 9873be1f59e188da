import type { ChecklistStepId } from "../../engine/checklist";
import type { ScenarioDefinition } from "../../engine/scenario";
import { hseepRating } from "../../scoring/rating";
import type { ReportHseepRow, ReportObjective } from "../afterActionReport";
import { capabilityOfStep } from "../support/coreCapabilities";
import { ratingLabel } from "../support/ratingLabel";
import type { ReportContext } from "../support/reportContext";

/**
 * why: briefing objectives are free text. Each is evaluated on the checklist steps its words point to, so the
 * rating comes from the same findings as everything else; these words are what the shipped objectives use.
 */
const STEP_WORDS: [ChecklistStepId, RegExp][] = [
  ["S1", /\b(stop|attacker can|contain|lock (?:out|down)|revoke|still do)\b/i],
  ["S2", /\b(vector|way back|cut (?:the )?\w* ?off|supply chain|installer|vendor off)\b/i],
  ["S3", /\b(team|codename|assemble|incident commander|page)\b/i],
  ["S4", /\b(isolate|affected machine|destroy|terminate|image)\b/i],
  ["S5", /\b(timeline|how (?:they|the attacker) got in)\b/i],
  ["S6", /\b(data|taken|compromised|exfiltrat\w*|what was (?:read|copied))\b/i],
  ["S8", /\b(re-?attack|return|back in|re-?entry)\b/i],
  ["S9", /\b(monitor\w*|mitigat\w*|alert\w*|rotat\w*)\b/i],
  ["S10", /\b(evidence|forensic\w*|logs?)\b/i],
  ["S11", /\b(internal(?:ly)?|staff|employees)\b/i],
  ["S12", /\b(law enforcement|insurer|police|FBI|operators)\b/i],
  ["S13", /\b(vendor|provider|third part\w*)\b/i],
  ["S14", /\b(statement|public(?:ly)?|customers?|disclos\w*|publish|press|notice)\b/i],
  ["COMMS", /\b(channels?|inside it|private|secure(?:ly)?|quiet)\b/i],
];

/** The briefing's objectives with the checklist steps their words name and the capabilities those exercise. */
export function buildObjectivesOf(
  scenario: ScenarioDefinition,
): { number: number; text: string; steps: ChecklistStepId[]; capabilities: string[] }[] {
  return scenario.briefing.objectives.map((text, index) => {
    const steps = STEP_WORDS.filter(([, words]) => words.test(text)).map(([step]) => step);
    return { number: index + 1, text, steps, capabilities: [...new Set(steps.map(capabilityOfStep))] };
  });
}

/** The briefing's objectives, each rated P/S/M/U from the checklist steps it names. */
export function buildObjectives(hseep: readonly ReportHseepRow[], context: ReportContext): ReportObjective[] {
  const thresholds = context.input.scenario.organisation.ratingThresholds;
  return context.input.scenario.briefing.objectives.map((text, index) => {
    const steps = STEP_WORDS.filter(([, words]) => words.test(text)).map(([step]) => step);
    const rows = hseep.filter((row) => steps.includes(row.step) && row.score !== null);
    const score =
      rows.length === 0 ? null : rows.reduce((sum, row) => sum + (row.score as number), 0) / rows.length;
    const rating = score === null ? null : hseepRating(score, thresholds);
    const weakest = [...rows].sort((a, b) => (a.score as number) - (b.score as number))[0];
    const strongest = [...rows].sort((a, b) => (b.score as number) - (a.score as number))[0];
    const basis =
      rows.length === 0
        ? "No rubric rule measured it in this run; judge it in the hotwash."
        : rows.length === 1
          ? `Rests on “${weakest?.title}” (${Math.round(weakest?.score ?? 0)} of 100).`
          : weakest?.score === strongest?.score
            ? `${rows.length} checklist steps, all at ${Math.round(weakest?.score ?? 0)}.`
            : `${rows.length} checklist steps; weakest “${weakest?.title}” (${Math.round(weakest?.score ?? 0)}).`;
    return {
      number: index + 1,
      text,
      steps,
      capabilities: [...new Set(steps.map(capabilityOfStep))],
      score: score === null ? null : Math.round(score * 10) / 10,
      rating,
      ratingLabel: ratingLabel(rating),
      basis,
    };
  });
}
