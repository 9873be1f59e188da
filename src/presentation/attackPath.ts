import type { PlayerView } from "../engine/playerView";
import type { SimMinutes } from "../engine/time";

/** A node the path can name: its key and the words the evidence uses for it. */
export interface PathCandidate {
  key: string;
  names: string[];
}

/** One discovered fact on the attack path, in the order the attacker acted. */
export interface AttackStep {
  number: number;
  at: SimMinutes;
  text: string;
  /** Node keys the fact names, attacker addresses (`address:<ip>`) first, then nodes in the order the text names them. */
  keys: string[];
}

/** The attack as the team has uncovered it: steps from the case file and the hops between the nodes they name. */
export interface AttackPath {
  steps: AttackStep[];
  edges: { from: string; to: string; step: number }[];
  /** Outside addresses the evidence names, with the steps that name them. */
  addresses: { ip: string; steps: number[] }[];
}

const IPV4 = /(?<![\w.])(\d{1,3}(?:\.\d{1,3}){3})(?![\w]|\.\d)/g;

/**
 * Reads the attack path from the case file only (discovered facts, never the attacker script): each fact becomes a
 * step naming the nodes and outside addresses in its text, and consecutive names within a step become hops. Facts
 * carry no category, so a lead that turns out to be a decoy is on the path too, as it is on the team's whiteboard.
 */
export function attackPath(view: PlayerView, candidates: readonly PathCandidate[]): AttackPath {
  const facts = [...view.caseFile].sort((a, b) => a.at - b.at || a.discoveredAt - b.discoveredAt);
  const internal = new Set(view.instances.map((instance) => instance.ip));
  const steps: AttackStep[] = [];
  const edges: AttackPath["edges"] = [];
  const seenEdges = new Set<string>();
  const addresses = new Map<string, number[]>();
  facts.forEach((fact, index) => {
    const number = index + 1;
    const ips = [...new Set([...fact.text.matchAll(IPV4)].map((match) => match[1] as string))].filter(
      (ip) => isOutside(ip) && !internal.has(ip),
    );
    for (const ip of ips) addresses.set(ip, [...(addresses.get(ip) ?? []), number]);
    const named = candidates
      .map((candidate) => ({ key: candidate.key, at: firstMention(fact.text, candidate.names) }))
      .filter((hit) => hit.at >= 0)
      .sort((a, b) => a.at - b.at)
      .map((hit) => hit.key);
    const keys = [...ips.map((ip) => `address:${ip}`), ...named];
    steps.push({ number, at: fact.at, text: fact.text, keys });
    for (let hop = 1; hop < keys.length; hop += 1) {
      const from = keys[hop - 1] as string;
      const to = keys[hop] as string;
      const id = `${from}>${to}`;
      if (from === to || seenEdges.has(id)) continue;
      seenEdges.add(id);
      edges.push({ from, to, step: number });
    }
  });
  return { steps, edges, addresses: [...addresses].map(([ip, numbers]) => ({ ip, steps: numbers })) };
}

/** Where the text first names one of `names` as a whole word (not part of a longer id), or -1. */
function firstMention(text: string, names: readonly string[]): number {
  let first = -1;
  for (const name of names) {
    let from = 0;
    for (;;) {
      const at = text.indexOf(name, from);
      if (at < 0) break;
      const before = text[at - 1] ?? " ";
      const after = text[at + name.length] ?? " ";
      if (!/[\w-]/.test(before) && !/[\w-]/.test(after)) {
        if (first < 0 || at < first) first = at;
        break;
      }
      from = at + 1;
    }
  }
  return first;
}

// why: private, loopback, link-local (the metadata service) and unspecified addresses are the organisation's own.
function isOutside(ip: string): boolean {
  const [a = 0, b = 0] = ip.split(".").map(Number);
  if (ip.split(".").some((part) => Number(part) > 255)) return false;
  if (a === 10 || a === 127 || a === 0) return false;
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 169 && b === 254) return false;
  return true;
}
