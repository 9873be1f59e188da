import type { LogEntry } from "../log";
import { sha256Hex } from "../sha256";

/** JSON with object keys sorted and undefined members dropped: the same value always gives the same text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "null";
  if (Array.isArray(value))
    return `[${value.map((item) => (item === undefined ? "null" : canonicalJson(item))).join(",")}]`;
  const keys = Object.keys(value)
    .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
    .sort();
  return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`).join(",")}}`;
}

/** SHA-256 hex of the log's canonical JSON: equal logs, equal hashes, in Node and in browsers. */
export function hashLog(log: readonly LogEntry[]): string {
  return sha256Hex(canonicalJson(log));
}
