import type { RoleId } from "../../engine/organisation";
import { ELIMU_PROFILE } from "../../engine/organisation";
import type { PlayerView } from "../../engine/playerView";
import { formatClockTime } from "../../engine/wallClock";
import { actionForm } from "../actionForm";
import { el, field, panel, select, uniqueId } from "../dom";
import { createFeedback, type Feedback } from "../feedback";
import { bindDraft, clearDrafts } from "../opsRoomMemory";
import { replaceOptions } from "./composerPanel";
import type { Panel, PanelContext } from "./panelContext";
import { peopleChecklist } from "./peopleChecklist";

/** Team: page the IC, set the codename, start the call, create the room, invite people, assign tasks to roles. */
export function createTeamPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Team", "team");
  const status = el("dl", { class: "team-status" });

  const pageFeedback = createFeedback();
  const page = el("button", {
    type: "button",
    text: "Page the Incident Commander",
    onclick: () => ctx.act({ type: "page-ic" }, "Paging the Incident Commander.", pageFeedback),
  });

  const codename = el("input", { type: "text", autocomplete: "off" });
  bindDraft(ctx.memory, "team.codename", codename);
  const codenameForm = actionForm({
    label: "Set the codename",
    heading: true,
    fields: [field("Codename", codename, "Innocuous: nothing about the incident or the company.")],
    submit: "Set codename",
    onSubmit: (feedback) => {
      const value = codename.value.trim();
      if (!value) return feedback.error("Type a codename first.");
      if (ctx.act({ type: "set-codename", codename: value }, `Codename set to ${value}.`, feedback))
        clearDrafts(codename);
    },
  });

  const callTitle = el("input", { type: "text", autocomplete: "off" });
  bindDraft(ctx.memory, "team.callTitle", callTitle);
  const callForm = actionForm({
    label: "Start the voice call",
    heading: true,
    fields: [field("Call title (optional)", callTitle)],
    submit: "Start call",
    onSubmit: (feedback) => {
      const title = callTitle.value.trim();
      if (
        ctx.act(
          { type: "start-voice-call", ...(title ? { title } : {}) },
          "Starting the voice call.",
          feedback,
        )
      )
        clearDrafts(callTitle);
    },
  });

  const roomName = el("input", { type: "text", autocomplete: "off" });
  const roomTopic = el("input", { type: "text", autocomplete: "off" });
  bindDraft(ctx.memory, "team.roomName", roomName);
  bindDraft(ctx.memory, "team.roomTopic", roomTopic);
  const roomForm = actionForm({
    label: "Create the incident room",
    heading: true,
    fields: [field("Room name", roomName), field("Topic", roomTopic)],
    submit: "Create room",
    onSubmit: (feedback) => {
      const name = roomName.value.trim();
      if (!name) return feedback.error("Type a room name first.");
      const topic = roomTopic.value.trim();
      if (
        ctx.act(
          { type: "create-room", name, ...(topic ? { topic } : {}) },
          `Creating room ${name}.`,
          feedback,
        )
      )
        clearDrafts(roomName, roomTopic);
    },
  });

  const invitees = peopleChecklist(
    "People to invite",
    (person) => person.internal,
    (ids) => ctx.memory.setDraft("team.invitees", ids.join(",")),
  );
  invitees.set((ctx.memory.draft("team.invitees") ?? "").split(",").filter(Boolean));
  const inviteTo = select([
    { value: "both", label: "Call and room" },
    { value: "call", label: "Call only" },
    { value: "room", label: "Room only" },
  ]);
  bindDraft(ctx.memory, "team.inviteTo", inviteTo);
  const inviteHint = el("p", { class: "hint", id: uniqueId("invite-hint") });
  const queuedList = el("ul", {
    class: "queued-invites",
    "aria-label": "Invites waiting for the call or room",
  });
  let queued = restoredQueue(ctx.memory.draft("team.queued"));
  let inviteFeedback: Feedback | undefined;
  const inviteForm = actionForm({
    label: "Invite responders",
    heading: true,
    fields: [invitees.element, field("Invite to", inviteTo), inviteHint],
    submit: "Invite",
    onSubmit: (feedback) => {
      inviteFeedback = feedback;
      const people = invitees.selected();
      if (people.length === 0) return feedback.error("Tick the people to invite first.");
      const to = inviteTo.value as "call" | "room" | "both";
      const status = inviteStatus(ctx.port.view(), to);
      if (status.kind === "blocked") return feedback.error(`Not sent: ${status.reason}`);
      const who = `${people.length} ${people.length === 1 ? "person" : "people"}`;
      if (status.kind === "queue") {
        const refusal = ctx.readOnly();
        if (refusal) return feedback.error(refusal);
        queued.push({ people, to });
        feedback.done(`Invite for ${who} queued: it goes out when ${status.when}.`);
        invitees.clear();
        renderQueue();
        return;
      }
      if (ctx.act({ type: "invite", people, to }, `Inviting ${who}.`, feedback)) invitees.clear();
    },
  });
  inviteForm.append(queuedList);
  const inviteButton = inviteForm.querySelector("button[type=submit]") as HTMLButtonElement;
  inviteButton.setAttribute("aria-describedby", inviteHint.id);
  const syncInvite = () => {
    const status = inviteStatus(ctx.port.view(), inviteTo.value);
    // why: a focusable aria-disabled button still says why it cannot invite; a disabled one is skipped by Tab.
    inviteButton.setAttribute("aria-disabled", String(status.kind === "blocked"));
    inviteHint.textContent =
      status.kind === "blocked"
        ? `Nobody can be invited yet: ${status.reason}`
        : status.kind === "queue"
          ? `Invites wait until ${status.when}.`
          : "";
    inviteHint.hidden = status.kind === "ready";
  };
  inviteTo.addEventListener("change", syncInvite);
  const renderQueue = () => {
    ctx.memory.setDraft("team.queued", JSON.stringify(queued));
    const name = (id: string) => ctx.port.view().people.find((person) => person.id === id)?.name ?? id;
    queuedList.replaceChildren(
      ...queued.map((invite, index) =>
        el(
          "li",
          {},
          `Queued: ${invite.people.map(name).join(", ")} to the ${invite.to === "both" ? "call and room" : invite.to} `,
          el("button", {
            type: "button",
            class: "link",
            text: "Cancel",
            "aria-label": `Cancel the queued invite of ${invite.people.map(name).join(", ")}`,
            onclick: () => {
              queued = queued.filter((_, at) => at !== index);
              renderQueue();
            },
          }),
        ),
      ),
    );
  };
  renderQueue();
  const sendQueued = (view: PlayerView) => {
    const ready = queued.filter((invite) => inviteStatus(view, invite.to).kind === "ready");
    if (ready.length === 0) return;
    queued = queued.filter((invite) => !ready.includes(invite));
    // why: the view arrives inside the drill's own notification; the invite is submitted after it settles.
    queueMicrotask(() => {
      for (const invite of ready)
        ctx.act(
          { type: "invite", people: invite.people, to: invite.to },
          `Queued invite sent: ${invite.people.length} ${invite.people.length === 1 ? "person" : "people"}.`,
          inviteFeedback,
        );
      renderQueue();
    });
  };

  const task = el("input", { type: "text", autocomplete: "off" });
  bindDraft(ctx.memory, "team.task", task);
  const role = select(
    ELIMU_PROFILE.roles.filter((r) => r.id !== "player").map((r) => ({ value: r.id, label: r.title })),
  );
  const assignForm = actionForm({
    label: "Assign a task",
    heading: true,
    fields: [field("Task", task), field("Role", role)],
    submit: "Assign",
    onSubmit: (feedback) => {
      const text = task.value.trim();
      if (!text) return feedback.error("Describe the task first.");
      const assigned = ctx.act(
        { type: "assign", task: text, role: role.value as RoleId },
        `Task assigned to ${role.selectedOptions[0]?.textContent ?? role.value}.`,
        feedback,
      );
      if (assigned) clearDrafts(task);
    },
  });
  const assignments = el("ul", { class: "assignments", "aria-label": "Assigned tasks" });

  body.append(
    status,
    page,
    pageFeedback.element,
    codenameForm,
    callForm,
    roomForm,
    inviteForm,
    assignForm,
    assignments,
  );

  let last = "";
  const update = (view: PlayerView) => {
    syncInvite();
    sendQueued(view);
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
          text: `${formatClockTime(view.scenario.start, assignment.at)} ${assignment.task} → ${ELIMU_PROFILE.roles.find((r) => r.id === assignment.role)?.title ?? assignment.role}`,
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

type QueuedInvite = { people: string[]; to: "call" | "room" | "both" };

function restoredQueue(text: string | undefined): QueuedInvite[] {
  try {
    const data: unknown = JSON.parse(text ?? "[]");
    return Array.isArray(data)
      ? data.filter(
          (item): item is QueuedInvite =>
            Array.isArray(item?.people) &&
            item.people.every((id: unknown) => typeof id === "string") &&
            ["call", "room", "both"].includes(item?.to),
        )
      : [];
  } catch {
    return [];
  }
}

export type InviteStatus =
  | { kind: "ready" }
  | { kind: "queue"; when: string }
  | { kind: "blocked"; reason: string };

/** Whether an invite to `to` can go now, can wait for a call or room being set up, or cannot go and why. */
export function inviteStatus(view: PlayerView, to: string): InviteStatus {
  const call = view.team.call !== undefined;
  const room = view.team.room !== undefined;
  if ((to === "call" && call) || (to === "room" && room) || (to === "both" && (call || room)))
    return { kind: "ready" };
  const starting = (type: string) => view.pending.find((pending) => pending.action.type === type);
  const callStarting = to !== "room" ? starting("start-voice-call") : undefined;
  const roomStarting = to !== "call" ? starting("create-room") : undefined;
  const first = [callStarting, roomStarting]
    .filter((item) => item !== undefined)
    .sort((a, b) => a.completesAt - b.completesAt)[0];
  if (first)
    return {
      kind: "queue",
      when: `the ${first.action.type === "create-room" ? "room" : "call"} is up (${formatClockTime(view.scenario.start, first.completesAt)})`,
    };
  if (to === "call") return { kind: "blocked", reason: "start the call first, or invite to the room." };
  if (to === "room") return { kind: "blocked", reason: "create the room first, or invite to the call." };
  return { kind: "blocked", reason: "start the call or create the room first." };
}
