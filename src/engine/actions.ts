import type { ChecklistStepId } from "./checklist";
import type { RoleId } from "./organisation";
import type { SimMinutes } from "./time";

/** The kinds of channel a message can travel on. */
export const CHANNEL_KINDS = ["voice", "chat", "email", "sms", "phone", "public"] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

/** The kinds of outside party the team can contact. */
export const CONTACT_KINDS = [
  "law-enforcement",
  "fbi",
  "operator",
  "security-firm",
  "insurer",
  "customer-security",
  "vendor",
  "regulator",
  "affected-individuals",
  "outside-counsel",
  "journalist",
] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * Outside parties the checklist tells responders to reach (S12, S13, S14) — every kind but the press: telling them is
 * outreach, not a leak (a regulator or the people whose data was taken included: a duty with a clock).
 */
export const OUTREACH_KINDS: readonly ContactKind[] = CONTACT_KINDS.filter((kind) => kind !== "journalist");

/**
 * Outreach the checklist allows before forensics (S12, S14, the insurer, counsel, a regulator's statutory notice): parties
 * bound to confidence. Customers and affected individuals are the public statement's audience (S15): telling them before
 * forensics is telling outsiders.
 */
export const CONFIDENTIAL_KINDS: readonly ContactKind[] = OUTREACH_KINDS.filter(
  (kind) => kind !== "customer-security" && kind !== "affected-individuals",
);

/**
 * The player's verbs. Names are the stable vocabulary of play scripts and logs: never rename one.
 * Every action names its target by id; `actionTarget` gives the one id conditions match on.
 */
export type PlayerAction =
  | { type: "page-ic" }
  | { type: "set-codename"; codename: string }
  | { type: "start-voice-call"; title?: string }
  | { type: "create-room"; name: string; topic?: string; platform?: string }
  | { type: "invite"; people: string[]; to: "call" | "room" | "both" }
  | { type: "assign"; task: string; role: RoleId }
  | { type: "shutdown-instance"; instance: string }
  | { type: "terminate-instance"; instance: string }
  | { type: "isolate-instance"; instance: string }
  | { type: "block-ip"; ip: string }
  | { type: "restore-firewall-defaults"; instance: string }
  | { type: "kill-session"; instance: string }
  | { type: "lock-users"; instance: string }
  | { type: "disable-code-path"; codePath: string }
  | { type: "shutdown-service"; service: string }
  | { type: "suspend-autoscaling"; group: string }
  | { type: "cycle-autoscaling-group"; group: string }
  | { type: "purge-provider-accounts"; provider: string }
  | { type: "rotate-credential"; credential: string }
  | { type: "revoke-credential"; credential: string }
  | { type: "image-disk"; instance: string; disk?: string; readOnly?: boolean; offsite?: boolean }
  | { type: "preserve-logs"; logSource: string }
  | { type: "investigate"; logSource: string; target?: string; from?: SimMinutes; to?: SimMinutes }
  | { type: "forensic-analysis"; instance: string }
  | { type: "add-alerting"; description: string }
  | { type: "monitor-reentry" }
  | {
      type: "send-message";
      channel: string;
      to?: string[];
      subject?: string;
      body: string;
      encrypted?: boolean;
    }
  | {
      type: "contact";
      party: string;
      kind?: ContactKind;
      channel?: ChannelKind;
      subject?: string;
      body?: string;
      encrypted?: boolean;
    }
  | { type: "publish-statement"; title: string; body: string }
  | { type: "reply"; inject: string; option: string }
  | { type: "enforce-imdsv2"; instance: string }
  | { type: "force-reauth" }
  | { type: "remove-from-group"; credential: string; group?: string }
  | { type: "delete-post"; channel: string; post?: string }
  | { type: "deploy-freeze"; announcement?: string }
  | { type: "rotate-overlapping"; credential: string }
  | { type: "deny-old-credentials"; credential: string }
  | { type: "capture-memory"; instance: string }
  | { type: "legal-hold"; people: string[] }
  | { type: "engage-counsel"; party?: string }
  | { type: "notify-customers"; title: string; body: string }
  | { type: "maintenance-notice"; body: string }
  | { type: "notify-regulator"; party: string; body?: string }
  | { type: "notify-individuals"; body: string }
  | { type: "yank-image-tags"; artifact: string }
  | { type: "sanctions-check"; party?: string }
  | { type: "pay-ransom" }
  | { type: "decline-ransom" }
  | { type: "verify-caller"; party: string }
  | { type: "note"; text: string }
  | { type: "close-incident" };

export type ActionType = PlayerAction["type"];

/** The kinds of world object an action's target may name (the scenario format checks references against them). */
export type TargetKind =
  | "person"
  | "channel"
  | "instance"
  | "autoscalingGroup"
  | "service"
  | "codePath"
  | "credential"
  | "provider"
  | "logSource"
  | "inject";

/** What the catalog says of one action type. */
export interface ActionSpec<T extends ActionType = ActionType> {
  label: string;
  /** Sim minutes between submitting the action and its effect. */
  duration: SimMinutes;
  step: ChecklistStepId;
  description: string;
  /** The field that names what the action acts on, and what it may name (empty: free text). */
  target?: { field: Exclude<keyof Extract<PlayerAction, { type: T }>, "type">; kinds: readonly TargetKind[] };
  /** A long task: it occupies a person for its whole duration, and a person runs one at a time (others queue). */
  long?: true;
}

/** One catalog entry, for any action type. */
export interface ActionCatalogEntry {
  type: ActionType;
  label: string;
  duration: SimMinutes;
  step: ChecklistStepId;
  description: string;
  target?: { field: string; kinds: readonly TargetKind[] };
  long?: true;
}

/**
 * Every action type, declared once: label, sim-time duration, checklist step, description, and the field that
 * names its target with the kinds of world object it may name (none: free text). A missing type fails to compile.
 */
export const ACTION_SPECS = {
  "page-ic": { label: "Page the Incident Commander", duration: 2, step: "S3", description: "!ir page" },
  "set-codename": {
    label: "Set the codename",
    duration: 1,
    step: "S3",
    description: "An innocuous name for chats and documents.",
    target: { field: "codename", kinds: [] },
  },
  "start-voice-call": {
    label: "Start the voice call",
    duration: 2,
    step: "S3",
    description: "Open the bridge for responders.",
  },
  "create-room": {
    label: "Create a chat room",
    duration: 2,
    step: "S3",
    description: "A private room named after the codename.",
    target: { field: "name", kinds: [] },
  },
  invite: {
    label: "Invite responders",
    duration: 3,
    step: "S3",
    description: "Invite people to the call, the room or both.",
  },
  assign: { label: "Assign a task", duration: 1, step: "S3", description: "Delegate a task to a role." },
  "shutdown-instance": {
    label: "Shut down instance",
    duration: 5,
    step: "S1",
    description: "Shut down from the provider console; keeps the disk.",
    target: { field: "instance", kinds: ["instance"] },
  },
  "terminate-instance": {
    label: "Terminate instance",
    duration: 3,
    step: "S1",
    description: "Deletes the instance and its disks.",
    target: { field: "instance", kinds: ["instance"] },
  },
  "isolate-instance": {
    label: "Isolate instance",
    duration: 5,
    step: "S4",
    description: "Block its IP from all other hosts.",
    target: { field: "instance", kinds: ["instance"] },
  },
  "block-ip": {
    label: "Block IP address",
    duration: 3,
    step: "S9",
    description: "Block an address at the edge.",
    target: { field: "ip", kinds: [] },
  },
  "restore-firewall-defaults": {
    label: "Restore default firewall rules",
    duration: 4,
    step: "S1",
    description: "Re-instate the default iptables rules.",
    target: { field: "instance", kinds: ["instance"] },
  },
  "kill-session": {
    label: "Kill attacker sessions",
    duration: 3,
    step: "S1",
    description: "kill -9 active sessions on the host.",
    target: { field: "instance", kinds: ["instance"] },
  },
  "lock-users": {
    label: "Lock users",
    duration: 5,
    step: "S1",
    description: "Change the root password; lock all other users.",
    target: { field: "instance", kinds: ["instance"] },
  },
  "disable-code-path": {
    label: "Disable code path",
    duration: 10,
    step: "S2",
    description: "Turn off the feature or code path.",
    target: { field: "codePath", kinds: ["codePath"] },
  },
  "shutdown-service": {
    label: "Shut down service",
    duration: 10,
    step: "S2",
    description: "Take the whole service offline.",
    target: { field: "service", kinds: ["service"] },
  },
  "suspend-autoscaling": {
    label: "Suspend autoscaling",
    duration: 3,
    step: "S4",
    description: "Stop health replacement so the group cannot terminate members.",
    target: { field: "group", kinds: ["autoscalingGroup"] },
  },
  "cycle-autoscaling-group": {
    label: "Redeploy / cycle group",
    duration: 15,
    step: "S1",
    description: "Replaces every member: the old instances are terminated.",
    target: { field: "group", kinds: ["autoscalingGroup"] },
    long: true,
  },
  "purge-provider-accounts": {
    label: "Purge provider accounts",
    duration: 20,
    step: "S2",
    description: "Delete all accounts but your own; rotate your password and MFA.",
    target: { field: "provider", kinds: ["provider"] },
    long: true,
  },
  "rotate-credential": {
    label: "Rotate credential",
    duration: 15,
    step: "S9",
    description: "New secret (and MFA where relevant); the old one stops working.",
    target: { field: "credential", kinds: ["credential"] },
    long: true,
  },
  "revoke-credential": {
    label: "Revoke credential",
    duration: 5,
    step: "S9",
    description: "Revoke access immediately.",
    target: { field: "credential", kinds: ["credential"] },
  },
  "image-disk": {
    label: "Image disks",
    duration: 30,
    step: "S4",
    description: "Read-only image shipped to off-site cold storage.",
    target: { field: "instance", kinds: ["instance"] },
    long: true,
  },
  "preserve-logs": {
    label: "Preserve logs",
    duration: 20,
    step: "S10",
    description: "Export off-site with object lock before they are lost.",
    target: { field: "logSource", kinds: ["logSource"] },
    long: true,
  },
  investigate: {
    label: "Investigate log source",
    duration: 30,
    step: "S5",
    description: "Query a log source over a span of sim time.",
    target: { field: "logSource", kinds: ["logSource"] },
    long: true,
  },
  "forensic-analysis": {
    label: "Forensic analysis",
    duration: 120,
    step: "S10",
    description: "Comb through a read-only image.",
    target: { field: "instance", kinds: ["instance"] },
    long: true,
  },
  "add-alerting": {
    label: "Add alerting",
    duration: 20,
    step: "S9",
    description: "New alerting for a similar breach.",
    long: true,
  },
  "monitor-reentry": {
    label: "Monitor for re-entry",
    duration: 10,
    step: "S8",
    description: "Watch logs for attempts to regain access.",
  },
  "send-message": {
    label: "Send message",
    duration: 2,
    step: "COMMS",
    description: "Voice, chat, email or SMS.",
    target: { field: "channel", kinds: ["channel"] },
  },
  contact: {
    label: "Contact external party",
    duration: 15,
    step: "S12",
    description: "Law enforcement, FBI, operators, insurer, customers, vendors.",
    target: { field: "party", kinds: ["person", "provider"] },
    long: true,
  },
  "publish-statement": {
    label: "Publish statement",
    duration: 10,
    step: "S14",
    description: "The public statement to customers.",
  },
  reply: {
    label: "Reply to inject",
    duration: 2,
    step: "COMMS",
    description: "Choose one of an inject's reply options.",
    target: { field: "inject", kinds: ["inject"] },
  },
  "enforce-imdsv2": {
    label: "Enforce IMDSv2",
    duration: 5,
    step: "S2",
    description:
      "Require session tokens for the instance metadata service: a forged request no longer reads role keys.",
    target: { field: "instance", kinds: ["instance"] },
  },
  "force-reauth": {
    label: "Force re-authentication for everyone",
    duration: 10,
    step: "S1",
    description: "End every staff sign-in session; everyone signs in again with MFA.",
  },
  "remove-from-group": {
    label: "Remove from admin group",
    duration: 3,
    step: "S1",
    description: "Take an account out of a privileged group; it keeps its ordinary access.",
    target: { field: "credential", kinds: ["credential"] },
  },
  "delete-post": {
    label: "Delete a post",
    duration: 2,
    step: "COMMS",
    description: "Remove a message from a channel (people who read it still know).",
    target: { field: "channel", kinds: ["channel"] },
  },
  "deploy-freeze": {
    label: "Freeze deploys and announce",
    duration: 2,
    step: "S9",
    description: "Stop all deploys and tell engineering why deploys will fail for a while.",
  },
  "rotate-overlapping": {
    label: "Rotate with overlap (dual key)",
    duration: 30,
    step: "S9",
    description: "Issue the new secret beside the old, switch every consumer over, then retire the old one.",
    target: { field: "credential", kinds: ["credential"] },
    long: true,
  },
  "deny-old-credentials": {
    label: "Deny old credentials",
    duration: 5,
    step: "S9",
    description:
      "A deny policy for every session or key of this credential issued before now; new ones keep working.",
    target: { field: "credential", kinds: ["credential"] },
  },
  "capture-memory": {
    label: "Capture memory",
    duration: 20,
    step: "S4",
    description: "Dump the running instance's memory before it is shut down (gone once it stops).",
    target: { field: "instance", kinds: ["instance"] },
    long: true,
  },
  "legal-hold": {
    label: "Place a legal hold",
    duration: 5,
    step: "S10",
    description: "Counsel tells custodians to preserve their mail, files and devices.",
  },
  "engage-counsel": {
    label: "Engage outside counsel",
    duration: 30,
    step: "S12",
    description: "Retain breach counsel; their work product keeps the investigation privileged.",
    long: true,
  },
  "notify-customers": {
    label: "Notify all customers",
    duration: 20,
    step: "S14",
    description: "A notice by email to every customer account (external communication).",
  },
  "maintenance-notice": {
    label: "Post a maintenance notice",
    duration: 5,
    step: "COMMS",
    description: "Tell customers on the status page that a service is down for maintenance, and until when.",
  },
  "notify-regulator": {
    label: "Notify a regulator",
    duration: 30,
    step: "S14",
    description: "A breach notification to a supervisory authority within its statutory clock.",
    target: { field: "party", kinds: ["person"] },
    long: true,
  },
  "notify-individuals": {
    label: "Notify affected individuals",
    duration: 30,
    step: "S14",
    description: "Tell the people whose data was taken what happened and what they should do.",
  },
  "yank-image-tags": {
    label: "Yank artifact tags",
    duration: 10,
    step: "S2",
    description: "Remove the poisoned versions or image tags so nobody pulls them again.",
    target: { field: "artifact", kinds: [] },
  },
  "sanctions-check": {
    label: "Run a sanctions check",
    duration: 60,
    step: "S12",
    description: "Counsel checks the extortionist's wallet and group against sanctions lists.",
    long: true,
  },
  "pay-ransom": {
    label: "Pay the ransom",
    duration: 60,
    step: "S12",
    description: "Pay the extortion demand.",
  },
  "decline-ransom": {
    label: "Decline to pay",
    duration: 2,
    step: "S12",
    description: "Decide not to pay the extortion demand.",
  },
  "verify-caller": {
    label: "Verify a caller by calling back",
    duration: 5,
    step: "COMMS",
    description: "Hang up and call back on the number in the directory before acting on a request.",
    target: { field: "party", kinds: ["person"] },
  },
  note: { label: "Note", duration: 0, step: "S3", description: "An observation for the record." },
  "close-incident": { label: "Close the incident", duration: 0, step: "S3", description: "End the drill." },
} as const satisfies { [T in ActionType]: ActionSpec<T> };

export const ACTION_TYPES = Object.keys(ACTION_SPECS) as ActionType[];

/** Every action type with its label, sim-time duration and checklist step. */
export const ACTION_CATALOG: ReadonlyMap<ActionType, ActionCatalogEntry> = new Map(
  ACTION_TYPES.map((type) => [type, { type, ...(ACTION_SPECS[type] as Omit<ActionCatalogEntry, "type">) }]),
);

/** The value of one of the action's fields by name (undefined when it has no such field). */
export function fieldOf(action: PlayerAction, field: string): unknown {
  return Object.hasOwn(action, field) ? (Reflect.get(action, field) as unknown) : undefined;
}

/** The id the action acts on (instance, credential, channel, …), or undefined for actions without one. */
export function actionTarget(action: PlayerAction): string | undefined {
  const field = ACTION_CATALOG.get(action.type)?.target?.field;
  if (field === undefined) return undefined;
  const value = fieldOf(action, field);
  return typeof value === "string" ? value : undefined;
}
