import type { LogEntry } from "../../engine/log";
import type { ReportPrivateInject } from "../afterActionReport";
import type { ReportContext } from "../support/reportContext";

/** why: a word of five letters or more is specific enough to say a post passed the message on; these are not. */
const COMMON_WORDS = new Set([
  "about",
  "after",
  "again",
  "already",
  "before",
  "being",
  "could",
  "every",
  "first",
  "heard",
  "other",
  "please",
  "really",
  "should",
  "something",
  "still",
  "their",
  "there",
  "these",
  "think",
  "those",
  "today",
  "where",
  "which",
  "while",
  "would",
]);
/** Key words a team post must share with the private message to count as passing it on. */
const SHARED_WORDS = 2;

/**
 * Who knew what, when: for every private ("hot seat") inject delivered in the drill, the role (and the people in
 * it) who received it and when, and the first team post after it that passed it on to others on the team — a
 * message from a team member to team members that shares at least two of its key words — or that none did.
 */
export function buildPrivateInjects(context: ReportContext): ReportPrivateInject[] {
  const { scenario, log, meta } = context.input;
  const byId = new Map(scenario.injects.map((inject) => [inject.id, inject]));
  const result: ReportPrivateInject[] = [];
  for (const entry of log) {
    if (entry.type !== "inject.delivered") continue;
    const inject = byId.get(entry.inject);
    if (!inject?.addressedTo) continue;
    const role = inject.addressedTo;
    const roleTitle = context.roleTitle(role);
    const people =
      meta.mode === "facilitated"
        ? (meta.participants ?? []).filter((person) => person.role === role).map((person) => person.name)
        : [];
    const recipient = people.length > 0 ? `${people.join(", ")} (${roleTitle})` : `the ${roleTitle}`;
    const from = context.personName(inject.from);
    const item: ReportPrivateInject = {
      inject: inject.id,
      title: inject.subject ?? `Message from ${from}`,
      from,
      role,
      roleTitle,
      people,
      recipient,
      received: context.moment(entry.at),
      summary: "",
    };
    const passedOn = firstPassedOn(log, entry, keyWords(`${inject.subject ?? ""} ${inject.body}`), context);
    if (passedOn) {
      item.shared = passedOn;
      item.summary = `${from} told only ${recipient} (${item.received.when}); ${passedOn.by.map((actor) => actor.label).join(", ")} passed it on ${passedOn.where} ${passedOn.at.when}.`;
    } else {
      item.summary = `${from} told only ${recipient} (${item.received.when}); no team message passed it on to the rest of the team.`;
    }
    result.push(item);
  }
  return result;
}

function keyWords(text: string): Set<string> {
  return new Set(
    (text.toLowerCase().match(/[a-z][a-z'-]{4,}/g) ?? []).filter((word) => !COMMON_WORDS.has(word)),
  );
}

function firstPassedOn(
  log: readonly LogEntry[],
  delivered: LogEntry,
  words: ReadonlySet<string>,
  context: ReportContext,
): ReportPrivateInject["shared"] {
  for (const entry of log) {
    if (entry.seq <= delivered.seq || entry.type !== "message.sent" || entry.actor.kind !== "team") continue;
    // why: the engine counts as outsiders everyone off the response team when the message was sent.
    const insiders = entry.to.filter((person) => !entry.outsiders.includes(person));
    if (entry.channel !== "room" && entry.channel !== "call" && insiders.length === 0) continue;
    const said = keyWords(`${entry.subject ?? ""} ${entry.body}`);
    const shared = [...words].filter((word) => said.has(word)).length;
    if (shared < SHARED_WORDS) continue;
    const where =
      entry.channel === "room"
        ? "in the incident room"
        : entry.channel === "call"
          ? "on the bridge call"
          : `to ${insiders.map((id) => context.personName(id)).join(", ")}`;
    return {
      seq: entry.seq,
      at: context.moment(entry.at),
      by: context.actors(entry.seq),
      where,
      excerpt: entry.body.length <= 200 ? entry.body : `${entry.body.slice(0, 199)}…`,
    };
  }
  return undefined;
}
