import type { RoleId } from "../../engine/organisation";
import { ELIMU_PROFILE } from "../../engine/organisation";
import type { PlayerView } from "../../engine/playerView";
import { formatSimTime } from "../../engine/time";
import { el, field, panel, select } from "../dom";
import { replaceOptions } from "./composerPanel";
import type { Panel, PanelContext } from "./panelContext";
import { peopleChecklist } from "./peopleChecklist";

/** Team: page the IC, set the codename, start the call, create the room, invite people, assign tasks to roles. */
export function createTeamPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Team", "team");
  const status = el("dl", { class: "team-status" });

  const page = el("button", {
    type: "button",
    text: "Page the Incident Commander",
    onclick: () => ctx.act({ type: "page-ic" }, "Paging the Incident Commander"),
  });

  const codename = el("input", { type: "text", autocomplete: "off" });
  const codenameForm = form(
    "Set the codename",
    [field("Codename", codename, "Innocuous: nothing about the incident or the company.")],
    "Set codename",
    () => {
      const value = codename.value.trim();
      if (!value) return false;
      ctx.act({ type: "set-codename", codename: value }, `Codename set to ${value}`);
      return true;
    },
  );

  const callTitle = el("input", { type: "text", autocomplete: "off" });
  const callForm = form(
    "Start the voice call",
    [field("Call title (optional)", callTitle)],
    "Start call",
    () => {
      const title = callTitle.value.trim();
      ctx.act({ type: "start-voice-call", ...(title ? { title } : {}) }, "Starting the voice call");
      return true;
    },
  );

  const roomName = el("input", { type: "text", autocomplete: "off" });
  const roomTopic = el("input", { type: "text", autocomplete: "off" });
  const roomForm = form(
    "Create the incident room",
    [field("Room name", roomName), field("Topic", roomTopic)],
    "Create room",
    () => {
      const name = roomName.value.trim();
      if (!name) return false;
      const topic = roomTopic.value.trim();
      ctx.act({ type: "create-room", name, ...(topic ? { topic } : {}) }, `Creating room ${name}`);
      return true;
    },
  );

  const invitees = peopleChecklist("People to invite", (person) => person.internal);
  const inviteTo = select([
    { value: "both", label: "Call and room" },
    { value: "call", label: "Call only" },
    { value: "room", label: "Room only" },
  ]);
  const inviteForm = form(
    "Invite responders",
    [invitees.element, field("Invite to", inviteTo)],
    "Invite",
    () => {
      const people = invitees.selected();
      if (people.length === 0) return false;
      ctx.act(
        { type: "invite", people, to: inviteTo.value as "call" | "room" | "both" },
        `Inviting ${people.length} ${people.length === 1 ? "person" : "people"}`,
      );
      invitees.clear();
      return true;
    },
  );

  const task = el("input", { type: "text", autocomplete: "off" });
  const role = select(
    ELIMU_PROFILE.roles.filter((r) => r.id !== "player").map((r) => ({ value: r.id, label: r.title })),
  );
  const assignForm = form("Assign a task", [field("Task", task), field("Role", role)], "Assign", () => {
    const text = task.value.trim();
    if (!text) return false;
    ctx.act(
      { type: "assign", task: text, role: role.value as RoleId },
      `Task assigned to ${role.selectedOptions[0]?.textContent ?? role.value}`,
    );
    return true;
  });
  const assignments = el("ul", { class: "assignments", "aria-label": "Assigned tasks" });

  body.append(status, page, codenameForm, callForm, roomForm, inviteForm, assignForm, assignments);

  let last = "";
  const update = (view: PlayerView) => {
    const signature = JSON.stringify([view.team, view.people]);
    if (signature === last) return;
    last = signature;
    const name = (id: string) => view.people.find((person) => person.id === id)?.name ?? id;
    status.replaceChildren(
      ...entry("Incident Commander", view.team.icPaged ? "paged" : "not paged"),
      ...entry("Codename", view.team.codename ?? "none"),
      ...entry(
        "Call",
        view.team.call
          ? `${view.team.call.title ?? "open"}: ${list(view.team.call.members.map(name))}`
          : "not started",
      ),
      ...entry(
        "Room",
        view.team.room
          ? `${view.team.room.name}${view.team.room.topic ? ` (topic: ${view.team.room.topic})` : ""}: ${list(view.team.room.members.map(name))}`
          : "not created",
      ),
    );
    page.disabled = view.team.icPaged;
    invitees.setPeople(view.people);
    assignments.replaceChildren(
      ...view.team.assignments.map((assignment) =>
        el("li", {
          text: `${formatSimTime(assignment.at)} ${assignment.task} → ${ELIMU_PROFILE.roles.find((r) => r.id === assignment.role)?.title ?? assignment.role}`,
        }),
      ),
    );
    replaceOptions(
      role,
      ELIMU_PROFILE.roles.filter((r) => r.id !== "player").map((r) => ({ value: r.id, label: r.title })),
    );
  };
  return { section, update };
}

function entry(term: string, value: string): HTMLElement[] {
  return [el("dt", { text: term }), el("dd", { text: value })];
}

function list(names: string[]): string {
  return names.length > 0 ? names.join(", ") : "nobody yet";
}

function form(
  title: string,
  fields: HTMLElement[],
  submitLabel: string,
  onSubmit: () => boolean,
): HTMLFormElement {
  const node = el(
    "form",
    { "aria-label": title },
    el("h3", { text: title }),
    ...fields,
    el("button", { type: "submit", text: submitLabel }),
  );
  node.addEventListener("submit", (event) => {
    event.preventDefault();
    if (onSubmit())
      for (const input of node.querySelectorAll<HTMLInputElement>("input[type=text]")) input.value = "";
  });
  return node;
}
