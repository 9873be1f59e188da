/**
 * The one palette of node states, read by the map (fills, outlines), the node table (state chips) and the legend, so
 * a colour means the same thing everywhere. Colours are CSS hex strings; every `ink` reads at ≥ 4.5:1 on its `fill`.
 */
export const NODE_TONES = {
  compromised: { fill: "#b3261e", ink: "#ffffff", legend: "Compromised (evidence found)" },
  attacker: { fill: "#6e1212", ink: "#ffffff", legend: "Attacker address" },
  contained: { fill: "#7a5f00", ink: "#ffffff", legend: "Isolated / suspended / code path off" },
  secured: { fill: "#1f6f43", ink: "#ffffff", legend: "Revoked / rotated / purged / preserved / blocked" },
  down: { fill: "#4a4a4a", ink: "#ffffff", legend: "Shut down" },
  gone: { fill: "#000000", ink: "#ffffff", legend: "Terminated / destroyed" },
  evidence: { fill: "#2e7d32", ink: "#ffffff", legend: "Imaged (green outline)" },
  pending: { fill: "#f2c94c", ink: "#14202b", legend: "Under way (yellow outline)" },
  normal: { fill: "#22384d", ink: "#ffffff", legend: "No change" },
} as const;

export type NodeTone = keyof typeof NODE_TONES;

/** The map's attack-path line and the selection outline, which are not node states but share the legend. */
export const MAP_MARKS = {
  path: { colour: "#ff8a80", legend: "Attack path (#step numbers on nodes)" },
  selected: { colour: "#ffffff", legend: "Selected node" },
} as const;

/** Which tone fills a node on the map when it has several: what was done to it outranks what was found. */
export const FILL_ORDER: readonly NodeTone[] = [
  "gone",
  "down",
  "contained",
  "secured",
  "attacker",
  "compromised",
  "normal",
];

/** A colour as the number Phaser takes (`#b3261e` → 0xb3261e). */
export function toneNumber(colour: string): number {
  return Number.parseInt(colour.slice(1), 16);
}
