import { renderDebriefCard } from "../../ui/debrief/debriefCard";
import { el } from "../../ui/dom";
import { startDisplaySync } from "../sync/displaySync";
import type { SyncChannel } from "../sync/syncMessage";
import type { SyncTransport } from "../sync/syncTransport";
import { DISPLAY_CSS } from "./displayStyles";
import type { TeamDisplayView } from "./teamDisplayView";

/**
 * Mounts the team display for a session's channel: it asks the console for the state and re-renders every view
 * the console publishes. It needs no keyboard or mouse; it holds no scenario and no log.
 */
export function mountTeamDisplay(
  root: HTMLElement,
  channel: SyncChannel,
  transport: SyncTransport,
): () => void {
  const style = el("style", { text: DISPLAY_CSS });
  const screen = el("div", { class: "td", role: "region", "aria-label": "Team display" });
  root.replaceChildren(style, screen);
  renderTeamDisplay(screen, undefined);
  return startDisplaySync(transport, channel, (view) => {
    try {
      renderTeamDisplay(screen, view);
    } catch {
      // why: views are shape-checked before they get here; should one still fail to draw, the last one stays up.
    }
  });
}

/** Renders the view (or a waiting card) into the screen element; all text goes in as text, never as HTML. */
export function renderTeamDisplay(screen: HTMLElement, view: TeamDisplayView | undefined): void {
  if (!view) {
    screen.replaceChildren(
      el("p", {
        class: "waiting",
        text: "Waiting for the facilitator console… keep it open in another window.",
      }),
    );
    return;
  }
  const phase = view.ended ? "ended" : view.phase;
  const top = el(
    "header",
    { class: "top" },
    el(
      "div",
      {},
      el("h1", { text: view.scenarioTitle }),
      el("p", {
        class: "muted",
        text: view.module ? `${view.organisation} · ${view.module.title}` : view.organisation,
      }),
    ),
    el("div", {
      class: "clock",
      "aria-label": "Exercise clock",
      "data-testid": "display-clock",
      text: view.clock,
    }),
    el("div", { class: `phase phase-${phase}`, "data-testid": "display-phase", text: phase }),
  );
  const sections: HTMLElement[] = [];
  if (view.prompt) sections.push(promptSection(view.prompt));
  if (view.debrief) sections.push(renderDebriefCard(view.debrief));
  if (view.briefing) sections.push(briefingSection(view.briefing));
  if (view.module) sections.push(section("Situation", el("p", { text: view.module.summary })));
  sections.push(inboxSection(view), teamSection(view), systemsSection(view));
  if (view.caseFile.length > 0)
    sections.push(
      section(
        "Case file",
        el("ul", {}, ...view.caseFile.map((fact) => el("li", { text: `${fact.at}: ${fact.text}` }))),
      ),
    );
  if (view.pending.length > 0)
    sections.push(
      section(
        "Under way",
        el(
          "ul",
          {},
          ...view.pending.map((item) => el("li", { text: `${item.label} — done at ${item.completesAt}` })),
        ),
      ),
    );
  if (view.statements.length > 0)
    sections.push(
      section(
        "Public statements",
        ...view.statements.map((statement) =>
          el(
            "div",
            { class: "message" },
            el("div", { class: "meta", text: statement.at }),
            el("strong", { text: statement.title }),
            el("div", { class: "body", text: statement.body }),
          ),
        ),
      ),
    );
  if (view.activity.length > 0)
    sections.push(
      section(
        "Activity",
        el("ul", {}, ...view.activity.map((item) => el("li", { text: `${item.at} · ${item.text}` }))),
      ),
    );
  if (view.roster.length > 0)
    sections.push(
      section(
        "At the table",
        el("ul", {}, ...view.roster.map((person) => el("li", { text: `${person.name} — ${person.role}` }))),
      ),
    );
  screen.replaceChildren(top, el("div", { class: "grid" }, ...sections));
}

function section(title: string, ...children: HTMLElement[]): HTMLElement {
  return el("section", { "aria-label": title }, el("h2", { text: title }), ...children);
}

function promptSection(prompt: NonNullable<TeamDisplayView["prompt"]>): HTMLElement {
  const title = prompt.kind === "hotwash" ? "Hotwash" : `Discussion — ${prompt.moduleTitle}`;
  const node = section(
    title,
    el("ol", {}, ...prompt.questions.map((question) => el("li", { text: question }))),
  );
  node.classList.add("prompt");
  node.setAttribute("data-testid", "display-prompt");
  return node;
}

function briefingSection(briefing: NonNullable<TeamDisplayView["briefing"]>): HTMLElement {
  return section(
    briefing.title,
    el("p", { text: briefing.situation }),
    el("p", { text: briefing.yourRole }),
    el("ul", {}, ...briefing.objectives.map((objective) => el("li", { text: objective }))),
  );
}

const MESSAGES_SHOWN = 6;

function inboxSection(view: TeamDisplayView): HTMLElement {
  if (view.inbox.length === 0)
    return section("Messages", el("p", { class: "muted", text: "No messages yet." }));
  const earlier = view.inbox.length - MESSAGES_SHOWN;
  return section(
    "Messages",
    ...view.inbox
      .slice(0, MESSAGES_SHOWN)
      .map((message) =>
        el(
          "article",
          { class: "message", "data-testid": "display-message" },
          el("div", { class: "meta", text: `${message.at} · ${message.from} · ${message.channel}` }),
          message.subject ? el("strong", { text: message.subject }) : null,
          el("div", { class: "body", text: message.body }),
          message.answered ? el("div", { class: "meta", text: `Answered: ${message.answered}` }) : null,
        ),
      ),
    ...(earlier > 0
      ? [el("p", { class: "muted", text: `${earlier} earlier message${earlier === 1 ? "" : "s"}` })]
      : []),
  );
}

function teamSection(view: TeamDisplayView): HTMLElement {
  const { team } = view;
  const rows: [string, string][] = [
    ["Incident Commander paged", team.icPaged ? "yes" : "not yet"],
    ["Codename", team.codename ?? "not set"],
    [
      "Voice call",
      team.call ? `${team.call.title ?? "open"}: ${team.call.members.join(", ") || "nobody yet"}` : "none",
    ],
    [
      "Room",
      team.room
        ? `${team.room.name}${team.room.topic ? ` (${team.room.topic})` : ""}: ${team.room.members.join(", ") || "nobody yet"}`
        : "none",
    ],
  ];
  return section(
    "Response team",
    el(
      "table",
      {},
      el(
        "tbody",
        {},
        ...rows.map(([label, value]) =>
          el("tr", {}, el("th", { scope: "row", text: label }), el("td", { text: value })),
        ),
      ),
    ),
    team.assignments.length > 0
      ? el(
          "ul",
          {},
          ...team.assignments.map((item) => el("li", { text: `${item.at} · ${item.role}: ${item.task}` })),
        )
      : el("span"),
  );
}

function systemsSection(view: TeamDisplayView): HTMLElement {
  return section(
    "Systems",
    el(
      "table",
      {},
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", text: "System" }),
          el("th", { scope: "col", text: "Zone" }),
          el("th", { scope: "col", text: "State" }),
        ),
      ),
      el(
        "tbody",
        {},
        ...view.systems.map((system) =>
          el(
            "tr",
            {},
            el("td", { text: system.name }),
            el("td", { text: system.zone }),
            el("td", { text: [system.state, ...system.notes].join(", ") }),
          ),
        ),
        ...view.credentials
          .filter((credential) => credential.state !== "active" || credential.knownCompromised)
          .map((credential) =>
            el(
              "tr",
              {},
              el("td", { text: credential.name }),
              el("td", { text: "credential" }),
              el("td", {
                text: credential.knownCompromised
                  ? `${credential.state}, known compromised`
                  : credential.state,
              }),
            ),
          ),
      ),
    ),
  );
}
