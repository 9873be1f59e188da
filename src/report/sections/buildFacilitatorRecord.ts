import { HOTWASH_QUESTIONS } from "../../engine/hotwashQuestions";
import type { ReportFacilitatorRecord } from "../afterActionReport";
import type { ReportContext } from "../support/reportContext";

/** Scribe notes, observations, overrides, adjudications, and the discussion and hotwash answers, in log order. */
export function buildFacilitatorRecord(context: ReportContext): ReportFacilitatorRecord {
  const { scenario, log, scoreCard } = context.input;
  const record: ReportFacilitatorRecord = {
    notes: [],
    observations: [],
    overrides: [],
    discussion: [],
    hotwash: [],
    adjudications: [],
  };
  for (const entry of log) {
    const base = { seq: entry.seq, at: context.moment(entry.at), by: context.actors(entry.seq) };
    switch (entry.type) {
      case "action.completed":
        if (entry.action.type === "note") record.notes.push({ ...base, text: entry.action.text });
        break;
      case "observation": {
        const observation: ReportFacilitatorRecord["observations"][number] = { ...base, text: entry.text };
        const about = entry.logRef === undefined ? undefined : context.entry(entry.logRef);
        if (entry.logRef !== undefined) observation.logRef = entry.logRef;
        if (about) observation.about = context.moment(about.at);
        record.observations.push(observation);
        break;
      }
      case "finding.overridden": {
        const finding = scoreCard.findings.find((candidate) => candidate.override?.seq === entry.seq);
        const override: ReportFacilitatorRecord["overrides"][number] = {
          ...base,
          rule: entry.rule,
          to: entry.outcome,
          rationale: entry.rationale,
        };
        if (entry.credit !== undefined) override.credit = entry.credit;
        if (finding?.override) {
          override.from = finding.override.from;
          if (finding.override.fromCredit !== undefined) override.fromCredit = finding.override.fromCredit;
        }
        record.overrides.push(override);
        break;
      }
      case "discussion.answered": {
        const module = scenario.modules.find((candidate) => candidate.id === entry.module);
        record.discussion.push({
          ...base,
          module: entry.module,
          moduleTitle: module?.title ?? entry.module,
          question: entry.question,
          questionText: module?.questions[entry.question] ?? `Question ${entry.question + 1}`,
          answer: entry.answer,
        });
        break;
      }
      case "hotwash.answered":
        record.hotwash.push({
          ...base,
          question: entry.question,
          questionText: HOTWASH_QUESTIONS[entry.question] ?? `Question ${entry.question + 1}`,
          answer: entry.answer,
        });
        break;
      case "adjudicated":
        record.adjudications.push(
          entry.rule === undefined
            ? { ...base, text: entry.text }
            : { ...base, text: entry.text, rule: entry.rule },
        );
        break;
      default:
        break;
    }
  }
  return record;
}
