import type {
  AfterActionReport,
  Moment,
  ReportActor,
  ReportFact,
  ReportObservation,
} from "../afterActionReport";
import { dimensionChart } from "./dimensionChart";
import { html, SafeHtml } from "./escapeHtml";
import { htmlStyles } from "./htmlStyles";
import { OUTCOME_MARKS } from "./palette";
import { swimlaneChart } from "./swimlaneChart";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";
/** Free text longer than this is cut in the timeline appendix (the full text is in the JSON report). */
const DETAIL_LIMIT = 160;
/** Areas for improvement that cost less than this, and fail no critical task, are listed in one line each. */
const MINOR_POINTS = 1.5;
/** Only this many areas (the costliest) are written out in full; the rest get one line each, so a report prints. */
const FULL_AREAS = 10;
/** Rows of the improvement plan's table: every high-priority action, then medium ones up to this many in all. */
const FULL_PLAN_ROWS = 10;

/** Whether an area gets one line: it fails no critical task, and it is cheap or outside the costliest few. */
function minorIn(report: AfterActionReport): (item: ReportObservation) => boolean {
  const costliest = new Set(report.areasForImprovement.slice(0, FULL_AREAS).map((item) => item.key));
  return (item) =>
    item.criticalTask === undefined && (item.pointsLost < MINOR_POINTS || !costliest.has(item.key));
}

/**
 * The report as one self-contained printable HTML page: inline CSS and SVG, a strict CSP, no script, every piece
 * of text escaped. The first printed page is the executive summary; the body follows HSEEP's AAR/IP; details are
 * in appendices, and ids for tools only in the last one. Its print stylesheet is the PDF's layout.
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
<style>${new SafeHtml(htmlStyles({ title: overview.scenario.title, tlp: overview.tlp }))}</style>
</head>
<body>
<header class="tlp-banner"><span class="tlp">${overview.tlp}</span></header>
<main>
${summarySection(report)}
${overviewSection(report)}
${capabilitiesSection(report)}
${conclusionsSection(report)}
${planSection(report)}
${attackerSection(report)}
${lessonsSection(report)}
${appendixScores(report)}
${appendixTimeline(report)}
${appendixFacts(report)}
${appendixRecord(report)}
${appendixIdentifiers(report)}
</main>
</body>
</html>
`;
  return page.value;
}

function section(id: string, title: string, body: SafeHtml | SafeHtml[], cls = ""): SafeHtml {
  return html`<section id="${id}" class="${cls}" aria-labelledby="${id}-title">
<h2 id="${id}-title">${title}</h2>
${body}
</section>`;
}

/** Text a person typed or a scenario wrote, shown verbatim. */
function verbatim(value: string): SafeHtml {
  return html`<span class="text verbatim">${value}</span>`;
}

function rating(value: string | null, label: string): SafeHtml {
  return html`<span class="rating rating-${value ?? "none"}">${value ?? "–"}</span> ${label}`;
}

function when(moment: Moment | undefined): string {
  return moment ? moment.when : "—";
}

function actors(by: readonly ReportActor[]): string {
  return by.map((actor) => actor.label).join(", ");
}

function outcome(value: keyof typeof OUTCOME_MARKS, credit?: number): SafeHtml {
  const mark = OUTCOME_MARKS[value];
  const cls = value === "n/a" ? "na" : value;
  return html`<span class="outcome-${cls}">${mark.glyph} ${mark.label}${value === "partial" && credit !== undefined ? ` (${Math.round(credit * 100)} %)` : ""}</span>`;
}

function table(caption: string, head: string[], rows: SafeHtml[], empty: string, cls = ""): SafeHtml {
  if (rows.length === 0) return html`<p class="muted">${empty}</p>`;
  return html`<table class="${cls}"><caption>${caption}</caption><thead><tr>${head.map((cell) => html`<th scope="col">${cell}</th>`)}</tr></thead><tbody>${rows}</tbody></table>`;
}

function points(value: number): string {
  return value >= 10 ? String(Math.round(value)) : String(Math.round(value * 10) / 10);
}

function list(lines: readonly string[], empty: string): SafeHtml {
  return lines.length === 0
    ? html`<p>${empty}</p>`
    : html`<ol>${lines.map((line) => html`<li>${line}</li>`)}</ol>`;
}

function summarySection(report: AfterActionReport): SafeHtml {
  const o = report.overview;
  const s = report.executiveSummary;
  const people =
    o.participants.length === 0
      ? "Solo drill (one player in every role)"
      : o.participants.map((person) => `${person.name} (${person.roleTitle})`).join(", ");
  return html`<section id="summary" class="summary-page" aria-labelledby="summary-title">
<p class="kicker">${o.organisation} · After-action report and improvement plan</p>
<h1 id="summary-title">${o.scenario.title}: executive summary</h1>
<dl class="meta">
<dt>Exercise</dt><dd>${o.exerciseDate ?? "Date not recorded"} · ${o.mode === "facilitated" ? "facilitated tabletop exercise" : "solo drill"} · ${o.scenario.difficulty} scenario</dd>
<dt>Participants</dt><dd>${verbatim(people)}</dd>
<dt>Rating</dt><dd><span class="total">${Math.round(report.score.total)}</span> / 100 · ${rating(report.score.rating, report.score.ratingLabel)}</dd>
</dl>
<h2 class="sub">What happened</h2>
${s.whatHappened.map((sentence, index) => (index === 0 ? html`<p>${verbatim(sentence)}</p>` : html`<p>${sentence}</p>`))}
<h2 class="sub">How the team did</h2>
<p>${s.verdict}</p>
<div class="columns">
<div><h2 class="sub">Strengths</h2>${list(s.strengths, "None stood out in this run.")}</div>
<div><h2 class="sub">Areas that matter most</h2>${list(s.areas, "None: no rule of the rubric was broken.")}</div>
</div>
<h2 class="sub">Top corrective actions</h2>
${list(s.correctiveActions, "None.")}
</section>`;
}

function overviewSection(report: AfterActionReport): SafeHtml {
  const o = report.overview;
  const participants = table(
    "Participants and roles",
    ["Name", "Role"],
    o.participants.map(
      (person) => html`<tr><th scope="row">${verbatim(person.name)}</th><td>${person.roleTitle}</td></tr>`,
    ),
    "Solo drill: one player took every role.",
  );
  const objectives = table(
    "Exercise objectives, evaluated",
    ["Objective", "Core capabilities", "Rating", "Basis"],
    report.objectives.map(
      (objective) =>
        html`<tr><th scope="row">${objective.number}. ${objective.text}</th><td>${objective.capabilities.join(", ") || "—"}</td><td>${rating(objective.rating, objective.ratingLabel)}</td><td>${objective.basis}</td></tr>`,
    ),
    "The scenario states no objectives.",
  );
  return section(
    "overview",
    "Exercise overview",
    html`<dl class="facts">
<dt>Exercise name</dt><dd>${o.scenario.title}</dd>
<dt>Organisation</dt><dd>${o.organisation}</dd>
<dt>Exercise period</dt><dd>${o.started.when} to ${o.ended.when} (${o.durationText} of scenario time)${o.endReason ? `, ${endReason(o.endReason)}` : ""}</dd>
<dt>Date played</dt><dd>${o.playedAt ? verbatim(o.playedAt) : "not recorded"}</dd>
<dt>Type</dt><dd>${o.mode === "facilitated" ? "Facilitated tabletop exercise" : "Solo drill"}, ${o.scenario.difficulty}</dd>
<dt>Record</dt><dd>${o.inputs} decisions, ${o.logEntries} logged events; the appendix of identifiers holds the checksums to verify it.</dd>
</dl>
${participants}
<h3 id="objectives">Objectives</h3>
${objectives}
<p class="legend">Ratings (HSEEP): P performed without challenges, S with some challenges, M with major challenges, U unable to be performed; each objective is rated from the checklist steps its words name.</p>`,
  );
}

function endReason(reason: string): string {
  return reason === "closed"
    ? "closed by the team"
    : reason === "horizon"
      ? "ran to the scenario's end"
      : "ended by the facilitator";
}

function observationBlock(item: ReportObservation): SafeHtml {
  const what = item.act?.detail;
  const single = item.findings.length === 1 && item.findings[0]?.title === item.title;
  const meta = [
    item.when ? item.when.when : "",
    item.by.length > 0 ? `who: ${actors(item.by)}` : "",
    item.couldHaveKnownAt ? `knowable from ${item.couldHaveKnownAt.when}` : "",
  ].filter((part) => part !== "");
  return html`<article class="finding ${item.outcome === "n/a" ? "na" : item.outcome}">
<h4>${item.title} — ${outcome(item.outcome, item.credit)}${item.pointsLost > 0 ? html` <span class="muted">(${points(item.pointsLost)} points)</span>` : ""}</h4>
${meta.length > 0 || item.criticalTask ? html`<p class="meta-line">${meta.join(" · ")}${item.criticalTask ? html`${meta.length > 0 ? " · " : ""}<strong>critical task failed:</strong> ${item.criticalTask}` : ""}</p>` : ""}
${what ? html`<p class="quote">${verbatim(clip(what, 700))}</p>` : ""}
<ul class="parts">${item.findings.map(
    (part) =>
      html`<li>${single ? "" : html`${outcome(part.outcome, part.credit)} <strong>${part.title}</strong>: `}${part.what}${part.outcome !== "met" ? html`<br><span class="instead">Instead: ${part.instead}</span>` : ""}</li>`,
  )}</ul>
</article>`;
}

/** A strength on one line: its headline, when and by whom (for an act), and the other findings it met. */
function strengthItem(item: ReportObservation): SafeHtml {
  const context = [item.when ? item.when.when : "", actors(item.by)].filter((part) => part.length > 0);
  const others = item.findings.map((part) => part.title).filter((title) => title !== item.title);
  return html`<li><strong>${item.title}</strong>${context.length > 0 ? ` (${context.join(", ")})` : ""}${others.length > 0 ? `: ${others.join("; ")}` : ""}</li>`;
}

function causes(areas: readonly ReportObservation[]): SafeHtml | string {
  const distinct = [...new Set(areas.flatMap((item) => (item.rootCause ? [item.rootCause] : [])))];
  if (distinct.length === 0) return "";
  return html`<p class="cause"><strong>Root ${distinct.length === 1 ? "cause" : "causes"}:</strong> ${distinct.join(" ")}</p>`;
}

function capabilitiesSection(report: AfterActionReport): SafeHtml {
  const isMinor = minorIn(report);
  const byKey = new Map(
    [...report.strengths, ...report.areasForImprovement].map((item) => [item.key, item] as const),
  );
  const blocks = report.capabilities.map((capability) => {
    const strengths = capability.strengths.flatMap((key) => byKey.get(key) ?? []);
    const areas = capability.areas.flatMap((key) => byKey.get(key) ?? []);
    const major = areas.filter((item) => !isMinor(item));
    const minor = areas.filter(isMinor);
    return html`<div class="capability">
<h3>${capability.name} — ${rating(capability.rating, capability.ratingLabel)}</h3>
<h4 class="sub">Strengths</h4>
${strengths.length === 0 ? html`<p class="muted">None observed.</p>` : html`<ul class="strengths">${strengths.map(strengthItem)}</ul>`}
<h4 class="sub">Areas for improvement</h4>
${areas.length === 0 ? html`<p class="muted">None observed.</p>` : major.map(observationBlock)}
${minor.length > 0 ? html`<p class="minor-head">Smaller gaps, one line each:</p><ul class="strengths">${minor.map((item) => html`<li><strong>${item.title}</strong> (${when(item.when)}): ${item.findings.map((part) => part.what).join(" ")} <span class="instead">Instead: ${item.findings[0]?.instead ?? ""}</span></li>`)}</ul>` : ""}
${causes(areas)}
</div>`;
  });
  return section(
    "analysis",
    "Analysis of core capabilities",
    html`<p class="legend">Each observation is one act from the log (or one thing left undone), with every rubric finding it produced; areas for improvement are ordered by their impact on the outcome.</p>
${blocks}`,
  );
}

function conclusionsSection(report: AfterActionReport): SafeHtml {
  return section(
    "conclusions",
    "Conclusions",
    html`${report.conclusions.map((sentence) => html`<p>${sentence}</p>`)}`,
  );
}

function planSection(report: AfterActionReport): SafeHtml {
  // why: the table holds the high-priority actions and the first medium ones, so a long plan still prints; the
  // rest keep their dates in one line each.
  const high = report.improvementPlan.filter((item) => item.priority === "high");
  const medium = report.improvementPlan.filter((item) => item.priority === "medium");
  const main = [...high, ...medium.slice(0, Math.max(0, FULL_PLAN_ROWS - high.length))];
  const low = report.improvementPlan.filter((item) => !main.includes(item));
  const rows = main.map(
    (item, index) =>
      html`<tr><th scope="row">${index + 1}</th><td>${item.capability}<br><span class="muted">${item.capabilityElement}; ${item.priority} priority</span></td><td>${clip(item.issue, 140)}</td><td>${verbatim(item.correctiveAction)}</td><td>${verbatim(item.organisation)}<br><span class="muted">${verbatim(item.pointOfContact)}</span></td><td class="nowrap">${item.start || "to agree"}<br>${item.due || "to agree"}</td></tr>`,
  );
  return section(
    "plan",
    "Improvement plan",
    html`<p class="legend">Corrective actions from this exercise (by impact), then the organisational actions the real incidents behind the scenario teach. Organisation, point of contact and dates are proposals to confirm; edits made in the debrief or the console are kept in the drill file.</p>
${table(
  "Improvement plan",
  [
    "#",
    "Capability and element",
    "Issue or area for improvement",
    "Corrective action",
    "Responsible organisation and point of contact",
    "Start and due",
  ],
  rows,
  "Nothing to improve.",
  "plan",
)}
${low.length > 0 ? html`<p class="minor-head">Further actions, one line each:</p><ul class="strengths">${low.map((item) => html`<li>${verbatim(item.correctiveAction)} <span class="muted">(${item.capability}; ${item.priority} priority; ${verbatim(item.pointOfContact)}; ${item.start || "start to agree"} to ${item.due || "due date to agree"})</span></li>`)}</ul>` : ""}`,
  );
}

function attackerSection(report: AfterActionReport): SafeHtml {
  const status = (value: string) =>
    value === "done" ? "happened" : value === "skipped" ? "prevented" : "never reached";
  const rows = report.whatReallyHappened.map(
    (step) =>
      html`<tr><th scope="row">${step.at ? step.at.when : "—"}</th><td><strong>${step.title}</strong><br>${verbatim(step.description)}</td><td>${status(step.status)}${step.reason ? html`<br><span class="muted">${step.reason}</span>` : ""}${step.preventedBy.length > 0 ? html`<br>Prevented by: ${step.preventedBy.map((action, index) => html`${index > 0 ? "; " : ""}${action.label} (${action.at.when}, ${actors(action.by)})`)}` : ""}</td></tr>`,
  );
  return section(
    "attacker",
    "What really happened",
    html`<p class="legend">The attacker's side, in the order it happened; steps never reached come last.</p>
${table("The attacker's actions", ["When", "What the attacker did", "Outcome"], rows, "The scenario has no attacker script.", "attacker")}
${whoKnewWhat(report)}`,
  );
}

/** Private ("hot seat") messages: who was told, when, and when the rest of the team heard (only when there were any). */
function whoKnewWhat(report: AfterActionReport): SafeHtml | string {
  if (report.privateInjects.length === 0) return "";
  const rows = report.privateInjects.map(
    (item) =>
      html`<tr><th scope="row">${item.title}<br><span class="muted">from ${item.from}</span></th><td>${item.recipient}<br>${item.received.when}</td><td>${item.shared ? html`${item.shared.at.when}, ${actors(item.shared.by)} ${item.shared.where}:<br>${verbatim(item.shared.excerpt)}` : "Never: no team message passed it on."}</td></tr>`,
  );
  return html`<h3>Who knew what, when</h3>
<p class="legend">Messages only one role received, and when a team message passed them on to the rest of the team.</p>
${table("Private messages", ["Message", "Told only", "Reached the rest of the team"], rows, "")}`;
}

function lessonsSection(report: AfterActionReport): SafeHtml {
  const l = report.lessons;
  return section(
    "lessons",
    "The real incidents behind the scenario",
    html`<p>${verbatim(l.summary)}</p>
${l.inspiredBy.map((item) => html`<h3>${item.incident} (${item.year})</h3><p>${verbatim(item.lesson)}</p><p class="muted">Source: ${verbatim(item.url)}</p>`)}
`,
  );
}

function appendixScores(report: AfterActionReport): SafeHtml {
  const steps = report.hseep.map(
    (row) =>
      html`<tr><th scope="row">${row.title}</th><td>${row.score === null ? "n/a" : Math.round(row.score)}</td><td>${rating(row.rating, row.ratingLabel)}</td></tr>`,
  );
  const tasks = report.score.criticalTasks.map(
    (task) =>
      html`<tr><th scope="row">${task.title}</th><td>${task.failed ? "not performed" : "performed"}</td></tr>`,
  );
  return section(
    "appendix-scores",
    "Appendix A: Scores",
    html`${dimensionChart(report.dimensions, report.score.thresholds)}
<p class="breakdown">${report.score.breakdown}</p>
${table("Critical tasks", ["Critical task", "Result"], tasks, "No critical tasks.", "ratings")}
${table("Checklist steps", ["Checklist step", "Score", "Rating"], steps, "No step was rated.", "ratings")}`,
    "appendix",
  );
}

function appendixTimeline(report: AfterActionReport): SafeHtml {
  const lanes = new Map(report.timeline.lanes.map((lane) => [lane.id, lane.title]));
  const titles = new Map(report.findings.map((finding) => [finding.rule, finding.title]));
  const rows = report.timeline.entries
    .filter((entry) => entry.kind !== "note")
    .map(
      (entry) =>
        html`<tr class="lane-${entry.lane}"><th scope="row">${entry.when}</th><td>${actors(entry.by) || (lanes.get(entry.lane) ?? "")}</td><td>${verbatim(clip(entry.label, 110))}${entry.markers.some((marker) => marker.outcome === "violated") ? html` <span class="outcome-violated" title="${entry.markers.map((marker) => titles.get(marker.rule) ?? "").join("; ")}">✗</span>` : ""}</td></tr>`,
    );
  return section(
    "appendix-timeline",
    "Appendix B: Timeline of events",
    html`${swimlaneChart(report.timeline, report.overview.start)}
<p class="legend">Dots: red attacker, blue messages from outside the team, green the team's actions; a ring marks an act a finding cites. In the table ✗ marks an act that broke a rule; notes are in appendix D. Messages and statements are named, not quoted; the Markdown and JSON reports hold them whole.</p>
${table("Every event in order", ["When", "Who", "What"], rows, "Nothing happened.", "timeline")}`,
    "appendix",
  );
}

function factRows(facts: readonly ReportFact[], status: (fact: ReportFact) => string): SafeHtml[] {
  return facts.map(
    (fact) =>
      html`<tr><th scope="row">${fact.occurred.when}</th><td>${verbatim(fact.text)}</td><td>${fact.source}<br>${status(fact)}</td></tr>`,
  );
}

function appendixFacts(report: AfterActionReport): SafeHtml {
  const head = ["Occurred", "Fact", "Evidence and status"];
  const f = report.facts;
  return section(
    "appendix-facts",
    "Appendix C: Facts found, missed and lost",
    html`${table(
      `Found (${f.discovered.length})`,
      head,
      factRows(f.discovered, (fact) => `found ${when(fact.discovered)}`),
      "No fact was found.",
    )}
${table(
  `Missed (${f.missed.length})`,
  head,
  factRows(f.missed, () => "missed"),
  "No fact was missed.",
)}
${table(
  `Lost with the evidence (${f.lost.length})`,
  head,
  factRows(f.lost, (fact) => `lost ${when(fact.lost)}${fact.lostReason ? `: ${fact.lostReason}` : ""}`),
  "No fact was lost.",
)}`,
    "appendix",
  );
}

function appendixRecord(report: AfterActionReport): SafeHtml {
  const f = report.facilitator;
  const solo = report.overview.mode === "solo";
  const noteTexts = new Set(f.notes.map((note) => note.text));
  const observations = solo ? f.observations.filter((item) => !noteTexts.has(item.text)) : f.observations;
  const titles = new Map(report.findings.map((finding) => [finding.rule, finding.title]));
  const parts: SafeHtml[] = [];
  if (f.notes.length > 0)
    parts.push(
      table(
        solo ? "The player's notes" : "Scribe notes",
        ["When", "Note", "By"],
        f.notes.map(
          (note) =>
            html`<tr><th scope="row">${note.at.when}</th><td>${verbatim(note.text)}</td><td>${actors(note.by)}</td></tr>`,
        ),
        "",
      ),
    );
  if (observations.length > 0)
    parts.push(
      table(
        solo ? "Observations" : "Facilitator observations",
        ["When", "Observation", "By"],
        observations.map(
          (item) =>
            html`<tr><th scope="row">${item.at.when}</th><td>${verbatim(item.text)}${item.about ? html`<br><span class="muted">About the event of ${item.about.when}</span>` : ""}</td><td>${actors(item.by)}</td></tr>`,
        ),
        "",
      ),
    );
  if (f.overrides.length > 0)
    parts.push(
      table(
        "Findings the facilitator overrode",
        ["When", "Finding", "From", "To", "Rationale", "By"],
        f.overrides.map(
          (item) =>
            html`<tr><th scope="row">${item.at.when}</th><td>${titles.get(item.rule) ?? "a rubric rule"}</td><td>${item.from ?? "—"}</td><td>${item.to}${item.credit !== undefined ? ` (${Math.round(item.credit * 100)} %)` : ""}</td><td>${verbatim(item.rationale)}</td><td>${actors(item.by)}</td></tr>`,
        ),
        "",
      ),
    );
  if (f.adjudications.length > 0)
    parts.push(
      table(
        "Free-form decisions adjudicated",
        ["When", "Decision", "Finding", "By"],
        f.adjudications.map(
          (item) =>
            html`<tr><th scope="row">${item.at.when}</th><td>${verbatim(item.text)}</td><td>${item.rule ? (titles.get(item.rule) ?? "a rubric rule") : "—"}</td><td>${actors(item.by)}</td></tr>`,
        ),
        "",
      ),
    );
  if (f.discussion.length > 0)
    parts.push(
      table(
        "Module discussion",
        ["Module", "Question", "Answer", "By"],
        f.discussion.map(
          (item) =>
            html`<tr><th scope="row">${item.moduleTitle}</th><td>${item.questionText}</td><td>${verbatim(item.answer)}</td><td>${actors(item.by)}</td></tr>`,
        ),
        "",
      ),
    );
  if (f.hotwash.length > 0)
    parts.push(
      table(
        "Hotwash",
        ["Question", "Answer", "By"],
        f.hotwash.map(
          (item) =>
            html`<tr><th scope="row">${item.questionText}</th><td>${verbatim(item.answer)}</td><td>${actors(item.by)}</td></tr>`,
        ),
        "",
      ),
    );
  return section(
    "appendix-record",
    solo ? "Appendix D: The player's record" : "Appendix D: Facilitator record",
    parts.length === 0 ? html`<p class="muted">Nothing was recorded.</p>` : parts,
    "appendix",
  );
}

function appendixIdentifiers(report: AfterActionReport): SafeHtml {
  const o = report.overview;
  const r = report.replay;
  const ids = report.identifiers;
  const pairs = (caption: string, list: readonly { id: string; title?: string; name?: string }[]) =>
    list.length === 0
      ? ""
      : html`<h3>${caption}</h3><ul class="ids">${list.map((item) => html`<li><code>${item.id}</code>: ${verbatim(item.title ?? item.name ?? "")}</li>`)}</ul>`;
  return section(
    "appendix-identifiers",
    "Appendix E: Identifiers for tools",
    html`<dl class="facts">
<dt>Scenario</dt><dd><code>${o.scenario.id}</code>, content SHA-256 <code>${o.scenario.contentHash}</code></dd>
<dt>Seed</dt><dd><code>${o.seed}</code></dd>
<dt>Log</dt><dd>${o.logEntries} entries, SHA-256 <code>${o.logHash}</code></dd>
<dt>Exercise clock</dt><dd><code>${o.started.time}</code> is ${o.started.when}; times in this report are wall-clock times from the scenario's start.</dd>
<dt>Replay</dt><dd><pre><code>${r.commands.replay}</code></pre><pre><code>${r.commands.play}</code></pre></dd>
</dl>
<h3>Rubric rules and their findings</h3>
<ul class="ids">${ids.rules.map((rule) => {
      const finding = report.findings.find((candidate) => candidate.rule === rule.id);
      return html`<li><code>${rule.id}</code>: ${rule.title}${finding ? html` ${outcome(finding.outcome, finding.credit)}${finding.pointsLost > 0 ? ` −${points(finding.pointsLost)}` : ""}` : ""}</li>`;
    })}</ul>
${pairs("Messages delivered", ids.injects)}
${pairs("Attacker steps", ids.attackerSteps)}
${pairs("Systems, keys and channels", ids.things)}`,
    "appendix identifiers",
  );
}

function clip(text: string, limit = DETAIL_LIMIT): string {
  return text.length <= limit ? text : `${text.slice(0, limit - 1).replace(/\s+\S*$/, "")}…`;
}
