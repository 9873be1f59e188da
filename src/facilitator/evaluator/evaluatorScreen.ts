import { ACTION_CATALOG, type ActionType } from "../../engine/actions";
import { formatSimTime } from "../../engine/time";
import { el, field, panel } from "../../ui/dom";
import { CONSOLE_CSS } from "../console/consoleStyles";
import type { EvaluatorProjection } from "../remote/audienceViews";
import { type ConnectionState, connectionText, type SessionChannel } from "../remote/sessionConnection";

const EVALUATOR_CSS = `
.fc .expectation { padding: 6px 8px; margin-bottom: 8px; border: 1px solid #dde1e6; border-radius: 4px; background: #fff8e1; }
.fc .expectation p { margin: 4px 0; }
.fc .expectation ul { margin: 4px 0; padding-left: 1.2em; }
.fc .outcome-rejected { color: #a3121f; } .fc .outcome-accepted { color: #1d6b2f; }
.fc .connection { font-weight: 600; }
.fc .connection.offline { color: #a3121f; }
@media (max-width: 560px) { .fc .decisions table { table-layout: fixed; font-size: 0.85rem; } .fc .decisions td { overflow-wrap: anywhere; } }
`;

/** What the evaluator screen asks of its shell. */
export interface EvaluatorScreenDeps {
  channel: SessionChannel;
  savedName(): string | undefined;
  saveName(name: string): void;
}

/** A mounted evaluator screen. */
export interface EvaluatorScreen {
  update(projection: EvaluatorProjection): void;
  connection(state: ConnectionState): void;
}

/**
 * An evaluator's sheet: what each delivered inject expects of the team, the team's decisions as they happen
 * (who, what, accepted or refused), and the evaluator's own observations. No control over the drill.
 */
export function mountEvaluatorScreen(root: HTMLElement, deps: EvaluatorScreenDeps): EvaluatorScreen {
  const screen = el("div", { class: "fc evaluator" });
  root.replaceChildren(el("style", { text: CONSOLE_CSS + EVALUATOR_CSS }), screen);
  const title = el("h1", { text: "Evaluator" });
  const clock = el("span", { class: "clock", "aria-label": "Exercise clock", text: "—" });
  const phase = el("span", { class: "phase" });
  const status = el("p", { role: "status", class: "connection", text: connectionText("connecting") });
  const alert = el("div", { role: "alert", class: "alert", hidden: true });
  const main = el("div", { class: "grid" });
  screen.append(el("header", { class: "bar" }, title, clock, phase), status, alert, main);

  const expectations = panel("What the injects expect", "expectations");
  const expectationList = el("div", {
    class: "scroll",
    tabindex: 0,
    role: "region",
    "aria-label": "Expectations of delivered injects, newest first",
  });
  expectations.body.append(expectationList);
  const decisions = panel("The team's decisions", "decisions");
  const decisionTable = el("tbody");
  decisions.body.append(
    el(
      "div",
      { class: "scroll", tabindex: 0, role: "region", "aria-label": "Decisions, newest first" },
      el(
        "table",
        {},
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col", text: "Time" }),
            el("th", { scope: "col", text: "Who" }),
            el("th", { scope: "col", text: "Decision" }),
            el("th", { scope: "col", text: "Outcome" }),
          ),
        ),
        decisionTable,
      ),
    ),
  );
  const notes = panel("Your observations", "observations");
  const nameInput = el("input", { type: "text", name: "evaluator", autocomplete: "name", maxlength: 80 });
  nameInput.value = deps.savedName() ?? "";
  const noteInput = el("textarea", { name: "observation", maxlength: 4000 });
  const noteForm = el(
    "form",
    { "aria-label": "Record an observation" },
    field("Your name", nameInput),
    field("Observation", noteInput),
    el("button", { type: "submit", text: "Record observation" }),
  );
  const noteList = el("ul");
  notes.body.append(noteForm, noteList);
  noteForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const name = nameInput.value.trim();
    const text = noteInput.value.trim();
    if (!name || !text) {
      alert.textContent = "Give your name and the observation.";
      alert.hidden = false;
      return;
    }
    deps.saveName(name);
    const ack = await deps.channel.send({ kind: "observe", text, name });
    if (!ack.ok) {
      alert.textContent = `Not recorded: ${ack.error}`;
      alert.hidden = false;
      return;
    }
    alert.hidden = true;
    noteInput.value = "";
    status.textContent = "Observation recorded.";
  });
  main.append(expectations.section, decisions.section, notes.section);

  return {
    update(projection) {
      const { view } = projection;
      title.textContent = `Evaluator — ${view.scenario.title}`;
      clock.textContent = formatSimTime(view.now);
      phase.textContent = view.ended ? "ended" : view.phase;
      expectationList.replaceChildren(
        ...(projection.expectations.length === 0
          ? [el("p", { class: "muted", text: "No inject delivered yet." })]
          : []),
        ...[...projection.expectations]
          .reverse()
          .map((item) =>
            el(
              "article",
              { class: "expectation", "aria-label": `Inject ${item.inject}` },
              el(
                "p",
                {},
                el("strong", { text: item.subject ?? item.inject }),
                ` · from ${item.from} · ${item.at}`,
                item.addressedTo ? ` · private to ${item.addressedTo}` : "",
              ),
              item.expectedActions.length > 0
                ? el(
                    "ul",
                    { "aria-label": "Expected of the team" },
                    ...item.expectedActions.map((expected) =>
                      el("li", { text: readableExpectation(expected) }),
                    ),
                  )
                : null,
              item.evaluatorNotes ? el("p", { class: "muted", text: item.evaluatorNotes }) : null,
            ),
          ),
      );
      decisionTable.replaceChildren(
        ...[...projection.decisions].reverse().map((decision) =>
          el(
            "tr",
            {},
            el("td", { text: decision.at }),
            el("td", { text: decision.who }),
            el("td", { text: decision.label }),
            el("td", {
              class: `outcome-${decision.outcome}`,
              text: decision.reason ? `${decision.outcome}: ${decision.reason}` : decision.outcome,
            }),
          ),
        ),
      );
      noteList.replaceChildren(
        ...projection.observations.map((note) =>
          el("li", { text: `${note.at} · ${note.name}: ${note.text}` }),
        ),
      );
    },
    connection(state) {
      status.textContent = connectionText(state);
      status.classList.toggle("offline", state !== "online");
      if (state === "refused") main.replaceChildren();
    },
  };
}

/** An expected action as an evaluator reads it: a leading action id becomes its label ("page-ic" → "Page the Incident Commander"). */
export function readableExpectation(expected: string): string {
  const [first = "", ...rest] = expected.trim().split(/\s+/);
  const label = ACTION_CATALOG.get(first as ActionType)?.label;
  if (!label) return expected;
  return rest.length > 0 ? `${label}: ${rest.join(" ")}` : label;
}
