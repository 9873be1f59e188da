import type { ChecklistStepId } from "./checklist";
import type { RoleId } from "./organisation";
import type { SimMinutes } from "./time";

export type ChannelKind = "voice" | "chat" | "email" | "sms" | "phone" | "public";
export type ContactKind =
  | "law-enforcement"
  | "fbi"
  | "operator"
  | "security-firm"
  | "insurer"
  | "customer-security"
  | "vendor"
  | "regulator"
  | "journalist";

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
  | { type: "contact"; party: string; kind?: ContactKind; channel?: ChannelKind; body?: string }
  | { type: "publish-statement"; title: string; body: string }
  | { type: "reply"; inject: string; option: string }
  | { type: "note"; text: string }
  | { type: "close-incident" };

export type ActionType = PlayerAction["type"];

export interface ActionCatalogEntry {
  type: ActionType;
  label: string;
  /** Sim minutes between submitting the action and its effect. */
  duration: SimMinutes;
  step: ChecklistStepId;
  description: string;
}

const entries: ActionCatalogEntry[] = [
  { type: "page-ic", label: "Page the Incident Commander", duration: 2, step: "S3", description: "!ir page" },
  {
    type: "set-codename",
    label: "Set the codename",
    duration: 1,
    step: "S3",
    description: "An innocuous name for chats and documents.",
  },
  {
    type: "start-voice-call",
    label: "Start the voice call",
    duration: 2,
    step: "S3",
    description: "Open the bridge for responders.",
  },
  {
    type: "create-room",
    label: "Create a chat room",
    duration: 2,
    step: "S3",
    description: "A private room named after the codename.",
  },
  {
    type: "invite",
    label: "Invite responders",
    duration: 3,
    step: "S3",
    description: "Invite people to the call, the room or both.",
  },
  {
    type: "assign",
    label: "Assign a task",
    duration: 1,
    step: "S3",
    description: "Delegate a task to a role.",
  },
  {
    type: "shutdown-instance",
    label: "Shut down instance",
    duration: 5,
    step: "S1",
    description: "Shut down from the provider console; keeps the disk.",
  },
  {
    type: "terminate-instance",
    label: "Terminate instance",
    duration: 3,
    step: "S1",
    description: "Deletes the instance and its disks.",
  },
  {
    type: "isolate-instance",
    label: "Isolate instance",
    duration: 5,
    step: "S4",
    description: "Block its IP from all other hosts.",
  },
  {
    type: "block-ip",
    label: "Block IP address",
    duration: 3,
    step: "S9",
    description: "Block an address at the edge.",
  },
  {
    type: "restore-firewall-defaults",
    label: "Restore default firewall rules",
    duration: 4,
    step: "S1",
    description: "Re-instate the default iptables rules.",
  },
  {
    type: "kill-session",
    label: "Kill attacker sessions",
    duration: 3,
    step: "S1",
    description: "kill -9 active sessions on the host.",
  },
  {
    type: "lock-users",
    label: "Lock users",
    duration: 5,
    step: "S1",
    description: "Change the root password; lock all other users.",
  },
  {
    type: "disable-code-path",
    label: "Disable code path",
    duration: 10,
    step: "S2",
    description: "Turn off the feature or code path.",
  },
  {
    type: "shutdown-service",
    label: "Shut down service",
    duration: 10,
    step: "S2",
    description: "Take the whole service offline.",
  },
  {
    type: "suspend-autoscaling",
    label: "Suspend autoscaling",
    duration: 3,
    step: "S4",
    description: "Stop health replacement so the group cannot terminate members.",
  },
  {
    type: "cycle-autoscaling-group",
    label: "Redeploy / cycle group",
    duration: 15,
    step: "S1",
    description: "Replaces every member: the old instances are terminated.",
  },
  {
    type: "purge-provider-accounts",
    label: "Purge provider accounts",
    duration: 20,
    step: "S2",
    description: "Delete all accounts but your own; rotate your password and MFA.",
  },
  {
    type: "rotate-credential",
    label: "Rotate credential",
    duration: 15,
    step: "S9",
    description: "New secret (and MFA where relevant); the old one stops working.",
  },
  {
    type: "revoke-credential",
    label: "Revoke credential",
    duration: 5,
    step: "S9",
    description: "Revoke access immediately.",
  },
  {
    type: "image-disk",
    label: "Image disks",
    duration: 30,
    step: "S4",
    description: "Read-only image shipped to off-site cold storage.",
  },
  {
    type: "preserve-logs",
    label: "Preserve logs",
    duration: 20,
    step: "S10",
    description: "Export off-site with object lock before they are lost.",
  },
  {
    type: "investigate",
    label: "Investigate log source",
    duration: 30,
    step: "S5",
    description: "Query a log source over a span of sim time.",
  },
  {
    type: "forensic-analysis",
    label: "Forensic analysis",
    duration: 120,
    step: "S10",
    description: "Comb through a read-only image.",
  },
  {
    type: "add-alerting",
    label: "Add alerting",
    duration: 20,
    step: "S9",
    description: "New alerting for a similar breach.",
  },
  {
    type: "monitor-reentry",
    label: "Monitor for re-entry",
    duration: 10,
    step: "S8",
    description: "Watch logs for attempts to regain access.",
  },
  {
    type: "send-message",
    label: "Send message",
    duration: 2,
    step: "COMMS",
    description: "Voice, chat, email or SMS.",
  },
  {
    type: "contact",
    label: "Contact external party",
    duration: 15,
    step: "S12",
    description: "Law enforcement, FBI, operators, insurer, customers, vendors.",
  },
  {
    type: "publish-statement",
    label: "Publish statement",
    duration: 10,
    step: "S14",
    description: "The public statement to customers.",
  },
  {
    type: "reply",
    label: "Reply to inject",
    duration: 2,
    step: "COMMS",
    description: "Choose one of an inject's reply options.",
  },
  { type: "note", label: "Note", duration: 0, step: "S3", description: "An observation for the record." },
  {
    type: "close-incident",
    label: "Close the incident",
    duration: 0,
    step: "S3",
    description: "End the drill.",
  },
];

/** Every action type with its label, sim-time duration and checklist step. */
export const ACTION_CATALOG: ReadonlyMap<ActionType, ActionCatalogEntry> = new Map(
  entries.map((entry) => [entry.type, entry]),
);

export const ACTION_TYPES: readonly ActionType[] = entries.map((entry) => entry.type);

/** The id the action acts on (instance, credential, channel, …), or undefined for actions without one. */
export function actionTarget(action: PlayerAction): string | undefined {
  switch (action.type) {
    case "shutdown-instance":
    case "terminate-instance":
    case "isolate-instance":
    case "restore-firewall-defaults":
    case "kill-session":
    case "lock-users":
    case "image-disk":
    case "forensic-analysis":
      return action.instance;
    case "block-ip":
      return action.ip;
    case "disable-code-path":
      return action.codePath;
    case "shutdown-service":
      return action.service;
    case "suspend-autoscaling":
    case "cycle-autoscaling-group":
      return action.group;
    case "purge-provider-accounts":
      return action.provider;
    case "rotate-credential":
    case "revoke-credential":
      return action.credential;
    case "preserve-logs":
    case "investigate":
      return action.logSource;
    case "send-message":
      return action.channel;
    case "contact":
      return action.party;
    case "reply":
      return action.inject;
    case "set-codename":
      return action.codename;
    case "create-room":
      return action.name;
    default:
      return undefined;
  }
}
