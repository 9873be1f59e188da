import type { LogActor, LogEntry } from "../../engine/log";
import type { RoleId } from "../../engine/organisation";
import { formatSimTime, type SimMinutes } from "../../engine/time";
import { wallClockAt } from "../../engine/wallClock";
import type { Moment, ReportActor, ReportInput } from "../afterActionReport";
import { idPattern, plainText, readableNames } from "./plainText";

/** Read-only lookups every section shares: log entries by seq, names of things, and who did what. */
export interface ReportContext {
  input: ReportInput;
  entry(seq: number): LogEntry | undefined;
  moment(at: SimMinutes): Moment;
  roleTitle(role: RoleId): string;
  personName(id: string): string;
  /** Who did the log entry, from its `actor` (and the roster or the input's keyboard name for the team). */
  actors(seq: number): ReportActor[];
  /** A generated sentence rewritten for people: names for ids, wall-clock times for exercise-clock times. */
  plain(text: string): string;
  /** Scenario text with its exercise-clock times (`T+32h`) on the wall clock; nothing else changes. */
  times(text: string): string;
  /** The readable name of an id (instance, person, credential, rule…), or the id itself. */
  name(id: string): string;
}

/** Builds the shared lookups over one report input. */
export function createReportContext(input: ReportInput): ReportContext {
  const bySeq = new Map<number, LogEntry>();
  for (const entry of input.log) bySeq.set(entry.seq, entry);
  const roles = new Map(input.scenario.organisation.roles.map((role) => [role.id, role.title]));
  const people = new Map(input.scenario.world.people.map((person) => [person.id, person]));
  const roleTitle = (role: RoleId) => roles.get(role) ?? role;
  const start = input.scenario.start;
  const moment = (at: SimMinutes): Moment => ({
    at,
    time: formatSimTime(at),
    when: start ? wallClockAt(start, at).text : formatSimTime(at),
  });
  const names = readableNames(input.scenario);
  const pattern = idPattern(names);

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

  const teamActors = (seq: number, actor: { role?: RoleId; name?: string }, kind: "team" | "facilitator") => {
    const index = inputIndexOf(seq);
    const source = index === undefined ? undefined : input.inputs[index];
    const role = actor.role ?? (typeof source?.by === "string" ? (source.by as RoleId) : undefined);
    const keyboard = actor.name ?? source?.actorName;
    const facilitated = input.meta.mode === "facilitated";
    const rostered =
      role === undefined || !facilitated
        ? []
        : (input.meta.participants ?? [])
            .filter((person) => person.role === role)
            .map((person) => person.name);
    const personNames = keyboard ? [keyboard] : rostered;
    const title = role === undefined ? undefined : roleTitle(role);
    const fallback = kind === "facilitator" ? "The facilitator" : facilitated ? "The team" : "The player";
    const build = (name?: string): ReportActor => {
      const label = name ? `${name}${title ? ` (${title})` : ""}` : title ? title : fallback;
      const actor: ReportActor = { kind, label };
      if (role !== undefined) actor.role = role;
      if (title !== undefined) actor.roleTitle = title;
      if (name !== undefined) actor.name = name;
      return actor;
    };
    return personNames.length === 0 ? [build()] : personNames.map(build);
  };

  const actorsOf = (seq: number, actor: LogActor): ReportActor[] => {
    switch (actor.kind) {
      case "team":
      case "facilitator":
        return teamActors(seq, actor, actor.kind);
      case "attacker":
        return [{ kind: "attacker", label: "The attacker" }];
      case "third-party": {
        const person = people.get(actor.party);
        const who = person
          ? `${person.name}${person.organisation ? `, ${person.organisation}` : person.title ? `, ${person.title}` : ""}`
          : actor.party;
        return [{ kind: "third-party", label: `${who} (${person?.internal ? "staff" : "third party"})` }];
      }
      case "world":
        return [{ kind: "world", label: "The scenario (clock and automation)" }];
    }
  };

  return {
    input,
    entry: (seq) => bySeq.get(seq),
    moment,
    roleTitle,
    personName: (id) => people.get(id)?.name ?? id,
    actors: (seq) => {
      const entry = bySeq.get(seq);
      return entry ? actorsOf(seq, entry.actor) : [];
    },
    plain: (text) => plainText(text, names, (at) => moment(at).when, pattern),
    times: (text) => plainText(text, new Map(), (at) => moment(at).when, /$^/g),
    name: (id) => names.get(id) ?? id,
  };
}
