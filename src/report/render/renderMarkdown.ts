import type {
  AfterActionReport,
  Moment,
  ReportActor,
  ReportFact,
  ReportObservation,
} from "../afterActionReport";
import { markdownCodeBlock, escapeMarkdown as md } from "./escapeMarkdown";
import { OUTCOME_MARKS } from "./palette";

const ITEM = "  ";

/**
 * The report as Markdown. All free text is escaped (links, images and raw HTML in it stay inert and verbatim);
 * free text never goes into tables, whose cells cannot hold line breaks.
 */
export function renderMarkdown(report: AfterActionReport): string {
  return `${[
    header(report),
    overview(report),
    summary(report),
    scores(report),
    hseep(report),
    observations("Strengths", report.strengths, "Why it was right"),
    observations("Areas for improvement", report.areasForImprovement, "What to do instead"),
    timeline(report),
    attacker(report),
    facts(report),
    plan(report),
    facilitator(report),
    findings(report),
    replay(report),
  ].join("\n\n")}\n`;
}

function time(moment: Moment | undefined): string {
  return moment ? `\`${moment.time}\`` : "—";
}

function actors(by: readonly ReportActor[]): string {
  return by
    .map((actor) => (actor.name ? `${md(actor.name, ITEM)} (${md(actor.roleTitle)})` : md(actor.roleTitle)))
    .join(", ");
}

function byLine(by: readonly ReportActor[]): string {
  return by.length > 0 ? ` — by ${actors(by)}` : "";
}

/** Escaped text for a table cell or a heading, where a line break would end the row or the heading. */
function cell(text: string): string {
  return md(text).replace(/\\\n/g, " ");
}

function score(value: number | null): string {
  return value === null ? "n/a" : String(Math.round(value));
}

function header(report: AfterActionReport): string {
  const o = report.overview;
  return `# After-action report: ${cell(o.scenario.title)}

${md(o.organisation)} · ${o.mode === "facilitated" ? "Facilitated exercise" : "Solo drill"}${o.playedAt ? ` · played ${md(o.playedAt)}` : ""} · seed ${md(o.seed)}`;
}

function overview(report: AfterActionReport): string {
  const o = report.overview;
  const people =
    o.participants.length === 0
      ? "- Participants: none (solo drill)"
      : `- Participants:\n${o.participants.map((person) => `  - ${md(person.name, "    ")} — ${md(person.roleTitle)}`).join("\n")}`;
  return `## Exercise overview

- Scenario: ${md(o.scenario.title)} (${md(o.scenario.id)}, ${md(o.scenario.difficulty)})
- Content hash: \`${o.scenario.contentHash}\`
- Seed: ${md(o.seed, ITEM)}
- Date played: ${o.playedAt ? md(o.playedAt, ITEM) : "not recorded"}
- Mode: ${o.mode === "facilitated" ? "facilitated exercise" : "solo drill"}
- Sim time: ${time(o.started)} to ${time(o.ended)} (${md(o.durationText)})${o.endReason ? `, ended: ${md(o.endReason)}` : ""}
- Log: ${o.logEntries} entries from ${o.inputs} inputs; SHA\\-256 \`${o.logHash}\`
${people}`;
}

function summary(report: AfterActionReport): string {
  return `## Executive summary

**${Math.round(report.score.total)} / 100 — ${report.score.rating} (${md(report.score.ratingLabel)})**

${report.executiveSummary.map((sentence) => md(sentence)).join("\n\n")}`;
}

function scores(report: AfterActionReport): string {
  const rows = report.dimensions.map(
    (dimension) =>
      `| ${cell(dimension.title)} | ${score(dimension.score)} | ${dimension.rating ?? "n/a"} — ${cell(dimension.ratingLabel)} | ${dimension.weight} |`,
  );
  return `## Scores by dimension

| Dimension | Score | Rating | Weight |
| --- | ---: | --- | ---: |
${rows.join("\n")}`;
}

function hseep(report: AfterActionReport): string {
  const rows = report.hseep.map(
    (row) =>
      `| ${row.step} ${cell(row.title)} | ${score(row.score)} | ${row.rating ?? "n/a"} — ${cell(row.ratingLabel)} | ${row.findings.map((rule) => cell(rule)).join(", ")} |`,
  );
  return `## HSEEP analysis

| Checklist step | Score | Rating | Rules |
| --- | ---: | --- | --- |
${rows.join("\n")}`;
}

function outcome(value: keyof typeof OUTCOME_MARKS, credit?: number): string {
  const mark = OUTCOME_MARKS[value];
  return `${mark.glyph} ${mark.label}${value === "partial" && credit !== undefined ? ` (${Math.round(credit * 100)} %)` : ""}`;
}

function observations(title: string, items: readonly ReportObservation[], adviceLabel: string): string {
  if (items.length === 0) return `## ${title}\n\nNone.`;
  const blocks = items.map(
    (item) => `### ${cell(item.title)} — ${outcome(item.outcome, item.credit)}

- What happened: ${md(item.what, ITEM)}
- When: ${time(item.when)}${item.couldHaveKnownAt ? ` (could have known at ${time(item.couldHaveKnownAt)})` : ""}${item.pointsLost > 0 ? `\n- Cost: ${item.pointsLost} points of 100` : ""}
- Checklist ${item.step}: ${md(item.checklistLine, ITEM)}
- ${adviceLabel}: ${md(item.instead, ITEM)}${item.by.length > 0 ? `\n- By: ${actors(item.by)}` : ""}`,
  );
  return `## ${title}\n\n${blocks.join("\n\n")}`;
}

function timeline(report: AfterActionReport): string {
  const lanes = new Map(report.timeline.lanes.map((lane) => [lane.id, lane.title]));
  const lines = report.timeline.entries.map((entry) => {
    const detail = entry.detail === undefined ? "" : `\\\n${ITEM}${md(entry.detail, ITEM)}`;
    const markers =
      entry.markers.length > 0
        ? ` — findings: ${entry.markers.map((marker) => `${md(marker.rule)} ${OUTCOME_MARKS[marker.outcome].glyph}`).join(", ")}`
        : "";
    return `- ${time(entry)} **${md(lanes.get(entry.lane) ?? entry.lane)}** — ${md(entry.label, ITEM)}${byLine(entry.by)}${markers}${detail}`;
  });
  return `## Timeline\n\n${lines.length > 0 ? lines.join("\n") : "Nothing happened."}`;
}

function attacker(report: AfterActionReport): string {
  const lines = report.whatReallyHappened.map((step) => {
    const status =
      step.status === "done" ? "done" : step.status === "skipped" ? "did not happen" : "not reached";
    const parts = [
      `- ${step.at ? time(step.at) : `${time(step.scheduled)} (planned)`} **${md(step.title)}** — ${status}`,
      `${ITEM}${md(step.description, ITEM)}`,
    ];
    if (step.reason) parts.push(`${ITEM}Why: ${md(step.reason, ITEM)}`);
    if (step.preventedBy.length > 0)
      parts.push(
        `${ITEM}Prevented by: ${step.preventedBy.map((action) => `${time(action.at)} ${md(action.label, ITEM)}${byLine(action.by)}`).join("; ")}`,
      );
    if (step.effects.length > 0)
      parts.push(`${ITEM}Effects: ${step.effects.map((effect) => md(effect, ITEM)).join("; ")}`);
    return parts.join("\\\n");
  });
  return `## What really happened\n\n${lines.length > 0 ? lines.join("\n") : "The scenario has no attacker script."}`;
}

function factLines(list: readonly ReportFact[], withDiscovery: boolean): string {
  if (list.length === 0) return "None.";
  return list
    .map((fact) => {
      const status = withDiscovery
        ? ` — found ${time(fact.discovered)} via ${md(fact.via ?? "—")}`
        : fact.lost
          ? ` — lost ${time(fact.lost)}: ${md(fact.lostReason ?? "", ITEM)}`
          : "";
      return `- ${time(fact.occurred)} (${md(fact.kind)}, in ${md(fact.source)}) ${md(fact.text, ITEM)}${status}`;
    })
    .join("\n");
}

function facts(report: AfterActionReport): string {
  const f = report.facts;
  return `## Facts discovered and missed

### Discovered (${f.discovered.length})

${factLines(f.discovered, true)}

### Missed (${f.missed.length})

${factLines(f.missed, false)}

### Lost with the evidence (${f.lost.length})

${factLines(f.lost, false)}`;
}

function plan(report: AfterActionReport): string {
  if (report.improvementPlan.length === 0) return "## Improvement plan\n\nNothing to improve.";
  const items = report.improvementPlan.map(
    (item, index) => `${index + 1}. **Issue:** ${md(item.issue, "   ")}\\
   **Corrective action:** ${md(item.correctiveAction, "   ")}\\
   **Owner:** ${md(item.ownerTitle)} · **Capability element:** ${item.capabilityElement} · **Priority:** ${item.priority} · **Points lost:** ${item.pointsLost} · ${md(item.rule)} (${item.step}${item.at ? `, ${item.at.time}` : ""})`,
  );
  return `## Improvement plan\n\n${items.join("\n")}`;
}

function facilitator(report: AfterActionReport): string {
  const f = report.facilitator;
  const list = (items: string[], empty: string) => (items.length > 0 ? items.join("\n") : empty);
  return `## Facilitator record

### Notes

${list(
  f.notes.map((note) => `- ${time(note.at)} ${md(note.text, ITEM)}${byLine(note.by)}`),
  "No notes.",
)}

### Observations

${list(
  f.observations.map(
    (item) =>
      `- ${time(item.at)} ${md(item.text, ITEM)}${byLine(item.by)}${item.about ? ` (about log entry ${item.logRef} at ${time(item.about)})` : ""}`,
  ),
  "No observations.",
)}

### Overrides

${list(
  f.overrides.map(
    (item) =>
      `- ${time(item.at)} ${md(item.rule)}: ${item.from ? `${md(item.from)} → ` : ""}${md(item.to)}${item.credit !== undefined ? ` (${Math.round(item.credit * 100)} %)` : ""}${byLine(item.by)}\\\n${ITEM}Rationale: ${md(item.rationale, ITEM)}`,
  ),
  "No overrides.",
)}

### Adjudications

${list(
  f.adjudications.map(
    (item) =>
      `- ${time(item.at)} ${md(item.text, ITEM)}${item.rule ? ` (${md(item.rule)})` : ""}${byLine(item.by)}`,
  ),
  "No adjudications.",
)}

### Discussion

${list(
  f.discussion.map(
    (item) =>
      `- ${md(item.moduleTitle)} — ${md(item.questionText, ITEM)}${byLine(item.by)}\\\n${ITEM}Answer: ${md(item.answer, ITEM)}`,
  ),
  "No discussion answers.",
)}

### Hotwash

${list(
  f.hotwash.map((item) => `- ${md(item.questionText, ITEM)}: ${md(item.answer, ITEM)}${byLine(item.by)}`),
  "No hotwash answers.",
)}`;
}

function findings(report: AfterActionReport): string {
  const rows = report.findings.map(
    (finding) =>
      `| ${cell(finding.rule)} | ${outcome(finding.outcome, finding.credit)}${finding.override ? ` (overridden from ${cell(finding.override.from)})` : ""} | ${finding.pointsLost} | ${finding.at ? time(finding.at) : "—"} | ${finding.step} | ${finding.evidence.join(", ")} |`,
  );
  return `## All findings

| Rule | Outcome | Points lost | Time | Step | Log entries |
| --- | --- | ---: | --- | --- | --- |
${rows.join("\n")}`;
}

function replay(report: AfterActionReport): string {
  const r = report.replay;
  return `## How to replay it

Replay the saved drill (the same scenario content hash, seed and ${r.inputs.length} inputs rebuild the same log):

${markdownCodeBlock(r.commands.replay)}

Or run it again headless from a play script with the same seed:

${markdownCodeBlock(r.commands.play)}`;
}
