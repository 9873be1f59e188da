import { isTeamDisplayView } from "../display/isTeamDisplayView";
import type { TeamDisplayView } from "../display/teamDisplayView";

/** A session's channel: its id, and the secret both windows got in their address from the console. */
export interface SyncChannel {
  session: string;
  key: string;
}

/**
 * Everything that crosses the console ↔ display channel, each carrying the session's key. The display only ever
 * says hello and goodbye (naming itself); the console only ever sends the team display view.
 */
export type SyncMessage =
  | { type: "display.hello"; session: string; key: string; display: string }
  | { type: "display.view"; session: string; key: string; view: TeamDisplayView }
  | { type: "display.closed"; session: string; key: string; display: string };

const SESSION_KEY = /^[0-9a-f]{32}$/;

/** Whether a value is a well-formed session key (it travels in both windows' addresses). */
export function isSessionKey(value: unknown): value is string {
  return typeof value === "string" && SESSION_KEY.test(value);
}

/** A fresh session key from 16 random bytes (shells pass crypto.getRandomValues output). */
export function sessionKeyFrom(bytes: Uint8Array): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * The BroadcastChannel name of a session. why: the name holds the key, so a page of the same origin that lacks
 * the key can neither hear the console nor speak to it (channel names cannot be listed); every message's key is
 * checked as well.
 */
export function syncChannelName(channel: SyncChannel): string {
  return `hotwash-facilitator.${channel.session}.${channel.key}`;
}

/** The sync message in `value` if it is a well-formed one of this channel (right session and key), else undefined. */
export function readSyncMessage(value: unknown, channel: SyncChannel): SyncMessage | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const message = value as Record<string, unknown>;
  if (message.session !== channel.session || message.key !== channel.key) return undefined;
  switch (message.type) {
    case "display.hello":
    case "display.closed":
      return isDisplayId(message.display) ? (message as SyncMessage) : undefined;
    case "display.view":
      return isTeamDisplayView(message.view) ? (message as SyncMessage) : undefined;
    default:
      return undefined;
  }
}

function isDisplayId(value: unknown): value is string {
  return typeof value === "string" && value.length > 0 && value.length <= 64;
}
