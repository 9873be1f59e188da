import { CONFIDENTIAL_KINDS, type PlayerAction } from "../actions";
import type { LogCause } from "../log";
import { emit } from "../world/emit";
import { evaluateCondition } from "../world/evaluateCondition";
import type { WorldState } from "../world/worldState";

type SendMessage = Extract<PlayerAction, { type: "send-message" }>;
type Contact = Extract<PlayerAction, { type: "contact" }>;

function unique(ids: string[]): string[] {
  return [...new Set(ids)];
}

/**
 * Sends a message: recipients are `to` or the channel's members; anyone off the response team is an outsider
 * and a broad channel reaches all its members, the outsiders among them logged as a `leak` (why: COMMS — no communication outside
 * the team until forensics); a compromised channel, room or call leaks to the attacker.
 */
export function sendMessage(world: WorldState, action: SendMessage, cause: LogCause): void {
  const { team } = world;
  const channel = world.scenario.world.channels.find((item) => item.id === action.channel);
  const members =
    action.channel === "room"
      ? (team.room?.members ?? [])
      : action.channel === "call"
        ? (team.call?.members ?? [])
        : (channel?.members ?? []);
  const channelKind =
    action.channel === "room" ? "chat" : action.channel === "call" ? "voice" : (channel?.kind ?? "chat");
  const broad = channel?.broad ?? false;
  const to = unique(action.to && action.to.length > 0 ? action.to : members);
  const outsiders = to.filter((person) => !team.members.includes(person));
  const via = emit(world, {
    type: "message.sent",
    at: world.now,
    cause,
    channel: action.channel,
    channelKind,
    to,
    ...(action.subject !== undefined ? { subject: action.subject } : {}),
    body: action.body,
    encrypted: action.encrypted === true,
    outsiders,
    broad,
  });
  // why: a broad channel with no listed members reaches people nobody can name; the channel stands for them.
  const reached = broad && members.length === 0 && outsiders.length === 0 ? [action.channel] : outsiders;
  if (reached.length > 0) {
    emit(world, { type: "leak", at: world.now, cause, to: reached, channel: action.channel, via });
  }
  const compromisedWhen =
    action.channel === "room"
      ? world.scenario.world.roomCompromisedWhen
      : action.channel === "call"
        ? world.scenario.world.callCompromisedWhen
        : channel?.compromisedWhen;
  if (compromisedWhen && evaluateCondition(compromisedWhen, world)) {
    emit(world, { type: "leak", at: world.now, cause, to: ["attacker"], channel: action.channel, via });
  }
}

/**
 * A contact that says something is a message on the channel it used (the party's first reachable channel when none
 * is named): one world for every verb, so an email by `contact` is an email and an outsider told is a leak.
 */
export function contactParty(world: WorldState, action: Contact, cause: LogCause): void {
  if (action.body === undefined || action.body.trim() === "") return;
  const person = world.scenario.world.people.find((item) => item.id === action.party);
  const channelKind = action.channel ?? person?.reachableBy[0] ?? "phone";
  const outsiders = world.team.members.includes(action.party) ? [] : [action.party];
  const via = emit(world, {
    type: "message.sent",
    at: world.now,
    cause,
    channel: channelKind,
    channelKind,
    to: [action.party],
    ...(action.subject !== undefined ? { subject: action.subject } : {}),
    body: action.body,
    encrypted: action.encrypted === true,
    outsiders,
    broad: false,
  });
  // why: reaching a party bound to confidence (law enforcement, the insurer…) is outreach, and answering a party
  // who raised the incident with us tells them nothing new; anyone else is told.
  const confidential = person?.contactKind !== undefined && CONFIDENTIAL_KINDS.includes(person.contactKind);
  const raisedIt = world.inbox.some(
    (item) => world.scenario.injects.find((inject) => inject.id === item.inject)?.from === action.party,
  );
  const told = confidential || raisedIt ? [] : outsiders;
  if (told.length > 0)
    emit(world, { type: "leak", at: world.now, cause, to: told, channel: channelKind, via });
}
