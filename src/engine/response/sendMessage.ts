import type { PlayerAction } from "../actions";
import type { LogCause } from "../log";
import { emit } from "../world/emit";
import { evaluateCondition } from "../world/evaluateCondition";
import type { WorldState } from "../world/worldState";

type SendMessage = Extract<PlayerAction, { type: "send-message" }>;

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
