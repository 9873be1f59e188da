import type { LogEntry } from "../../engine/log";
import type { RoleId } from "../../engine/organisation";
import { formatSimTime, type SimMinutes } from "../../engine/time";
import type { Moment, ReportActor, ReportInput } from "../afterActionReport";

/** Read-only lookups every section shares: log entries by seq, names of things, and who did what. */
export interface ReportContext {
  input: ReportInput;
  entry(seq: number): LogEntry | undefined;
  moment(at: SimMinutes): Moment;
  roleTitle(role: RoleId): string;
  personName(id: string): string;
  /** Who caused the log entry (facilitated runs only; empty for solo drills). */
  actors(seq: number): ReportActor[];
}

function roleOf(entry: LogEntry | undefined): string | undefined {
  if (!entry || entry.type === "foothold.closed" || !("by" in entry)) return undefined;
  return entry.by;
}

/** Builds the shared lookups over one report input. */
export function createReportContext(input: ReportInput): ReportContext {
  const bySeq = new Map<number, LogEntry>();
  for (const entry of input.log) bySeq.set(entry.seq, entry);
  const roles = new Map(input.scenario.organisation.roles.map((role) => [role.id, role.title]));
  const people = new Map(input.scenario.world.people.map((person) => [person.id, person.name]));
  const roleTitle = (role: RoleId) => roles.get(role) ?? role;

  const inputIndexOf = (seq: number): number | undefined => {
    let current = bySeq.get(seq);
    for (let hops = 0; current && hops < 8; hops++) {
      if (current.cause.kind === "input") return current.cause.input;
      const next: number | undefined =
        current.type === "action.completed"
          ? current.acceptedSeq
          : current.cause.kind === "action"
            ? current.cause.entry
            : undefined;
      if (next === undefined || next === current.seq) return undefined;
      current = bySeq.get(next);
    }
    return undefined;
  };

  const actors = (seq: number): ReportActor[] => {
    if (input.meta.mode !== "facilitated") return [];
    const entry = bySeq.get(seq);
    const index = inputIndexOf(seq);
    const source = index === undefined ? undefined : input.inputs[index];
    const role = roleOf(entry) ?? source?.by;
    if (typeof role !== "string") return [];
    const roleId = role as RoleId;
    const names = source?.actorName
      ? [source.actorName]
      : (input.meta.participants ?? [])
          .filter((person) => person.role === roleId)
          .map((person) => person.name);
    if (names.length === 0) return [{ role: roleId, roleTitle: roleTitle(roleId) }];
    return names.map((name) => ({ role: roleId, roleTitle: roleTitle(roleId), name }));
  };

  return {
    input,
    entry: (seq) => bySeq.get(seq),
    moment: (at) => ({ at, time: formatSimTime(at) }),
    roleTitle,
    personName: (id) => people.get(id) ?? id,
    actors,
  };
}
