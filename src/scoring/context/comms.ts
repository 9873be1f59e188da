import type { LogEntry, LogEntryOf } from "../../engine/log";
import type { RoleId } from "../../engine/organisation";
import type { Person } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";
import type { ScoringContext } from "./ScoringContext";

/** A message a player sent, with the role that sent it (from its action entry) when the log says. */
export type SentMessage = LogEntryOf<"message.sent"> & { by?: RoleId };

function actionEntryFor(ctx: ScoringContext, entry: LogEntry): LogEntry | undefined {
  if (entry.cause.kind !== "action") return undefined;
  const seq = entry.cause.entry;
  return ctx.log[seq]?.seq === seq ? ctx.log[seq] : ctx.log.find((candidate) => candidate.seq === seq);
}

/** The role behind a derived entry (message, statement): its own `by`, else the action entry that caused it. */
export function roleBehind(ctx: ScoringContext, entry: LogEntry): RoleId | undefined {
  if ("by" in entry && typeof entry.by === "string") return entry.by as RoleId;
  const action = actionEntryFor(ctx, entry);
  if (action && "by" in action && typeof action.by === "string") return action.by as RoleId;
  return undefined;
}

/** Every message players sent, in log order, with the sending role. */
export function sentMessages(ctx: ScoringContext): SentMessage[] {
  return ctx.entries("message.sent").map((entry) => {
    const by = roleBehind(ctx, entry);
    return by ? { ...entry, by } : entry;
  });
}

/** True when the person is outside the company (external, or an address outside the company domain). */
export function isExternal(ctx: ScoringContext, person: Person | undefined, id: string): boolean {
  if (!person) return !id.endsWith(`@${ctx.profile.emailDomain}`);
  if (!person.internal) return true;
  return (
    person.email !== undefined &&
    !person.email.toLowerCase().endsWith(`@${ctx.profile.emailDomain.toLowerCase()}`)
  );
}

/**
 * True when the role was delegated the task before `beforeSeq`: an `assign` to that role completed earlier
 * (how a solo player delegates internal comms, law enforcement or the statement).
 */
export function delegatedTo(ctx: ScoringContext, role: RoleId, beforeSeq: number): boolean {
  let first = firstAssignments.get(ctx);
  if (!first) {
    first = new Map();
    for (const entry of ctx.completed("assign"))
      if (!first.has(entry.action.role)) first.set(entry.action.role, entry.seq);
    firstAssignments.set(ctx, first);
  }
  return (first.get(role) ?? Number.POSITIVE_INFINITY) < beforeSeq;
}

const firstAssignments = new WeakMap<ScoringContext, Map<RoleId, number>>();

/** The first time each matching person was contacted: a `contact` action naming them, or a message to them. */
export function firstContacts(
  ctx: ScoringContext,
  matches: (person: Person) => boolean,
): Map<string, { at: SimMinutes; seq: number; by?: RoleId }> {
  const found = new Map<string, { at: SimMinutes; seq: number; by?: RoleId }>();
  const note = (id: string, at: SimMinutes, seq: number, by: RoleId | undefined) => {
    const person = ctx.person(id);
    if (!person || !matches(person) || found.has(id)) return;
    found.set(id, by ? { at, seq, by } : { at, seq });
  };
  const events: { at: SimMinutes; seq: number; people: string[]; by?: RoleId }[] = [
    ...ctx.completed("contact").map((entry) => ({
      at: entry.at,
      seq: entry.seq,
      people: [entry.action.party],
      ...(entry.by ? { by: entry.by } : {}),
    })),
    ...sentMessages(ctx).map((entry) => ({
      at: entry.at,
      seq: entry.seq,
      people: entry.to,
      ...(entry.by ? { by: entry.by } : {}),
    })),
  ].sort((a, b) => a.seq - b.seq);
  for (const event of events) for (const id of event.people) note(id, event.at, event.seq, event.by);
  return found;
}

/**
 * Messages that reach the company beyond the response team: posts in broad internal channels, or messages whose
 * outsiders include internal people (checklist S11 "Internal communication").
 */
export function internalAnnouncements(ctx: ScoringContext): SentMessage[] {
  return sentMessages(ctx).filter(
    (message) =>
      message.broad ||
      message.outsiders.some((id) => {
        return ctx.person(id)?.internal === true;
      }),
  );
}
