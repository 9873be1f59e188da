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
const SUB = "    ";

/**
 * The report as Markdown that reads well as plain text: the same sections as the HTML report, free text escaped
 * only where Markdown would misread it (links, images and raw HTML in it stay inert and verbatim).
 */
export function renderMarkdown(report: AfterActionReport): string {
  return `${[
    summary(report),
    overview(report),
    capabilities(report),
    conclusions(report),
    plan(report),
    attacker(report),
    lessons(report),
    scores(report),
    timeline(report),
    facts(report),
    record(report),
    findings(report),
    identifiers(report),
  ].join("\n\n")}\n`;
}

function when(moment: Moment | undefined): string {
  return moment ? moment.when : "—";
}

function actors(by: readonly ReportActor[]): string {
  return by.map((actor) => md(actor.label)).join(", ");
}

/** Escaped text for a table cell or a heading, where a line break would end the row or the heading. */
function cell(text: string): string {
  return md(text).replace(/\\\n\s*/g, " ");
}

function score(value: number | null): string {
  return value === null ? "n/a" : String(Math.round(value));
}

function points(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

function outcome(value: keyof typeof OUTCOME_MARKS, credit?: number): string {
  const mark = OUTCOME_MARKS[value];
  return `${mark.glyph} ${mark.label}${value === "partial" && credit !== undefined ? ` (${Math.round(credit * 100)} %)` : ""}`;
}

function numbered(lines: readonly string[], empty: string): string {
  if (lines.length === 0) return empty;
  return lines.map((line, index) => `${index + 1}. ${md(line, "   ")}`).join("\n");
}

function summary(report: AfterActionReport): string {
  const o = report.overview;
  const s = report.executiveSummary;
  const people =
    o.participants.length === 0
      ? "solo drill (one player in every role)"
      : o.participants.map((person) => `${person.name} (${person.roleTitle})`).join(", ");
  return `# ${cell(o.scenario.title)}: after-action report

${md(o.tlp)} · ${md(o.organisation)}

## Executive summary

- Scenario: ${md(o.scenario.title, ITEM)}, ${md(o.organisation)}
- Exercise: ${md(o.exerciseDate ?? "date not recorded")} · ${o.mode === "facilitated" ? "facilitated tabletop exercise" : "solo drill"} · ${md(o.scenario.difficulty)} scenario
- Participants: ${md(people, ITEM)}
- Rating: **${Math.round(report.score.total)} / 100, ${report.score.rating} (${md(report.score.ratingLabel)})**

### What happened

${s.whatHappened.map((sentence) => md(sentence)).join("\n\n")}

### How the team did

${md(s.verdict)}

### Strengths

${numbered(s.strengths, "None in this run.")}

### Areas that matter most

${numbered(s.areas, "None in this run.")}

### Top corrective actions

${numbered(s.correctiveActions, "None.")}`;
}

function overview(report: AfterActionReport): string {
  const o = report.overview;
  const people =
    o.participants.length === 0
      ? "- Participants: solo drill, one player took every role"
      : `- Participants:\n${o.participants.map((person) => `  - ${md(person.name, SUB)}, ${md(person.roleTitle)}`).join("\n")}`;
  const objectives = report.objectives.map(
    (objective) =>
      `${objective.number}. ${md(objective.text, "   ")}\\\n   **${objective.rating ?? "–"}** ${md(objective.ratingLabel)} · ${md(objective.capabilities.join(", ") || "no capability")} · ${md(objective.basis)}`,
  );
  return `## Exercise overview

- Exercise period: ${md(when(o.started))} to ${md(when(o.ended))} (${md(o.durationText)} of scenario time)
- Date played: ${o.playedAt ? md(o.playedAt, ITEM) : "not recorded"}
- Type: ${o.mode === "facilitated" ? "facilitated tabletop exercise" : "solo drill"}, ${md(o.scenario.difficulty)}
${people}

### Objectives

${objectives.length === 0 ? "The scenario states no objectives." : objectives.join("\n")}

Ratings (HSEEP): P performed without challenges, S with some challenges, M with major challenges, U unable to be performed.`;
}

function observation(item: ReportObservation): string {
  const head = `#### ${cell(item.title)}: ${outcome(item.outcome, item.credit)}${item.pointsLost > 0 ? ` (${points(item.pointsLost)} points)` : ""}`;
  const lines = [
    `- When: ${md(when(item.when))}${item.by.length > 0 ? `, ${actors(item.by)}` : ""}${item.criticalTask ? `; critical task failed: ${md(item.criticalTask)}` : ""}`,
    ...item.findings.map(
      (part) =>
        `- ${outcome(part.outcome, part.credit)} **${cell(part.title)}**: ${md(part.what, ITEM)}${part.outcome !== "met" ? `\\\n${ITEM}Instead: ${md(part.instead, ITEM)}` : ""}\\\n${ITEM}Checklist: “${md(part.checklistLine, ITEM)}”`,
    ),
  ];
  if (item.rootCause) lines.push(`- Root cause: ${md(item.rootCause, ITEM)}`);
  return `${head}\n\n${lines.join("\n")}`;
}

function capabilities(report: AfterActionReport): string {
  const byKey = new Map(
    [...report.strengths, ...report.areasForImprovement].map((item) => [item.key, item] as const),
  );
  const blocks = report.capabilities.map((capability) => {
    const strengths = capability.strengths.flatMap((key) => byKey.get(key) ?? []);
    const areas = capability.areas.flatMap((key) => byKey.get(key) ?? []);
    const strengthLines =
      strengths.length === 0
        ? "None observed."
        : strengths
            .map(
              (item) =>
                `- **${cell(item.title)}** (${md(when(item.when))}): ${md(item.findings.map((part) => part.what).join(" "), ITEM)}`,
            )
            .join("\n");
    return `### ${cell(capability.name)}: ${capability.rating ?? "–"} (${md(capability.ratingLabel)})

Strengths:

${strengthLines}

Areas for improvement:

${areas.length === 0 ? "None observed." : areas.map(observation).join("\n\n")}`;
  });
  return `## Analysis of core capabilities\n\n${blocks.join("\n\n")}`;
}

function conclusions(report: AfterActionReport): string {
  return `## Conclusions\n\n${report.conclusions.map((sentence) => md(sentence)).join("\n\n")}`;
}

function plan(report: AfterActionReport): string {
  if (report.improvementPlan.length === 0) return "## Improvement plan\n\nNothing to improve.";
  const items = report.improvementPlan.map(
    (item, index) => `${index + 1}. **${md(item.correctiveAction, "   ")}**
   - Issue: ${md(item.issue, SUB)}
   - Capability: ${md(item.capability)}; element: ${item.capabilityElement}; priority: ${item.priority}
   - Responsible: ${md(item.organisation, SUB)}; point of contact: ${md(item.pointOfContact, SUB)}
   - Start ${item.start || "to agree"}, due ${item.due || "to agree"}`,
  );
  return `## Improvement plan\n\n${items.join("\n")}`;
}

function attacker(report: AfterActionReport): string {
  const status = (value: string) =>
    value === "done" ? "happened" : value === "skipped" ? "prevented" : "never reached";
  const lines = report.whatReallyHappened.map(
    (step) =>
      `- ${step.at ? md(step.at.when) : "never"}: **${cell(step.title)}**, ${status(step.status)}\\\n${ITEM}${md(step.description, ITEM)}${step.reason ? `\\\n${ITEM}${md(step.reason, ITEM)}` : ""}${step.preventedBy.length > 0 ? `\\\n${ITEM}Prevented by: ${step.preventedBy.map((action) => `${md(action.label, ITEM)} (${md(action.at.when)}, ${actors(action.by)})`).join("; ")}` : ""}`,
  );
  const private_ = report.privateInjects.map(
    (item) =>
      `- **${cell(item.title)}** from ${md(item.from)}: told only ${md(item.recipient)}, ${md(item.received.when)}\\\n${ITEM}${item.shared ? `Reached the rest of the team ${md(item.shared.at.when)}: ${actors(item.shared.by)} ${md(item.shared.where)}: “${md(item.shared.excerpt, ITEM)}”` : "Never reached the rest of the team: no team message passed it on."}`,
  );
  const knew = private_.length === 0 ? "" : `\n\n### Who knew what, when\n\n${private_.join("\n")}`;
  return `## What really happened\n\n${lines.length === 0 ? "The scenario has no attacker script." : lines.join("\n")}${knew}`;
}

function lessons(report: AfterActionReport): string {
  const l = report.lessons;
  return `## The real incidents behind the scenario

${md(l.summary)}

${l.inspiredBy.map((item) => `- **${cell(item.incident)} (${md(item.year)})**: ${md(item.lesson, ITEM)}\\\n${ITEM}Source: ${md(item.url)}`).join("\n")}${l.notes.length > 0 ? `\n\nNotes:\n\n${l.notes.map((note) => `- ${md(note, ITEM)}`).join("\n")}` : ""}`;
}

function scores(report: AfterActionReport): string {
  const rows = report.dimensions.map(
    (dimension) =>
      `| ${cell(dimension.title)} | ${score(dimension.score)} | ${dimension.rating ?? "n/a"}, ${cell(dimension.ratingLabel)} | ${dimension.weight} |`,
  );
  const steps = report.hseep.map(
    (row) =>
      `| ${cell(row.title)} | ${score(row.score)} | ${row.rating ?? "n/a"}, ${cell(row.ratingLabel)} |`,
  );
  const tasks = report.score.criticalTasks.map(
    (task) => `- ${task.failed ? "✗ not performed" : "✓ performed"}: ${md(task.title)}`,
  );
  return `## Appendix A: Scores

| Dimension | Score | Rating | Weight |
| --- | ---: | --- | ---: |
${rows.join("\n")}

${md(report.score.breakdown)}

Critical tasks:

${tasks.length === 0 ? "None." : tasks.join("\n")}

| Checklist step | Score | Rating |
| --- | ---: | --- |
${steps.join("\n")}`;
}

function timeline(report: AfterActionReport): string {
  const lanes = new Map(report.timeline.lanes.map((lane) => [lane.id, lane.title]));
  const titles = new Map(report.findings.map((finding) => [finding.rule, finding.title]));
  const lines = report.timeline.entries.map((entry) => {
    const detail = entry.detail === undefined ? "" : `\\\n${ITEM}${md(entry.detail, ITEM)}`;
    const markers =
      entry.markers.length > 0
        ? `\\\n${ITEM}Findings: ${entry.markers.map((marker) => `${outcome(marker.outcome)} ${md(titles.get(marker.rule) ?? "")}`).join("; ")}`
        : "";
    const by = entry.by.length > 0 ? `, ${actors(entry.by)}` : "";
    return `- ${md(entry.when)}, ${lanes.get(entry.lane) ?? entry.lane}${by}: ${md(entry.label, ITEM)}${detail}${markers}`;
  });
  return `## Appendix B: Timeline of events\n\n${lines.length === 0 ? "Nothing happened." : lines.join("\n")}`;
}

function factLines(list: readonly ReportFact[], status: (fact: ReportFact) => string): string {
  if (list.length === 0) return "None.";
  return list
    .map(
      (fact) =>
        `- ${md(when(fact.occurred))}: ${md(fact.text, ITEM)} (${md(fact.source)}; ${md(status(fact))})`,
    )
    .join("\n");
}

function facts(report: AfterActionReport): string {
  const f = report.facts;
  return `## Appendix C: Facts found, missed and lost

Found (${f.discovered.length}):

${factLines(f.discovered, (fact) => `found ${when(fact.discovered)}`)}

Missed (${f.missed.length}):

${factLines(f.missed, () => "missed")}

Lost with the evidence (${f.lost.length}):

${factLines(f.lost, (fact) => `lost ${when(fact.lost)}${fact.lostReason ? `: ${fact.lostReason}` : ""}`)}`;
}

function record(report: AfterActionReport): string {
  const f = report.facilitator;
  const solo = report.overview.mode === "solo";
  const noteTexts = new Set(f.notes.map((note) => note.text));
  const observations = solo ? f.observations.filter((item) => !noteTexts.has(item.text)) : f.observations;
  const titles = new Map(report.findings.map((finding) => [finding.rule, finding.title]));
  const line = (moment: Moment, text: string, by: readonly ReportActor[], extra = "") =>
    `- ${md(moment.when)}${by.length > 0 ? `, ${actors(by)}` : ""}: ${md(text, ITEM)}${extra}`;
  const parts: string[] = [];
  if (f.notes.length > 0)
    parts.push(
      `${solo ? "The player's notes" : "Scribe notes"}:\n\n${f.notes.map((note) => line(note.at, note.text, note.by)).join("\n")}`,
    );
  if (observations.length > 0)
    parts.push(
      `${solo ? "Observations" : "Facilitator observations"}:\n\n${observations
        .map((item) =>
          line(
            item.at,
            item.text,
            item.by,
            item.about ? `\\\n${ITEM}About the event of ${md(item.about.when)}` : "",
          ),
        )
        .join("\n")}`,
    );
  if (f.overrides.length > 0)
    parts.push(
      `Overrides:\n\n${f.overrides
        .map(
          (item) =>
            `- ${md(item.at.when)}, ${actors(item.by)}: ${md(titles.get(item.rule) ?? "a rubric rule")} from ${item.from ?? "—"} to ${md(item.to)}${item.credit !== undefined ? ` (${Math.round(item.credit * 100)} %)` : ""}\\\n${ITEM}Rationale: ${md(item.rationale, ITEM)}`,
        )
        .join("\n")}`,
    );
  if (f.adjudications.length > 0)
    parts.push(
      `Adjudications:\n\n${f.adjudications
        .map((item) =>
          line(
            item.at,
            item.text,
            item.by,
            item.rule ? `\\\n${ITEM}Finding: ${md(titles.get(item.rule) ?? "")}` : "",
          ),
        )
        .join("\n")}`,
    );
  if (f.discussion.length > 0)
    parts.push(
      `Discussion:\n\n${f.discussion
        .map(
          (item) =>
            `- ${md(item.moduleTitle)}, ${md(item.questionText, ITEM)}${item.by.length > 0 ? ` (${actors(item.by)})` : ""}\\\n${ITEM}${md(item.answer, ITEM)}`,
        )
        .join("\n")}`,
    );
  if (f.hotwash.length > 0)
    parts.push(
      `Hotwash:\n\n${f.hotwash
        .map(
          (item) =>
            `- ${md(item.questionText, ITEM)}${item.by.length > 0 ? ` (${actors(item.by)})` : ""}\\\n${ITEM}${md(item.answer, ITEM)}`,
        )
        .join("\n")}`,
    );
  return `## Appendix D: ${solo ? "The player's record" : "Facilitator record"}\n\n${parts.length === 0 ? "Nothing was recorded." : parts.join("\n\n")}`;
}

function findings(report: AfterActionReport): string {
  const lines = report.findings
    .filter((finding) => finding.outcome !== "n/a")
    .map(
      (finding) =>
        `- **${cell(finding.title)}**: ${outcome(finding.outcome, finding.credit)}${finding.pointsLost > 0 ? `, ${points(finding.pointsLost)} points` : ""}${finding.at ? `, ${md(finding.at.when)}` : ""}${finding.override ? `, overridden from ${finding.override.from}` : ""}\\\n${ITEM}${md(finding.summary, ITEM)}`,
    );
  return `## Appendix E: Every rubric finding\n\n${lines.length === 0 ? "No findings." : lines.join("\n")}`;
}

function identifiers(report: AfterActionReport): string {
  const o = report.overview;
  const ids = report.identifiers;
  const pairs = (title: string, list: readonly { id: string; title?: string; name?: string }[]) =>
    list.length === 0
      ? ""
      : `\n\n${title}:\n\n${list.map((item) => `- \`${item.id}\`: ${md(item.title ?? item.name ?? "", ITEM)}`).join("\n")}`;
  return `## Appendix F: Identifiers for tools

- Scenario: \`${o.scenario.id}\`, content SHA-256 \`${o.scenario.contentHash}\`
- Seed: ${markdownInline(o.seed)}
- Log: ${o.logEntries} entries, SHA-256 \`${o.logHash}\`
- Exercise clock: \`${o.started.time}\` is ${md(o.started.when)}

Replay the saved drill (the same scenario, seed and ${report.replay.inputs.length} inputs rebuild the same log):

${markdownCodeBlock(report.replay.commands.replay)}

Or run it again headless from a play script with the same seed:

${markdownCodeBlock(report.replay.commands.play)}${pairs("Rubric rules", ids.rules)}${pairs("Messages delivered", ids.injects)}${pairs("Attacker steps", ids.attackerSteps)}${pairs("Systems, keys and channels", ids.things)}`;
}

function markdownInline(text: string): string {
  return md(text, ITEM);
}
