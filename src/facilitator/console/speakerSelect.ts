import type { RoleId } from "../../engine/organisation";
import { select } from "../../ui/dom";
import { type RosterEntry, SESSION_ROLES } from "../roster";

/** Who voiced a decision or an answer: a seated person, or a role nobody sits in. */
export interface Speaker {
  by?: RoleId;
  actorName?: string;
}

/** A select of the roster's people (with their roles) and the unseated roles; `facilitator` adds "nobody". */
export function speakerSelect(
  roster: readonly RosterEntry[],
  facilitator: boolean,
): {
  control: HTMLSelectElement;
  speaker(): Speaker;
} {
  const options = [
    ...(facilitator ? [{ value: "none", label: "The facilitator" }] : []),
    ...roster.map((entry, index) => ({
      value: `person:${index}`,
      label: `${entry.name} — ${SESSION_ROLES.find((role) => role.id === entry.role)?.title ?? entry.role}`,
    })),
    ...SESSION_ROLES.filter((role) => !roster.some((entry) => entry.role === role.id)).map((role) => ({
      value: `role:${role.id}`,
      label: `${role.title} (nobody seated)`,
    })),
  ];
  const control = select(options);
  return {
    control,
    speaker() {
      const [kind, rest] = control.value.split(":") as [string, string];
      if (kind === "person") {
        const entry = roster[Number(rest)];
        return entry ? { by: entry.role, actorName: entry.name } : {};
      }
      if (kind === "role") return { by: rest as RoleId };
      return {};
    },
  };
}
