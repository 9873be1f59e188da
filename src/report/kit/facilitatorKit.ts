import { CHECKLIST } from "../../engine/checklist";
import { HOTWASH_QUESTIONS } from "../../engine/hotwashQuestions";
import type { ScenarioDefinition } from "../../engine/scenario";
import { formatSimTime } from "../../engine/time";
import { wallClockAt } from "../../engine/wallClock";
import { criticalTasksOf } from "../../scoring/criticalTasks";
import { RULES } from "../../scoring/rules/registry";
import { html, SafeHtml } from "../render/escapeHtml";
import { htmlStyles } from "../render/htmlStyles";
import { buildObjectivesOf } from "../sections/buildObjectives";
import { capabilityOfStep } from "../support/coreCapabilities";
import { idPattern, plainText, readableNames } from "../support/plainText";

const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

/** One document of the facilitator kit: a file name and a self-contained printable HTML page. */
export interface KitDocument {
  file: string;
  title: string;
  /** Who may read it: everyone in the room, or the controllers and evaluators only. */
  audience: "participants" | "controllers";
  html: string;
}

/**
 * The facilitator kit of a scenario (HSEEP's exercise documents), as printable HTML pages: the situation manual for
 * participants (only what they know at the start: no inject, no attacker step, no controller note), the master
 * events list with expected actions and evaluator notes, an evaluator guide per objective, and a participant
 * feedback form. Pure: the same scenario gives the same pages.
 */
export function facilitatorKit(scenario: ScenarioDefinition): KitDocument[] {
  const names = readableNames(scenario);
  const pattern = idPattern(names);
  const when = (at: number) => (scenario.start ? wallClockAt(scenario.start, at).text : formatSimTime(at));
  const plain = (text: string) => plainText(text, names, when, pattern);
  return [
    document(
      scenario,
      "situation-manual.html",
      "Situation manual",
      "participants",
      situationManual(scenario, when),
    ),
    document(
      scenario,
      "master-events-list.html",
      "Master events list",
      "controllers",
      masterEventsList(scenario, when, plain),
    ),
    document(scenario, "evaluator-guide.html", "Evaluator guide", "controllers", evaluatorGuide(scenario)),
    document(
      scenario,
      "feedback-form.html",
      "Participant feedback form",
      "participants",
      feedbackForm(scenario),
    ),
  ];
}

function document(
  scenario: ScenarioDefinition,
  file: string,
  title: string,
  audience: KitDocument["audience"],
  body: SafeHtml,
): KitDocument {
  const tlp = audience === "participants" ? "TLP:GREEN" : "TLP:AMBER";
  const page = html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${scenario.title}: ${title.toLowerCase()}</title>
<style>${new SafeHtml(htmlStyles({ title: scenario.title, heading: `${scenario.title}: ${title.toLowerCase()}`, tlp }) + KIT_STYLES)}</style>
</head>
<body>
<header class="tlp-banner"><span class="tlp">${tlp}</span></header>
<main>
<p class="kicker">${scenario.organisation.name} · ${audience === "participants" ? "for every participant" : "for controllers and evaluators only"}</p>
<h1>${scenario.title}: ${title.toLowerCase()}</h1>
${body}
</main>
</body>
</html>
`;
  return { file, title, audience, html: page.value };
}

const KIT_STYLES = `
.box { border: 1px solid var(--rule); padding: 6px 10px; margin: 0.5rem 0; min-height: 3.2em; }
.box.tall { min-height: 7em; }
.scale { display: grid; grid-template-columns: 1fr repeat(5, 2.2em); gap: 0; align-items: center; border-bottom: 1px solid var(--rule); padding: 4px 0; }
.scale span.cell { text-align: center; }
table.msel { font-size: 0.8rem; table-layout: fixed; } table.msel th:nth-child(1) { width: 8.5em; } table.msel th:nth-child(2) { width: 44%; }
@media print { .box { break-inside: avoid; } .scale { break-inside: avoid; } }
`;

function situationManual(scenario: ScenarioDefinition, when: (at: number) => string): SafeHtml {
  const b = scenario.briefing;
  const roles = scenario.organisation.roles;
  return html`<section id="situation" aria-labelledby="situation-title">
<h2 id="situation-title">Before the exercise starts</h2>
<dl class="facts">
<dt>Exercise start</dt><dd>${when(0)}</dd>
<dt>Organisation</dt><dd>${scenario.organisation.name}</dd>
<dt>Difficulty</dt><dd>${scenario.difficulty}</dd>
</dl>
<h3>The situation</h3>
<p class="text">${b.situation}</p>
<h3>Your role</h3>
<p class="text">${b.yourRole}</p>
<h3>Exercise objectives</h3>
<ol>${b.objectives.map((objective) => html`<li>${objective}</li>`)}</ol>
</section>
<section id="schedule" aria-labelledby="schedule-title">
<h2 id="schedule-title">Schedule</h2>
${
  scenario.modules.length === 0
    ? html`<p>One continuous module.</p>`
    : html`<table><caption>Modules</caption><thead><tr><th scope="col">Module</th><th scope="col">Scenario time</th></tr></thead><tbody>${scenario.modules.map((module) => html`<tr><th scope="row">${module.title}</th><td>${when(module.startsAt)}</td></tr>`)}</tbody></table>`
}
<p class="legend">What happens in each module is revealed as the exercise unfolds.</p>
</section>
<section id="roles" aria-labelledby="roles-title">
<h2 id="roles-title">Roles on the response team</h2>
<table><caption>Roles</caption><thead><tr><th scope="col">Role</th><th scope="col">Checklist steps delegated to it</th></tr></thead><tbody>${roles.map(
    (role) =>
      html`<tr><th scope="row">${role.title}</th><td>${role.delegatedSteps.map((step) => CHECKLIST.find((candidate) => candidate.id === step)?.title ?? step).join("; ") || "—"}</td></tr>`,
  )}</tbody></table>
</section>
<section id="rules" aria-labelledby="rules-title">
<h2 id="rules-title">Ground rules</h2>
<ul>
<li>This is a no-fault exercise: the aim is to find gaps in plans, not in people.</li>
<li>Respond as you would on the day, with the tools and authority you really have; say what you would do and who would do it.</li>
<li>The facilitator may add information or move time forward; treat what you are told as true for the exercise.</li>
<li>Everything here is fiction. Keep exercise messages clearly marked so nobody mistakes them for a real incident.</li>
</ul>
</section>`;
}

function masterEventsList(
  scenario: ScenarioDefinition,
  when: (at: number) => string,
  plain: (text: string) => string,
): SafeHtml {
  const person = (id: string) => scenario.world.people.find((candidate) => candidate.id === id);
  const channel = (id: string) =>
    scenario.world.channels.find((candidate) => candidate.id === id)?.name ?? id;
  const ruleTitle = (id: string) => RULES.find((rule) => rule.id === id)?.title ?? id;
  const injects = [...scenario.injects].sort((a, b) => (a.at ?? 0) - (b.at ?? 0));
  const rows = injects.map((inject, index) => {
    const from = person(inject.from);
    const timing = [
      inject.at !== undefined ? when(inject.at) : "when its condition holds",
      inject.when ? "conditional" : "",
      inject.contingency ? "contingency (only if the team is stuck)" : "",
    ].filter((part) => part !== "");
    return html`<tr><th scope="row">${index + 1}. ${timing.join(", ")}</th><td><strong>${inject.subject ?? "Message"}</strong><br>From ${from ? `${from.name}${from.organisation ? `, ${from.organisation}` : ""}` : inject.from} by ${channel(inject.channel)}<br><span class="text muted">${inject.body}</span></td><td><strong>Expected actions</strong><ul>${inject.controller.expectedActions.map((action) => html`<li>${plain(action)}</li>`)}</ul><strong>Evaluator notes</strong><p>${plain(inject.controller.evaluatorNotes)}</p>${inject.controller.temptation ? html`<p><strong>Temptation:</strong> ${plain(inject.controller.temptation)}</p>` : ""}${inject.controller.tests.length > 0 ? html`<p class="muted">Tests: ${inject.controller.tests.map(ruleTitle).join("; ")}</p>` : ""}</td></tr>`;
  });
  const attacker = [...scenario.attacker]
    .sort((a, b) => a.at - b.at)
    .map(
      (step) =>
        html`<tr><th scope="row">${step.trigger ? "when triggered" : when(step.at)}</th><td><strong>${step.title}</strong><br><span class="text">${plain(step.description)}</span></td><td>${step.preventable ? "Preventable" : "Cannot be prevented"}</td></tr>`,
    );
  return html`<section id="msel" aria-labelledby="msel-title">
<h2 id="msel-title">Injects in order</h2>
<p class="legend">Deliver each inject at its time (or when its condition holds). Expected actions are what a well-prepared team does; evaluator notes say what to watch for.</p>
<table class="msel"><caption>Master events list</caption><thead><tr><th scope="col">When</th><th scope="col">Inject</th><th scope="col">Expected actions and evaluator notes</th></tr></thead><tbody>${rows}</tbody></table>
</section>
<section id="attacker" aria-labelledby="attacker-title">
<h2 id="attacker-title">The attacker's script (controllers only)</h2>
<table class="msel"><caption>Attacker steps</caption><thead><tr><th scope="col">When</th><th scope="col">Step</th><th scope="col">Can the team prevent it?</th></tr></thead><tbody>${attacker}</tbody></table>
</section>`;
}

function evaluatorGuide(scenario: ScenarioDefinition): SafeHtml {
  const thresholds = scenario.organisation.ratingThresholds;
  const objectives = buildObjectivesOf(scenario);
  const blocks = objectives.map((objective) => {
    const steps = objective.steps
      .map((id) => CHECKLIST.find((step) => step.id === id))
      .filter((step) => step !== undefined);
    const rules = RULES.filter((rule) => objective.steps.includes(rule.step));
    const tasks = criticalTasksOf(scenario).filter((task) => objective.steps.includes(task.step));
    return html`<article class="finding">
<h3>Objective ${objective.number}: ${objective.text}</h3>
<p class="meta-line">Core capabilities: ${objective.capabilities.join(", ") || "—"}</p>
${tasks.length > 0 ? html`<p><strong>Critical tasks:</strong> ${tasks.map((task) => task.title).join("; ")}</p>` : ""}
<h4>What to look for</h4>
<ul>${steps.map((step) => html`<li><strong>${step.title}</strong> (${capabilityOfStep(step.id)}): ${step.summary}</li>`)}</ul>
<h4>Rubric points observed</h4>
<ul class="strengths">${rules.map((rule) => html`<li>${rule.title}</li>`)}</ul>
<h4>Rating (circle one) and evidence</h4>
<p>P performed without challenges · S with some challenges · M with major challenges · U unable to be performed</p>
<div class="box tall"></div>
</article>`;
  });
  return html`<section id="guide" aria-labelledby="guide-title">
<h2 id="guide-title">Evaluating the objectives</h2>
<p>Rate each objective the HSEEP way. Hotwash scores the same way: a score of ${thresholds.P} or more is P, ${thresholds.S} S, ${thresholds.M} M, below that U; a failed critical task keeps the rating below P. Note the time and who acted for each observation.</p>
${blocks}
</section>`;
}

function feedbackForm(scenario: ScenarioDefinition): SafeHtml {
  const statements = [
    "The exercise was well organised and the scenario was realistic.",
    "The objectives were clear and the exercise met them.",
    "I understand my role and what the checklist expects of it.",
    "The exercise helped me see gaps in our plans, tools or training.",
    "I would take part in a similar exercise again.",
  ];
  return html`<section id="about-you" aria-labelledby="about-you-title">
<h2 id="about-you-title">About you</h2>
<dl class="facts"><dt>Name (optional)</dt><dd><div class="box"></div></dd><dt>Role in the exercise</dt><dd><div class="box"></div></dd></dl>
</section>
<section id="ratings" aria-labelledby="ratings-title">
<h2 id="ratings-title">Your assessment</h2>
<p>1 strongly disagree · 2 disagree · 3 neutral · 4 agree · 5 strongly agree</p>
${statements.map((statement) => html`<div class="scale"><span>${statement}</span>${[1, 2, 3, 4, 5].map((value) => html`<span class="cell">☐ ${value}</span>`)}</div>`)}
</section>
<section id="questions" aria-labelledby="questions-title">
<h2 id="questions-title">Your observations</h2>
${HOTWASH_QUESTIONS.map((question) => html`<h3>${question}</h3><div class="box tall"></div>`)}
<h3>Anything else about ${scenario.title}?</h3><div class="box tall"></div>
</section>`;
}
