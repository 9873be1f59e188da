import { ACTION_CATALOG, ACTION_TYPES, type ActionType, type PlayerAction } from "../../engine/actions";
import { formatSimTime } from "../../engine/time";
import { el, field, panel, select } from "../../ui/dom";
import { ACTION_FIELDS, type ActionField, buildAction, type FieldValues } from "../actionFields";
import { CONSOLE_CSS } from "../console/consoleStyles";
import { type Control, fillOptions, makeControl, readControl } from "../console/decisionPanel";
import type { PlayerProjection } from "../remote/audienceViews";
import { type ConnectionState, connectionText, type SessionChannel } from "../remote/sessionConnection";

const PLAYER_CSS = `
.fc .private { border-left: 4px solid #7a3db8; background: #f6effc; }
.fc .badge { display: inline-block; font-size: 0.8rem; font-weight: 700; padding: 0 6px; border-radius: 3px; background: #7a3db8; color: #fff; }
.fc .message { padding: 6px 8px; margin-bottom: 8px; border: 1px solid #dde1e6; border-radius: 4px; }
.fc .message p { margin: 4px 0; white-space: pre-wrap; }
.fc .replies { display: flex; flex-wrap: wrap; gap: 6px; }
.fc .status-waiting { color: #8a5a00; } .fc .status-approved { color: #1d6b2f; } .fc .status-declined { color: #a3121f; }
.fc .connection { font-weight: 600; }
.fc .connection.offline { color: #a3121f; }
`;

/** What the player screen asks of its shell: the channel, and where the person's name is remembered. */
export interface PlayerScreenDeps {
  channel: SessionChannel;
  /** The name the person gave on this device before, if any. */
  savedName(): string | undefined;
  saveName(name: string): void;
}

/** A mounted player screen: it draws every projection it is given and shows the connection's state. */
export interface PlayerScreen {
  update(projection: PlayerProjection): void;
  connection(state: ConnectionState): void;
}

/**
 * A player's own device in a team session: their role's inbox (private messages marked), the team's case file and
 * systems, a decision form (decisions apply at once or wait for the facilitator), their decisions and what became
 * of them, and the current module's questions. Everything shown is the server's projection for this role.
 */
export function mountPlayerScreen(root: HTMLElement, deps: PlayerScreenDeps): PlayerScreen {
  const screen = el("div", { class: "fc player" });
  root.replaceChildren(el("style", { text: CONSOLE_CSS + PLAYER_CSS }), screen);
  const title = el("h1", { text: "Joining the session…" });
  const clock = el("span", { class: "clock", "aria-label": "Exercise clock", text: "—" });
  const phase = el("span", { class: "phase" });
  const status = el("p", { role: "status", class: "connection", text: connectionText("connecting") });
  const alert = el("div", { role: "alert", class: "alert", hidden: true });
  const main = el("div", { class: "grid" });
  screen.append(el("header", { class: "bar" }, title, clock, phase), status, alert, main);

  let name = deps.savedName();
  let projection: PlayerProjection | undefined;
  const tell = (message: string) => {
    alert.textContent = message;
    alert.hidden = false;
  };
  const send = async (message: Record<string, unknown>, done: string): Promise<boolean> => {
    const ack = await deps.channel.send({ ...message, name });
    if (!ack.ok) {
      tell(`Not sent: ${ack.error}`);
      return false;
    }
    alert.hidden = true;
    status.textContent = done;
    return true;
  };

  // Name
  const nameInput = el("input", { type: "text", name: "person", autocomplete: "name", maxlength: 80 });
  const nameForm = el(
    "form",
    { "aria-label": "Who you are", class: "panel" },
    el("h2", { text: "Who are you?" }),
    el("p", { text: "Your decisions carry your name and your role in the log and the report." }),
    field("Your name", nameInput),
    el("button", { type: "submit", text: "Join" }),
  );
  nameForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const given = nameInput.value.trim().slice(0, 80);
    if (!given) return tell("Give your name to join.");
    name = given;
    deps.saveName(given);
    alert.hidden = true;
    draw();
  });

  // Inbox
  const inbox = panel("Messages", "inbox wide");
  const inboxList = el("div", {
    class: "scroll",
    tabindex: 0,
    role: "region",
    "aria-label": "Messages, newest first",
  });
  inbox.body.append(inboxList);

  // Decision form
  const decide = panel("Decide", "decide");
  const type = select(
    ACTION_TYPES.map((action) => ({ value: action, label: ACTION_CATALOG.get(action)?.label ?? action })),
  );
  const fields = el("div", { class: "action-fields" });
  const approvalNote = el("p", { class: "muted" });
  const submit = el("button", { type: "submit", text: "Send decision" });
  const decisionForm = el(
    "form",
    { "aria-label": "Send a decision" },
    approvalNote,
    field("Action", type),
    fields,
    submit,
  );
  decide.body.append(decisionForm);
  let controls = new Map<string, { spec: ActionField; control: Control }>();
  let optionSignature = "";
  const buildFields = () => {
    controls = new Map();
    fields.replaceChildren(
      ...ACTION_FIELDS[type.value as ActionType].map((spec) => {
        const control = makeControl(spec, projection?.view);
        control.id = `player-${spec.name}`;
        controls.set(spec.name, { spec, control });
        return spec.kind === "checkbox"
          ? el("div", { class: "field inline" }, control, el("label", { for: control.id, text: spec.label }))
          : field(spec.label + ("optional" in spec && spec.optional ? " (optional)" : ""), control);
      }),
    );
    optionSignature = "";
  };
  type.addEventListener("change", buildFields);
  const sendAction = async (action: PlayerAction) => {
    const waits = projection?.approvalRequired ?? false;
    return send(
      { kind: "decide", action },
      waits ? "Decision sent; it waits for the facilitator's approval." : "Decision sent and applied.",
    );
  };
  decisionForm.addEventListener("submit", async (event) => {
    event.preventDefault();
    const values: FieldValues = {};
    for (const [key, { control }] of controls) values[key] = readControl(control);
    const built = buildAction(type.value as ActionType, values, projection?.view.scenario.start);
    if (!built.ok) return tell(built.message);
    submit.disabled = true;
    try {
      await sendAction(built.action);
    } finally {
      submit.disabled = projection?.view.ended ?? false;
    }
  });
  buildFields();

  // Own decisions
  const mine = panel("Your role's decisions", "mine");
  const mineBody = el("div");
  mine.body.append(mineBody);
  const drawMine = ({ proposals, decisions }: PlayerProjection) => {
    const sent = [...proposals]
      .reverse()
      .map((proposal) =>
        el(
          "li",
          {},
          `${proposal.at} · ${proposal.label} · ${proposal.name} · `,
          el("span", { class: `status-${proposal.status}`, text: proposal.status }),
        ),
      );
    const taken = [...decisions].reverse().map((decision) =>
      el(
        "li",
        {},
        `${decision.at} · ${decision.label}${decision.name ? ` · ${decision.name}` : ""} · `,
        el("span", {
          class: decision.outcome === "applied" ? "status-approved" : "status-declined",
          text: decision.outcome === "applied" ? "in effect" : "refused",
        }),
        decision.reason ? ` — ${decision.reason}` : "",
      ),
    );
    mineBody.replaceChildren(
      ...(sent.length === 0 && taken.length === 0 ? [el("p", { class: "muted", text: "None yet." })] : []),
      ...(sent.length > 0
        ? [
            el("h3", { text: "Sent to the facilitator" }),
            el("ul", { "aria-label": "Sent to the facilitator" }, ...sent),
          ]
        : []),
      ...(taken.length > 0
        ? [
            el("h3", { text: "Taken by the drill" }),
            el("ul", { "aria-label": "Taken by the drill" }, ...taken),
          ]
        : []),
    );
  };

  // Discussion
  const discussion = panel("Discussion", "discussion");
  const discussionBody = el("div");
  discussion.body.append(discussionBody);
  let discussionKey = "";

  // Team picture
  const caseFile = panel("Case file", "case-file");
  const caseList = el("ul");
  caseFile.body.append(caseList);
  const systems = panel("Systems", "systems");
  const systemsBody = el("div");
  systems.body.append(systemsBody);

  const drawInbox = (view: PlayerProjection["view"], role: string) => {
    inboxList.replaceChildren(
      ...(view.inbox.length === 0 ? [el("p", { class: "muted", text: "No messages yet." })] : []),
      ...[...view.inbox].reverse().map((message) => {
        const answered = message.replies.find((option) => option.id === message.repliedWith);
        return el(
          "article",
          {
            class: `message${message.addressedTo ? " private" : ""}`,
            "aria-label": `Message from ${message.fromName}`,
          },
          el(
            "p",
            {},
            message.addressedTo ? el("span", { class: "badge", text: `Only for you (${role})` }) : null,
            " ",
            el("strong", { text: message.fromName }),
            ` · ${message.channelName} · ${formatSimTime(message.at)}`,
          ),
          message.subject ? el("p", {}, el("strong", { text: message.subject })) : null,
          el("p", { text: message.body }),
          answered
            ? el("p", { class: "muted", text: `Answered: ${answered.label}` })
            : message.replies.length > 0
              ? el(
                  "div",
                  { class: "replies", role: "group", "aria-label": "Reply options" },
                  ...message.replies.map((option) =>
                    el("button", {
                      type: "button",
                      class: "secondary",
                      text: option.label,
                      disabled: view.ended,
                      onclick: () =>
                        void sendAction({ type: "reply", inject: message.inject, option: option.id }),
                    }),
                  ),
                )
              : null,
        );
      }),
    );
  };

  const drawDiscussion = (view: PlayerProjection["view"]) => {
    const module = view.scenario.modules.find((candidate) => candidate.id === view.currentModule);
    const key = `${module?.id ?? ""}:${module?.questions.length ?? 0}`;
    if (key === discussionKey) return;
    discussionKey = key;
    if (!module || module.questions.length === 0) {
      discussionBody.replaceChildren(
        el("p", { class: "muted", text: "No questions for the team right now." }),
      );
      return;
    }
    discussionBody.replaceChildren(
      el("h3", { text: module.title }),
      ...module.questions.map((question, index) => {
        const answer = el("textarea", { name: `answer-${index}`, maxlength: 4000 });
        const form = el(
          "form",
          { "aria-label": `Answer: ${question}` },
          field(question, answer),
          el("button", { type: "submit", class: "secondary", text: "Send answer" }),
        );
        form.addEventListener("submit", async (event) => {
          event.preventDefault();
          if (!answer.value.trim()) return tell("Write an answer first.");
          const sent = await send(
            {
              kind: "answer",
              intent: { type: "discussion.answer", module: module.id, question: index, answer: answer.value },
            },
            "Answer sent to the facilitator.",
          );
          if (sent) answer.value = "";
        });
        return form;
      }),
    );
  };

  const draw = () => {
    if (!projection) return;
    const { view } = projection;
    title.textContent = `${projection.roleTitle} — ${view.scenario.title}`;
    clock.textContent = formatSimTime(view.now);
    phase.textContent = view.ended ? "ended" : view.phase;
    if (!name) {
      if (!main.contains(nameForm)) main.replaceChildren(nameForm);
      return;
    }
    if (!main.contains(inbox.section))
      main.replaceChildren(
        inbox.section,
        decide.section,
        mine.section,
        discussion.section,
        caseFile.section,
        systems.section,
      );
    drawInbox(view, projection.roleTitle);
    approvalNote.textContent = projection.approvalRequired
      ? `You decide as ${name} (${projection.roleTitle}); the facilitator approves each decision before it takes effect.`
      : `You decide as ${name} (${projection.roleTitle}); decisions take effect at once.`;
    submit.disabled = view.ended;
    const signature =
      JSON.stringify(
        [...controls.values()].map(({ spec, control }) =>
          spec.kind === "choice" || spec.kind === "multi"
            ? [spec.name, control instanceof HTMLSelectElement]
            : [],
        ),
      ) +
      JSON.stringify([view.instances.length, view.credentials.length, view.inbox.length, view.people.length]);
    if (signature !== optionSignature) {
      optionSignature = signature;
      for (const { spec, control } of controls.values())
        if ((spec.kind === "choice" || spec.kind === "multi") && control instanceof HTMLSelectElement)
          fillOptions(control, spec, view);
    }
    drawMine(projection);
    drawDiscussion(view);
    caseList.replaceChildren(
      ...(view.caseFile.length === 0 ? [el("li", { class: "muted", text: "Nothing found yet." })] : []),
      ...view.caseFile.map((fact) =>
        el("li", { text: `${formatSimTime(fact.discoveredAt)} · ${fact.text}` }),
      ),
    );
    systemsBody.replaceChildren(
      el(
        "table",
        {},
        el("caption", { class: "muted", text: "Instances and credentials the team knows of" }),
        el(
          "thead",
          {},
          el("tr", {}, el("th", { scope: "col", text: "Name" }), el("th", { scope: "col", text: "State" })),
        ),
        el(
          "tbody",
          {},
          ...view.instances.map((instance) =>
            el(
              "tr",
              {},
              el("td", { text: instance.name }),
              el("td", {
                text: [
                  instance.state,
                  instance.isolated ? "isolated" : "",
                  instance.knownAffected ? "known affected" : "",
                ]
                  .filter(Boolean)
                  .join(", "),
              }),
            ),
          ),
          ...view.credentials.map((credential) =>
            el(
              "tr",
              {},
              el("td", { text: credential.name }),
              el("td", {
                text: [credential.state, credential.knownCompromised ? "known compromised" : ""]
                  .filter(Boolean)
                  .join(", "),
              }),
            ),
          ),
        ),
      ),
    );
  };

  return {
    update(next) {
      projection = next;
      draw();
    },
    connection(state) {
      status.textContent = connectionText(state);
      status.classList.toggle("offline", state !== "online");
      if (state === "refused") main.replaceChildren();
    },
  };
}
