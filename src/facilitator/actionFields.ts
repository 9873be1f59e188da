import { type ActionType, CHANNEL_KINDS, CONTACT_KINDS, type PlayerAction } from "../engine/actions";
import type { PlayerView } from "../engine/playerView";
import { parseTypedSimTime } from "../engine/simTime";
import type { WallClockStart } from "../engine/wallClock";
import { SESSION_ROLES } from "./roster";

/** Where a choice field takes its options from. */
export type ChoiceSource =
  | "instance"
  | "credential"
  | "logSource"
  | "codePath"
  | "service"
  | "group"
  | "provider"
  | "channel"
  | "person"
  | "externalPerson"
  | "role"
  | "inviteTarget"
  | "contactKind"
  | "channelKind"
  | "reply";

/** One input of the compact decision form for an action type. */
export type ActionField =
  | { name: string; label: string; kind: "text" | "textarea" | "time"; optional?: boolean }
  | { name: string; label: string; kind: "checkbox"; initial: boolean }
  | { name: string; label: string; kind: "choice"; source: ChoiceSource; optional?: boolean }
  | { name: string; label: string; kind: "multi"; source: ChoiceSource; optional?: boolean };

const instance: ActionField = { name: "instance", label: "Instance", kind: "choice", source: "instance" };
const credential: ActionField = {
  name: "credential",
  label: "Credential",
  kind: "choice",
  source: "credential",
};
const group: ActionField = { name: "group", label: "Autoscaling group", kind: "choice", source: "group" };

/** The form fields of every action type, in the order the facilitator fills them. */
export const ACTION_FIELDS: Readonly<Record<ActionType, readonly ActionField[]>> = {
  "page-ic": [],
  "set-codename": [{ name: "codename", label: "Codename", kind: "text" }],
  "start-voice-call": [{ name: "title", label: "Call title", kind: "text", optional: true }],
  "create-room": [
    { name: "name", label: "Room name", kind: "text" },
    { name: "topic", label: "Room topic", kind: "text", optional: true },
    { name: "platform", label: "Platform", kind: "text", optional: true },
  ],
  invite: [
    { name: "people", label: "People to invite", kind: "multi", source: "person" },
    { name: "to", label: "Invite to", kind: "choice", source: "inviteTarget" },
  ],
  assign: [
    { name: "task", label: "Task", kind: "text" },
    { name: "role", label: "Assigned role", kind: "choice", source: "role" },
  ],
  "shutdown-instance": [instance],
  "terminate-instance": [instance],
  "isolate-instance": [instance],
  "block-ip": [{ name: "ip", label: "IP address", kind: "text" }],
  "restore-firewall-defaults": [instance],
  "kill-session": [instance],
  "lock-users": [instance],
  "disable-code-path": [{ name: "codePath", label: "Code path", kind: "choice", source: "codePath" }],
  "shutdown-service": [{ name: "service", label: "Service", kind: "choice", source: "service" }],
  "suspend-autoscaling": [group],
  "cycle-autoscaling-group": [group],
  "purge-provider-accounts": [{ name: "provider", label: "Provider", kind: "choice", source: "provider" }],
  "rotate-credential": [credential],
  "revoke-credential": [credential],
  "image-disk": [
    instance,
    { name: "disk", label: "Disk", kind: "text", optional: true },
    { name: "readOnly", label: "Read-only image", kind: "checkbox", initial: true },
    { name: "offsite", label: "Ship to off-site cold storage", kind: "checkbox", initial: true },
  ],
  "preserve-logs": [{ name: "logSource", label: "Log source", kind: "choice", source: "logSource" }],
  investigate: [
    { name: "logSource", label: "Log source", kind: "choice", source: "logSource" },
    { name: "target", label: "Target (id)", kind: "text", optional: true },
    { name: "from", label: "From (e.g. T-7d)", kind: "time", optional: true },
    { name: "to", label: "To (e.g. T+0)", kind: "time", optional: true },
  ],
  "forensic-analysis": [instance],
  "add-alerting": [{ name: "description", label: "Alerting to add", kind: "text" }],
  "monitor-reentry": [],
  "send-message": [
    { name: "channel", label: "Channel", kind: "choice", source: "channel" },
    { name: "to", label: "Recipients", kind: "multi", source: "person", optional: true },
    { name: "subject", label: "Subject", kind: "text", optional: true },
    { name: "body", label: "Message", kind: "textarea" },
    { name: "encrypted", label: "Encrypted", kind: "checkbox", initial: false },
  ],
  contact: [
    { name: "party", label: "Party", kind: "choice", source: "externalPerson" },
    { name: "kind", label: "As", kind: "choice", source: "contactKind", optional: true },
    { name: "channel", label: "By", kind: "choice", source: "channelKind", optional: true },
    { name: "body", label: "What was said", kind: "textarea", optional: true },
  ],
  "publish-statement": [
    { name: "title", label: "Statement title", kind: "text" },
    { name: "body", label: "Statement", kind: "textarea" },
  ],
  reply: [{ name: "reply", label: "Reply", kind: "choice", source: "reply" }],
  note: [{ name: "text", label: "Note", kind: "textarea" }],
  "close-incident": [],
  "enforce-imdsv2": [instance],
  "force-reauth": [],
  "remove-from-group": [credential, { name: "group", label: "Group", kind: "text", optional: true }],
  "delete-post": [
    { name: "channel", label: "Channel", kind: "choice", source: "channel" },
    { name: "post", label: "Which post", kind: "text", optional: true },
  ],
  "deploy-freeze": [{ name: "announcement", label: "Announcement", kind: "textarea", optional: true }],
  "rotate-overlapping": [credential],
  "deny-old-credentials": [credential],
  "capture-memory": [instance],
  "legal-hold": [{ name: "people", label: "Custodians", kind: "multi", source: "person" }],
  "engage-counsel": [
    { name: "party", label: "Counsel", kind: "choice", source: "externalPerson", optional: true },
  ],
  "notify-customers": [
    { name: "title", label: "Notice title", kind: "text" },
    { name: "body", label: "Notice", kind: "textarea" },
  ],
  "maintenance-notice": [{ name: "body", label: "Notice", kind: "textarea" }],
  "notify-regulator": [
    { name: "party", label: "Regulator", kind: "choice", source: "externalPerson" },
    { name: "body", label: "Notification", kind: "textarea", optional: true },
  ],
  "notify-individuals": [{ name: "body", label: "Notice", kind: "textarea" }],
  "yank-image-tags": [{ name: "artifact", label: "Versions or tags", kind: "text" }],
  "sanctions-check": [
    { name: "party", label: "About", kind: "choice", source: "externalPerson", optional: true },
  ],
  "pay-ransom": [],
  "decline-ransom": [],
  "verify-caller": [{ name: "party", label: "Caller", kind: "choice", source: "person" }],
};

export interface ChoiceOption {
  value: string;
  label: string;
}

const REPLY_SEPARATOR = "\u001f";

/** The options of a choice field, from what the team can see of the drill right now. */
export function choiceOptions(source: ChoiceSource, view: PlayerView): ChoiceOption[] {
  const named = (items: readonly { id: string; name: string }[]) =>
    items.map((item) => ({ value: item.id, label: item.name }));
  switch (source) {
    case "instance":
      return view.instances.map((item) => ({ value: item.id, label: `${item.name} (${item.state})` }));
    case "credential":
      return view.credentials.map((item) => ({ value: item.id, label: `${item.name} (${item.state})` }));
    case "logSource":
      return named(view.logSources);
    case "codePath":
      return view.services.flatMap((service) =>
        service.codePaths.map((path) => ({ value: path.id, label: `${service.name}: ${path.name}` })),
      );
    case "service":
      return named(view.services);
    case "group":
      return named(view.autoscalingGroups);
    case "provider":
      return named(view.providers);
    case "channel":
      return [
        { value: "room", label: "The response room" },
        { value: "call", label: "The voice call" },
        ...view.channels.map((item) => ({ value: item.id, label: `${item.name} (${item.kind})` })),
      ];
    case "person":
      return view.people.map((item) => ({ value: item.id, label: `${item.name}, ${item.title}` }));
    case "externalPerson":
      return view.people.map((item) => ({
        value: item.id,
        label: `${item.name}, ${item.title}${item.organisation ? ` (${item.organisation})` : ""}`,
      }));
    case "role":
      return [...SESSION_ROLES, { id: "vp-engineering", title: "VP / Director of Engineering" }].map(
        (role) => ({
          value: role.id,
          label: role.title,
        }),
      );
    case "inviteTarget":
      return [
        { value: "both", label: "Call and room" },
        { value: "call", label: "Call" },
        { value: "room", label: "Room" },
      ];
    case "contactKind":
      return CONTACT_KINDS.map((kind) => ({ value: kind, label: kind }));
    case "channelKind":
      return CHANNEL_KINDS.map((kind) => ({ value: kind, label: kind }));
    case "reply":
      return view.inbox.flatMap((message) =>
        message.replies.map((option) => ({
          value: `${message.inject}${REPLY_SEPARATOR}${option.id}`,
          label: `${message.fromName}${message.subject ? ` — ${message.subject}` : ""}: ${option.label}`,
        })),
      );
  }
}

/** Raw form values by field name: text, checkbox state, or the selected option values of a multi-select. */
export type FieldValues = Record<string, string | boolean | string[]>;

export type BuiltAction = { ok: true; action: PlayerAction } | { ok: false; message: string };

/**
 * Turns the decision form's values into a player action, or says which required field is missing; times are read
 * with the ops room's grammar (`T+1:30`, `-90`, or the scenario's date and clock time when it has a `start`).
 */
export function buildAction(type: ActionType, values: FieldValues, start?: WallClockStart): BuiltAction {
  const action: Record<string, unknown> = { type };
  for (const field of ACTION_FIELDS[type]) {
    const raw = values[field.name];
    const value = typeof raw === "string" ? raw.trim() : raw;
    if (field.kind === "checkbox") {
      action[field.name] = value === true;
      continue;
    }
    const empty = value === undefined || value === "" || (Array.isArray(value) && value.length === 0);
    if (empty) {
      if ("optional" in field && field.optional) continue;
      return { ok: false, message: `${field.label} is required.` };
    }
    if (field.kind === "time") {
      const minutes = parseTypedSimTime(String(value), start);
      if (minutes === undefined)
        return {
          ok: false,
          message: `${field.label}: write T+1:30, T-7d${start ? ", a date and time (2026-11-14 04:12)" : ""} or minutes.`,
        };
      action[field.name] = minutes;
    } else if (field.kind === "choice" && field.source === "reply") {
      const [inject, option] = String(value).split(REPLY_SEPARATOR);
      action.inject = inject;
      action.option = option;
    } else if (field.kind === "text" || field.kind === "textarea") {
      action[field.name] = value;
    } else {
      action[field.name] = value;
    }
  }
  return { ok: true, action: action as unknown as PlayerAction };
}
