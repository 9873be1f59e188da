import type {
  AfterActionReport,
  Moment,
  ReportActor,
  ReportFact,
  ReportFinding,
  ReportObservation,
} from "../afterActionReport";
import { dimensionChart } from "./dimensionChart";
import { html, SafeHtml } from "./escapeHtml";
import { HTML_STYLES } from "./htmlStyles";
import { OUTCOME_MARKS } from "./palette";
import { swimlaneChart } from "./swimlaneChart";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/**
 * The report as one self-contained printable HTML page: inline CSS and SVG, a strict CSP, no script, every
 * piece of text escaped.
 */
export function renderHtml(report: AfterActionReport): string {
  const { overview } = report;
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Hotwash after-action report, format ${report.formatVersion}">
<link rel="icon" href="data:,">
<title>After-action report: ${overview.scenario.title}</title>
<style>${new SafeHtml(HTML_STYLES)}</style>
</head>
<body>
<header>
<h1>After-action report: ${overview.scenario.title}</h1>
<p class="subtitle">${overview.organisation} · ${overview.mode === "facilitated" ? "Facilitated exercise" : "Solo drill"}${overview.playedAt ? html` · played ${overview.playedAt}` : ""} · seed <code>${overview.seed}</code></p>
</header>
<main>
${overviewSection(report)}
${summarySection(report)}
${scoresSection(report)}
${hseepSection(report)}
${observationsSection("strengths", "Strengths", report.strengths, "Why it was right")}
${observationsSection("areas", "Areas for improvement", report.areasForImprovement, "What to do instead")}
${timelineSection(report)}
${attackerSection(report)}
${factsSection(report)}
${planSection(report)}
${facilitatorSection(report)}
${findingsSection(report)}
${replaySection(report)}
</main>
<footer>Hotwash after-action report · format ${report.formatVersion} · scenario ${overview.scenario.id} (${overview.scenario.contentHash}) · log hash ${overview.logHash}</footer>
</body>
</html>
`;
  return page.value;
}

function section(id: string, title: string, body: SafeHtml | SafeHtml[]): SafeHtml {
  return html`<section id="${id}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${title}</h2>
${body}
</section>`;
}

function text(value: string): SafeHtml {
  return html`<span class="text">${value}</span>`;
}

function rating(value: string | null, label: string): SafeHtml {
  return html`<span class="rating rating-${value ?? "none"}" title="${label}">${value ?? "n/a"}</span> ${label}`;
}

function time(moment: Moment | undefined): string {
  return moment ? moment.time : "—";
}

function actors(by: readonly ReportActor[]): SafeHtml | string {
  if (by.length === 0) return "";
  return html`${by.map((actor, index) => html`${index > 0 ? ", " : ""}${actor.name ? html`${actor.name} (${actor.roleTitle})` : actor.roleTitle}`)}`;
}

function outcome(value: keyof typeof OUTCOME_MARKS, credit?: number): SafeHtml {
  const mark = OUTCOME_MARKS[value];
  const cls = value === "n/a" ? "na" : value;
  return html`<span class="outcome-${cls}">${mark.glyph} ${mark.label}${value === "partial" && credit !== undefined ? ` (${Math.round(credit * 100)} %)` : ""}</span>`;
}

function table(caption: string, head: string[], rows: SafeHtml[], empty: string): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<table><caption class="muted">${caption}</caption><thead><tr>${head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}

function overviewSection(report: AfterActionReport): SafeHtml {
  const o = report.overview;
  const participants = table(
    "Participants and roles",
    ["Name", "Role"],
    o.participants.map(
      (person) => html`<tr><th scope="row">${text(person.name)}</th><td>${person.roleTitle}</td></tr>`,
    ),
    "Solo drill: no roster.",
  );
  return section(
    "overview",
    "Exercise overview",
    html`<dl class="facts">
<dt>Scenario</dt><dd>${o.scenario.title} (<code>${o.scenario.id}</code>, ${o.scenario.difficulty})</dd>
<dt>Content hash</dt><dd><code>${o.scenario.contentHash}</code></dd>
<dt>Seed</dt><dd><code>${o.seed}</code></dd>
<dt>Date played</dt><dd>${o.playedAt ?? "not recorded"}</dd>
<dt>Mode</dt><dd>${o.mode === "facilitated" ? "Facilitated exercise" : "Solo drill"}</dd>
<dt>Sim time</dt><dd>${o.started.time} to ${o.ended.time} (${o.durationText})${o.endReason ? `, ended: ${o.endReason}` : ""}</dd>
<dt>Log</dt><dd>${o.logEntries} entries from ${o.inputs} inputs; SHA-256 <code>${o.logHash}</code></dd>
</dl>
${participants}`,
  );
}

function summarySection(report: AfterActionReport): SafeHtml {
  return section(
    "summary",
    "Executive summary",
    html`<p><span class="total">${Math.round(report.score.total)}</span> / 100 · ${rating(report.score.rating, report.score.ratingLabel)}</p>
${report.executiveSummary.map((sentence) => html`<p class="text">${sentence}</p>`)}`,
  );
}

function scoresSection(report: AfterActionReport): SafeHtml {
  const rows = report.dimensions.map(
    (dimension) =>
      html`<tr><th scope="row">${dimension.title}</th><td>${dimension.score === null ? "n/a" : Math.round(dimension.score)}</td><td>${rating(dimension.rating, dimension.ratingLabel)}</td><td>${dimension.weight}</td><td>${dimension.findings.join(", ")}</td></tr>`,
  );
  return section(
    "scores",
    "Scores by dimension",
    html`${dimensionChart(report.dimensions, report.score.thresholds)}
${table("Dimension scores with HSEEP ratings", ["Dimension", "Score", "Rating", "Weight", "Rules"], rows, "No dimension was scored.")}`,
  );
}

function hseepSection(report: AfterActionReport): SafeHtml {
  const rows = report.hseep.map(
    (row) =>
      html`<tr><th scope="row">${row.step} ${row.title}</th><td>${row.score === null ? "n/a" : Math.round(row.score)}</td><td>${rating(row.rating, row.ratingLabel)}</td><td>${row.findings.join(", ")}</td></tr>`,
  );
  return section(
    "hseep",
    "HSEEP analysis",
    table(
      "Checklist step and its rating",
      ["Checklist step", "Score", "Rating", "Rules"],
      rows,
      "No step was rated.",
    ),
  );
}

function observation(item: ReportObservation, adviceLabel: string): SafeHtml {
  return html`<article class="finding ${item.outcome === "n/a" ? "na" : item.outcome}">
<h3>${item.title} — ${outcome(item.outcome, item.credit)}</h3>
<dl class="facts">
<dt>What happened</dt><dd>${text(item.what)}</dd>
<dt>When</dt><dd>${time(item.when)}${item.couldHaveKnownAt ? ` (could have known at ${item.couldHaveKnownAt.time})` : ""}</dd>
${item.pointsLost > 0 ? html`<dt>Cost</dt><dd>${item.pointsLost} points of 100</dd>` : ""}
<dt>Checklist ${item.step}</dt><dd>${text(item.checklistLine)}</dd>
<dt>${adviceLabel}</dt><dd>${text(item.instead)}</dd>
${item.by.length > 0 ? html`<dt>By</dt><dd>${actors(item.by)}</dd>` : ""}
</dl>
</article>`;
}

function observationsSection(
  id: string,
  title: string,
  items: readonly ReportObservation[],
  adviceLabel: string,
): SafeHtml {
  const body =
    items.length === 0
      ? html`<p class="muted">None.</p>`
      : html`${items.map((item) => observation(item, adviceLabel))}`;
  return section(id, title, body);
}

function timelineSection(report: AfterActionReport): SafeHtml {
  const lanes = new Map(report.timeline.lanes.map((lane) => [lane.id, lane.title]));
  const rows = report.timeline.entries.map(
    (entry) =>
      html`<tr><th scope="row">${entry.time}</th><td>${lanes.get(entry.lane) ?? entry.lane}</td><td>${text(entry.label)}${entry.detail !== undefined ? html`<br><span class="text muted">${entry.detail}</span>` : ""}</td><td>${actors(entry.by)}</td><td>${entry.markers.map((marker, index) => html`${index > 0 ? html`<br>` : ""}${outcome(marker.outcome)} ${marker.rule}`)}</td></tr>`,
  );
  return section(
    "timeline",
    "Timeline",
    html`${swimlaneChart(report.timeline)}
<p class="legend">Dots: red attacker, blue injects, green players; a ring marks an entry that a finding cites. Findings row: ✓ met, ◐ partial, ✗ violated.</p>
${table("Every event in sim-time order", ["Time", "Lane", "What", "By", "Findings"], rows, "Nothing happened.")}`,
  );
}

function attackerSection(report: AfterActionReport): SafeHtml {
  const rows = report.whatReallyHappened.map(
    (step) =>
      html`<tr><th scope="row">${step.at ? step.at.time : `${step.scheduled.time} (planned)`}</th><td><strong>${step.title}</strong><br><span class="text">${step.description}</span>${step.technique ? html`<br><span class="muted">Technique: ${step.technique}</span>` : ""}${step.ip ? html`<br><span class="muted">From ${step.ip}</span>` : ""}</td><td>${step.status === "done" ? "done" : step.status === "skipped" ? "did not happen" : "not reached"}${step.reason ? html`<br><span class="text muted">${step.reason}</span>` : ""}</td><td>${step.preventedBy.map((action, index) => html`${index > 0 ? html`<br>` : ""}${action.at.time} ${action.label}${action.by.length > 0 ? html` (${actors(action.by)})` : ""}`)}</td><td>${step.effects.join("; ")}</td></tr>`,
  );
  return section(
    "attacker",
    "What really happened",
    table(
      "The full attacker script",
      ["Time", "Step", "Status", "Prevented by", "Effects"],
      rows,
      "The scenario has no attacker script.",
    ),
  );
}

function factRows(facts: readonly ReportFact[], withDiscovery: boolean): SafeHtml[] {
  return facts.map(
    (fact) =>
      html`<tr><th scope="row">${fact.occurred.time}</th><td>${fact.kind}</td><td class="text">${fact.text}</td><td>${fact.source}</td><td>${withDiscovery ? html`${time(fact.discovered)} via ${fact.via ?? "—"}` : fact.lost ? html`lost ${fact.lost.time}: ${fact.lostReason ?? ""}` : "—"}</td></tr>`,
  );
}

function factsSection(report: AfterActionReport): SafeHtml {
  const head = ["Occurred", "Kind", "Fact", "Evidence", "Status"];
  return section(
    "facts",
    "Facts discovered and missed",
    html`<h3>Discovered (${report.facts.discovered.length})</h3>
${table("Facts the team uncovered", head, factRows(report.facts.discovered, true), "None.")}
<h3>Missed (${report.facts.missed.length})</h3>
${table("Facts that were there to find", head, factRows(report.facts.missed, false), "None.")}
<h3>Lost with the evidence (${report.facts.lost.length})</h3>
${table("Facts destroyed before anyone found them", head, factRows(report.facts.lost, false), "None.")}`,
  );
}

function planSection(report: AfterActionReport): SafeHtml {
  const rows = report.improvementPlan.map(
    (item, index) =>
      html`<tr><th scope="row">${index + 1}</th><td><span class="text">${item.issue}</span><br><span class="muted">${item.rule} · ${item.step}${item.at ? ` · ${item.at.time}` : ""}</span></td><td class="text">${item.correctiveAction}</td><td>${item.ownerTitle}</td><td>${item.capabilityElement}</td><td>${item.priority}</td><td>${item.pointsLost}</td></tr>`,
  );
  return section(
    "plan",
    "Improvement plan",
    table(
      "Corrective actions",
      ["#", "Issue", "Corrective action", "Owner", "Capability element", "Priority", "Points lost"],
      rows,
      "Nothing to improve.",
    ),
  );
}

function facilitatorSection(report: AfterActionReport): SafeHtml {
  const f = report.facilitator;
  const by = (list: readonly ReportActor[]) => actors(list);
  return section(
    "facilitator",
    "Facilitator record",
    html`<h3>Notes</h3>
${table(
  "Scribe notes",
  ["Time", "Note", "By"],
  f.notes.map(
    (note) =>
      html`<tr><th scope="row">${note.at.time}</th><td class="text">${note.text}</td><td>${by(note.by)}</td></tr>`,
  ),
  "No notes.",
)}
<h3>Observations</h3>
${table(
  "Facilitator observations",
  ["Time", "Observation", "By"],
  f.observations.map(
    (item) =>
      html`<tr><th scope="row">${item.at.time}</th><td><span class="text">${item.text}</span>${item.about ? html`<br><span class="muted">About log entry ${item.logRef} at ${item.about.time}</span>` : ""}</td><td>${by(item.by)}</td></tr>`,
  ),
  "No observations.",
)}
<h3>Overrides</h3>
${table(
  "Findings the facilitator overrode",
  ["Time", "Rule", "From", "To", "Rationale", "By"],
  f.overrides.map(
    (item) =>
      html`<tr><th scope="row">${item.at.time}</th><td>${item.rule}</td><td>${item.from ?? "—"}</td><td>${item.to}${item.credit !== undefined ? ` (${Math.round(item.credit * 100)} %)` : ""}</td><td class="text">${item.rationale}</td><td>${by(item.by)}</td></tr>`,
  ),
  "No overrides.",
)}
<h3>Adjudications</h3>
${table(
  "Free-form decisions adjudicated",
  ["Time", "Decision", "Rule", "By"],
  f.adjudications.map(
    (item) =>
      html`<tr><th scope="row">${item.at.time}</th><td class="text">${item.text}</td><td>${item.rule ?? "—"}</td><td>${by(item.by)}</td></tr>`,
  ),
  "No adjudications.",
)}
<h3>Discussion</h3>
${table(
  "Module discussion answers",
  ["Module", "Question", "Answer", "By"],
  f.discussion.map(
    (item) =>
      html`<tr><th scope="row">${item.moduleTitle}</th><td class="text">${item.questionText}</td><td class="text">${item.answer}</td><td>${by(item.by)}</td></tr>`,
  ),
  "No discussion answers.",
)}
<h3>Hotwash</h3>
${table(
  "Hotwash answers",
  ["Question", "Answer", "By"],
  f.hotwash.map(
    (item) =>
      html`<tr><th scope="row" class="text">${item.questionText}</th><td class="text">${item.answer}</td><td>${by(item.by)}</td></tr>`,
  ),
  "No hotwash answers.",
)}`,
  );
}

function findingRow(finding: ReportFinding): SafeHtml {
  return html`<tr><th scope="row">${finding.rule}</th><td>${outcome(finding.outcome, finding.credit)}${finding.override ? html`<br><span class="muted">overridden from ${finding.override.from}</span>` : ""}${finding.undecided ? html`<br><span class="text muted">${finding.undecided}</span>` : ""}</td><td>${finding.pointsLost}</td><td>${time(finding.at)}</td><td>${finding.step}</td><td>${finding.evidence.join(", ")}</td></tr>`;
}

function findingsSection(report: AfterActionReport): SafeHtml {
  return section(
    "findings",
    "All findings",
    table(
      "Every rubric rule and its outcome",
      ["Rule", "Outcome", "Points lost", "Time", "Step", "Log entries"],
      report.findings.map(findingRow),
      "No findings.",
    ),
  );
}

function replaySection(report: AfterActionReport): SafeHtml {
  const r = report.replay;
  return section(
    "replay",
    "How to replay it",
    html`<p>Replay the saved drill (the same scenario content hash, seed and ${r.inputs.length} inputs rebuild the same log):</p>
<pre><code>${r.commands.replay}</code></pre>
<p>Or run it again headless from a play script with the same seed:</p>
<pre><code>${r.commands.play}</code></pre>`,
  );
}
