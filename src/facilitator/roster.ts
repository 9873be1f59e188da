import type { RoleId } from "../engine/organisation";

/** One person at the table and the response role they play. */
export interface RosterEntry {
  name: string;
  role: RoleId;
}

/** The roles a facilitated session seats, in the order the console lists them (DESIGN.md §6). */
export const SESSION_ROLES: readonly { id: RoleId; title: string }[] = [
  { id: "incident-commander", title: "Incident Commander" },
  { id: "security-lead", title: "Security lead" },
  { id: "service-owner", title: "Service owner" },
  { id: "legal", title: "Legal counsel" },
  { id: "executive", title: "Executive stakeholder" },
  { id: "communications", title: "Communications / Marketing" },
  { id: "vp-engineering", title: "VP Engineering" },
  { id: "hr", title: "HR" },
  { id: "it-admin", title: "IT / IdP admin" },
  { id: "support-lead", title: "Support lead" },
  { id: "scribe", title: "Scribe" },
];

const ROLE_IDS: ReadonlySet<string> = new Set(SESSION_ROLES.map((role) => role.id));

/** Whether the value is one of the roles a session seats. */
export function isSessionRole(value: unknown): value is RoleId {
  return typeof value === "string" && ROLE_IDS.has(value);
}

/** The human title of a role ("Incident Commander"), or the id itself for roles outside the session list. */
export function roleTitle(role: RoleId | undefined): string {
  if (!role) return "Facilitator";
  return SESSION_ROLES.find((entry) => entry.id === role)?.title ?? role;
}

/** The roster without blank names, names trimmed. */
export function cleanRoster(roster: readonly RosterEntry[]): RosterEntry[] {
  return roster
    .map((entry) => ({ name: entry.name.trim(), role: entry.role }))
    .filter((entry) => entry.name.length > 0);
}

/** The name of the first person seated in the role, if any. */
export function nameForRole(roster: readonly RosterEntry[], role: RoleId | undefined): string | undefined {
  if (!role) return undefined;
  return roster.find((entry) => entry.role === role)?.name;
}
