import { revealingMatches } from "./revealingWords";

const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/;
/** Secret-looking strings: cloud access-key ids and long hex or base64 runs. */
const SECRET = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b|\b[0-9a-f]{32,}\b|\b[A-Za-z0-9+/]{40,}={0,2}/;

/** What makes a note too detailed for internal communication, from the scenario's own names. */
export interface DetailNames {
  /** Credential ids and names (keys, passwords, tokens). */
  keys: readonly string[];
  /** Names of customers (organisations of customer contacts). */
  customers: readonly string[];
}

/**
 * The kinds of excess detail in an internal note: IPv4 addresses, key ids or names, secret-looking strings,
 * customer names. Empty when the note is an overview.
 */
export function excessDetailIn(text: string, names: DetailNames): string[] {
  const found: string[] = [];
  const ip = text.match(IPV4);
  if (ip) found.push(`IP address ${ip[0]}`);
  const secret = text.match(SECRET);
  if (secret) found.push("a secret-looking string");
  for (const match of revealingMatches(text, [], names.keys)) found.push(`key ${match.word}`);
  for (const match of revealingMatches(text, [], names.customers)) found.push(`customer ${match.word}`);
  return found;
}
