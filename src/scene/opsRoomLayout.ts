import type { PlayerView } from "../engine/playerView";
import { formatClockTime } from "../engine/wallClock";
import type { AttackPath } from "../presentation/attackPath";
import { FILL_ORDER, NODE_TONES } from "../presentation/nodeTones";
import { type OpsNode, type OpsNodeKind, opsPicture } from "../presentation/opsNodes";
import { wrapLabel } from "./wrapLabel";

/** The map's fonts: monospace, so the layout knows how many characters fit without measuring. */
const FAMILY = "DejaVu Sans Mono, Menlo, Consolas, monospace";
/** Node label fonts, largest first; a crowded map takes the smaller one rather than cut names. */
export const NODE_FONTS = [
  { family: FAMILY, size: 11, line: 13, char: 6.8 },
  { family: FAMILY, size: 10, line: 12, char: 6.2 },
] as const;
export type NodeFont = (typeof NODE_FONTS)[number];
export const TITLE_FONT = { family: FAMILY, size: 12, line: 15, char: 7.5 };

type MapKind = Exclude<OpsNodeKind, "log-source">;

/** A node as the map draws it: where, which lines of text, and how it is painted. */
export interface MapNode {
  key: string;
  kind: MapKind;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Name lines, then (when there is room) a line of state words. */
  lines: string[];
  font: NodeFont;
  fill: string;
  ink: string;
  /** The team has evidence it is compromised: a red stripe on its left edge. */
  compromised: boolean;
  imaged: boolean;
  pending: boolean;
}

export interface MapZone {
  id: string;
  title: string[];
  x: number;
  y: number;
  width: number;
  height: number;
}

/** One hop of the attack path between two drawn nodes, numbered by its step. */
export interface MapEdge {
  from: string;
  to: string;
  step: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Everything the ops-room scene draws for one snapshot, in canvas pixels. */
export interface OpsRoomLayout {
  zones: MapZone[];
  nodes: MapNode[];
  edges: MapEdge[];
  clock: string;
  team: string;
}

export const STRIP = 26;
const MARGIN = 8;
const ZONE_GAP = 8;
const CELL_GAP = 6;
const PAD = 4;
const TITLE_PAD = 6;
const MIN_NODE_WIDTH = 84;
const ZONE_ORDER: Record<string, number> = { production: 0, corporate: 1, "third-party": 2, internet: 3 };

interface Mode {
  nameLines: number;
  states: boolean;
  font: NodeFont;
}

const MODES: readonly Mode[] = NODE_FONTS.flatMap((font) =>
  [3, 2, 1].flatMap((nameLines) => [
    { nameLines, states: true, font },
    { nameLines, states: false, font },
  ]),
);
const SMALL_FONT = 40;

// why: a node whose state words are left off says less than one whose name is cut; both cost more than width.
const MISSING_STATES = 150;
const CUT_NAME = 60;
const CUT_STATES = 20;

interface Group {
  id: string;
  name: string;
  nodes: OpsNode[];
}

interface Placed {
  score: number;
  penalty: number;
  zones: MapZone[];
  cells: { node: OpsNode; x: number; y: number; width: number; height: number; mode: Mode }[];
}

/**
 * Lays the view out on a width × height canvas: zones with nodes (log sources have none) in one to three shelves,
 * nodes in a grid inside their zone, never overlapping; the attack path joins the centres of the nodes it names.
 */
export function layoutOpsRoom(view: PlayerView, width: number, height: number): OpsRoomLayout {
  const { nodes, path } = opsPicture(view);
  const names = (ids: string[]) =>
    ids.map((id) => view.people.find((person) => person.id === id)?.name ?? id).join(", ") || "nobody";
  const call = view.team.call ? `Call: ${names(view.team.call.members)}` : "No call";
  const room = view.team.room ? `Room ${view.team.room.name}: ${names(view.team.room.members)}` : "No room";
  const strip = {
    clock: formatClockTime(view.scenario.start, view.now),
    team: `${view.team.codename ? `${view.team.codename} · ` : ""}${call} · ${room}`,
  };
  // why: a clock tick changes no node; the search for the best arrangement runs only when what is drawn changes.
  const key = JSON.stringify([nodes, path.edges, view.zones, width, height]);
  if (lastPlaced?.key === key) return { ...lastPlaced.geometry, ...strip };
  const geometry = arrange(view, nodes, path, width, height);
  lastPlaced = { key, geometry };
  return { ...geometry, ...strip };
}

let lastPlaced: { key: string; geometry: Pick<OpsRoomLayout, "zones" | "nodes" | "edges"> } | undefined;

function arrange(
  view: PlayerView,
  nodes: OpsNode[],
  path: AttackPath,
  width: number,
  height: number,
): Pick<OpsRoomLayout, "zones" | "nodes" | "edges"> {
  const groups = groupsOf(view, nodes);
  const area = { x: MARGIN, y: STRIP + 4, width: width - 2 * MARGIN, height: height - STRIP - 4 - MARGIN };
  let chosen: { score: number; penalty: number; run: () => Placed | undefined } | undefined;
  // why: the search only scores arrangements; the winner alone is built. The small font is tried only when the large
  // one cannot show every name and state.
  for (const font of NODE_FONTS) {
    if (chosen && chosen.penalty === 0) break;
    for (let shelves = 1; shelves <= Math.min(3, groups.length); shelves += 1) {
      for (const partition of partitions(groups, shelves)) {
        for (const shares of shelfShares(partition)) {
          for (const mode of MODES.filter((candidate) => candidate.font === font)) {
            const scored = place(partition, mode, area, shares, false);
            if (scored && (!chosen || scored.score > chosen.score))
              chosen = { ...scored, run: () => place(partition, mode, area, shares, true) };
          }
        }
      }
    }
  }
  const best = chosen?.run() ?? fallback(groups, area);
  const mapNodes = best.cells.map((cell) => mapNode(cell.node, cell, cell.mode));
  const centre = new Map(mapNodes.map((node) => [node.key, node]));
  const edges: MapEdge[] = [];
  for (const edge of path.edges) {
    const from = centre.get(edge.from);
    const to = centre.get(edge.to);
    if (!from || !to) continue;
    edges.push({ ...edge, ...clipped(from, to) });
  }
  return { zones: best.zones, nodes: mapNodes, edges };
}

function groupsOf(view: PlayerView, nodes: OpsNode[]): Group[] {
  const onMap = nodes.filter((node) => node.kind !== "log-source");
  const known = new Set(view.zones.map((zone) => zone.id));
  const groups: Group[] = [...view.zones]
    .sort((a, b) => (ZONE_ORDER[a.kind] ?? 9) - (ZONE_ORDER[b.kind] ?? 9))
    .map((zone) => ({ id: zone.id, name: zone.name, nodes: onMap.filter((node) => node.zone === zone.id) }));
  groups.push({ id: "", name: "Elsewhere", nodes: onMap.filter((node) => !known.has(node.zone)) });
  // why: an empty zone says nothing and costs a column; the internet zone appears once evidence names an address.
  return groups.filter((group) => group.nodes.length > 0);
}

/** Every way to cut the ordered groups into `count` consecutive shelves. */
function partitions(groups: Group[], count: number): Group[][][] {
  if (count === 1) return [[groups]];
  const result: Group[][][] = [];
  for (let cut = 1; cut <= groups.length - count + 1; cut += 1)
    for (const rest of partitions(groups.slice(cut), count - 1)) result.push([groups.slice(0, cut), ...rest]);
  return result;
}

/** Ways to share the height among shelves: evenly, by node count, and (for two) one third to two thirds. */
function shelfShares(shelves: Group[][]): number[][] {
  if (shelves.length === 1) return [[1]];
  const counts = shelves.map((shelf) => shelf.reduce((sum, group) => sum + group.nodes.length, 0));
  const total = counts.reduce((sum, count) => sum + count, 0) || 1;
  const roots = counts.map(Math.sqrt);
  const rootTotal = roots.reduce((sum, root) => sum + root, 0) || 1;
  const shares = [
    shelves.map(() => 1 / shelves.length),
    counts.map((count) => count / total),
    roots.map((root) => root / rootTotal),
    ...(shelves.length === 2
      ? [
          [0.35, 0.65],
          [0.65, 0.35],
        ]
      : []),
  ];
  return shares.filter((share) => share.every((part) => part >= 0.2));
}

function nodeHeight(mode: Mode): number {
  return (mode.nameLines + (mode.states ? 1 : 0)) * mode.font.line + 2 * PAD;
}

/** Scores one arrangement (undefined when it does not fit); with `build`, also places its zones and cells. */
function place(
  shelves: Group[][],
  mode: Mode,
  area: { x: number; y: number; width: number; height: number },
  shares: number[],
  build: boolean,
): Placed | undefined {
  const usable = area.height - (shelves.length - 1) * ZONE_GAP;
  let top = area.y;
  const cellHeight = nodeHeight(mode);
  const zones: MapZone[] = [];
  const cells: Placed["cells"] = [];
  let narrowest = Number.POSITIVE_INFINITY;
  let penalty = 0;
  for (const [index, shelf] of shelves.entries()) {
    const shelfHeight = Math.floor(usable * (shares[index] ?? 0));
    let titleLines = 1;
    let fitted: { columns: number[]; width: number; titles: string[][] } | undefined;
    for (let attempt = 0; attempt < 4; attempt += 1) {
      const titleHeight = titleLines * TITLE_FONT.line + 2 * TITLE_PAD;
      const rows = Math.floor((shelfHeight - titleHeight - PAD + CELL_GAP) / (cellHeight + CELL_GAP));
      if (rows < 1) return undefined;
      const columns = shelf.map((group) => Math.max(1, Math.ceil(group.nodes.length / rows)));
      const totalColumns = columns.reduce((sum, value) => sum + value, 0);
      const gaps =
        (shelf.length - 1) * ZONE_GAP + columns.reduce((sum, value) => sum + (value + 1) * CELL_GAP, 0);
      const cellWidth = Math.floor((area.width - gaps) / totalColumns);
      const titles = shelf.map((group, at) =>
        titleLines3(
          group.name,
          Math.floor(
            ((columns[at] ?? 1) * (cellWidth + CELL_GAP) + CELL_GAP - 2 * TITLE_PAD) / TITLE_FONT.char,
          ),
        ),
      );
      fitted = { columns, width: cellWidth, titles };
      const needed = Math.max(...titles.map((title) => title.length));
      if (needed <= titleLines) break;
      titleLines = needed;
    }
    if (!fitted || fitted.width < MIN_NODE_WIDTH) return undefined;
    narrowest = Math.min(narrowest, fitted.width);
    const perLine = charsPerLine(fitted.width, mode.font);
    for (const group of shelf)
      for (const node of group.nodes) {
        if (lineCount(nameText(node), perLine) > mode.nameLines) penalty += CUT_NAME;
        const words = stateText(node);
        if (words && !mode.states) penalty += MISSING_STATES;
        else if (words && words.length > perLine) penalty += CUT_STATES;
      }
    const titleHeight = titleLines * TITLE_FONT.line + 2 * TITLE_PAD;
    let x = area.x;
    for (const [at, group] of build ? shelf.entries() : []) {
      const columns = fitted.columns[at] ?? 1;
      const zoneWidth = columns * (fitted.width + CELL_GAP) + CELL_GAP;
      zones.push({
        id: group.id,
        title: fitted.titles[at] ?? [],
        x,
        y: top,
        width: zoneWidth,
        height: shelfHeight,
      });
      const rows = Math.ceil(group.nodes.length / columns);
      group.nodes.forEach((node, position) => {
        // why: column-major order keeps a zone's nodes reading downwards, as the table lists them.
        const column = Math.floor(position / rows);
        const row = position % rows;
        cells.push({
          node,
          mode,
          x: x + CELL_GAP + column * (fitted.width + CELL_GAP),
          y: top + titleHeight + row * (cellHeight + CELL_GAP),
          width: fitted.width,
          height: cellHeight,
        });
      });
      x += zoneWidth + ZONE_GAP;
    }
    top += shelfHeight + ZONE_GAP;
  }
  const small = mode.font === NODE_FONTS[0] ? 0 : SMALL_FONT;
  return {
    score: Math.min(narrowest, 170) / 2 - penalty - small - 30 * (shelves.length - 1),
    penalty,
    zones,
    cells,
  };
}

// why: a canvas too small for any mode still draws every node, one zone per shelf, as small as it must be.
function fallback(groups: Group[], area: { x: number; y: number; width: number; height: number }): Placed {
  const mode: Mode = { nameLines: 1, states: false, font: NODE_FONTS[1] };
  const shelfHeight = Math.max(1, (area.height - (groups.length - 1) * 2) / Math.max(1, groups.length));
  const zones: MapZone[] = [];
  const cells: Placed["cells"] = [];
  groups.forEach((group, index) => {
    const top = area.y + index * (shelfHeight + 2);
    zones.push({ id: group.id, title: [], x: area.x, y: top, width: area.width, height: shelfHeight });
    const count = Math.max(1, group.nodes.length);
    const cellWidth = Math.max(1, (area.width - (count + 1) * 2) / count);
    group.nodes.forEach((node, position) => {
      cells.push({
        node,
        mode,
        x: area.x + 2 + position * (cellWidth + 2),
        y: top + 2,
        width: cellWidth,
        height: Math.max(1, shelfHeight - 4),
      });
    });
  });
  return { score: 0, penalty: 0, zones, cells };
}

const lineCounts = new Map<string, number>();
const titleWraps = new Map<string, string[]>();
const stateTexts = new WeakMap<OpsNode, string>();

/** A zone's title in at most three lines of `perLine` characters (memoised like lineCount). */
function titleLines3(name: string, perLine: number): string[] {
  const key = `${perLine}\u0000${name}`;
  let lines = titleWraps.get(key);
  if (!lines) {
    lines = wrapLabel(name, perLine, 3);
    if (titleWraps.size > 5_000) titleWraps.clear();
    titleWraps.set(key, lines);
  }
  return lines;
}

/** How many lines a name wraps to at this many characters per line (memoised: the search asks again and again). */
function lineCount(text: string, perLine: number): number {
  const key = `${perLine}\u0000${text}`;
  let count = lineCounts.get(key);
  if (count === undefined) {
    count = wrapLabel(text, perLine, 9).length;
    if (lineCounts.size > 20_000) lineCounts.clear();
    lineCounts.set(key, count);
  }
  return count;
}

function charsPerLine(width: number, font: NodeFont): number {
  return Math.floor((width - 2 * PAD - 3) / font.char);
}

// why: zones and names say what a node is (ci-aws-deploy, db-primary); a kind prefix cost every name four characters.
function nameText(node: OpsNode): string {
  return node.short;
}

/** The node's state words for the map (attack-path steps first), or "" when nothing changed. */
function stateText(node: OpsNode): string {
  let text = stateTexts.get(node);
  if (text === undefined) {
    text = stateWords(node);
    stateTexts.set(node, text);
  }
  return text;
}

function stateWords(node: OpsNode): string {
  return [
    ...(node.steps.length > 0
      ? [`#${node.steps.slice(0, 3).join(",")}${node.steps.length > 3 ? "+" : ""}`]
      : []),
    ...node.states.filter((state) => state.tone !== "normal").map((state) => stateWord(state.text)),
  ].join(" · ");
}

function mapNode(
  node: OpsNode,
  cell: { x: number; y: number; width: number; height: number },
  mode: Mode,
): MapNode {
  const perLine = charsPerLine(cell.width, mode.font);
  const lines = wrapLabel(nameText(node), perLine, mode.nameLines);
  const words = stateText(node);
  if (mode.states && words) lines.push(...wrapLabel(words, perLine, 1));
  const tones = new Set(node.states.map((state) => state.tone));
  const fillTone = FILL_ORDER.find((tone) => tones.has(tone)) ?? "normal";
  return {
    key: node.key,
    kind: node.kind as MapKind,
    x: cell.x,
    y: cell.y,
    width: cell.width,
    height: cell.height,
    lines,
    font: mode.font,
    fill: NODE_TONES[fillTone].fill,
    ink: NODE_TONES[fillTone].ink,
    compromised: tones.has("compromised"),
    imaged: tones.has("evidence"),
    pending: tones.has("pending"),
  };
}

// why: the map has room for a word per state; the node table and the actions panel carry the whole sentence.
function stateWord(text: string): string {
  if (text.startsWith("under way")) return "under way";
  if (text.startsWith("compromised")) return "compromised";
  if (text === "seen in the evidence") return "seen";
  if (text === "appeared during the attack") return "new";
  return text;
}

/** The segment between two boxes' centres, cut at each box's edge so arrowheads land on the border. */
function clipped(from: MapNode, to: MapNode): { x1: number; y1: number; x2: number; y2: number } {
  const cx1 = from.x + from.width / 2;
  const cy1 = from.y + from.height / 2;
  const cx2 = to.x + to.width / 2;
  const cy2 = to.y + to.height / 2;
  const edge = (box: MapNode, dx: number, dy: number) => {
    const sx = dx === 0 ? Number.POSITIVE_INFINITY : box.width / 2 / Math.abs(dx);
    const sy = dy === 0 ? Number.POSITIVE_INFINITY : box.height / 2 / Math.abs(dy);
    return Math.min(sx, sy);
  };
  const dx = cx2 - cx1;
  const dy = cy2 - cy1;
  const start = edge(from, dx, dy);
  const end = edge(to, dx, dy);
  return { x1: cx1 + dx * start, y1: cy1 + dy * start, x2: cx2 - dx * end, y2: cy2 - dy * end };
}
