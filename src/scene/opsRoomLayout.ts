import type { PlayerView } from "../engine/playerView";
import { formatSimTime } from "../engine/time";

export type MapNodeKind =
  | "instance"
  | "autoscaling-group"
  | "service"
  | "data-store"
  | "credential"
  | "provider";

/** A node as the map draws it: where, what, and which live states to paint. */
export interface MapNode {
  key: string;
  kind: MapNodeKind;
  label: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Painted states, most severe first: compromised-known, terminated, shut down, isolated, imaged, … */
  states: string[];
}

export interface MapZone {
  id: string;
  name: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Everything the ops-room scene draws for one snapshot, in canvas pixels. */
export interface OpsRoomLayout {
  zones: MapZone[];
  nodes: MapNode[];
  clock: string;
  team: string;
  /** The latest detected attacker activity, newest first. */
  detected: string[];
}

const ZONE_ORDER: Record<string, number> = { production: 0, corporate: 1, "third-party": 2, internet: 3 };
const HEADER = 56;
const FOOTER = 64;
const GAP = 12;
const NODE_HEIGHT = 40;
const MIN_NODE_HEIGHT = 18;
const ROW_GAP = 6;
const ZONE_TITLE = 32;

/** Lays the view out on a width × height canvas: zones as columns sized by their node count, nodes in a grid. */
export function layoutOpsRoom(view: PlayerView, width: number, height: number): OpsRoomLayout {
  const entries = mapEntries(view);
  const zoneList = [...view.zones].sort((a, b) => (ZONE_ORDER[a.kind] ?? 9) - (ZONE_ORDER[b.kind] ?? 9));
  const known = new Set(zoneList.map((zone) => zone.id));
  if (entries.some((entry) => !known.has(entry.zone)))
    zoneList.push({ id: "", name: "Elsewhere", kind: "other" });
  const membersOf = (zoneId: string) =>
    entries.filter((entry) => (zoneId === "" ? !known.has(entry.zone) : entry.zone === zoneId));
  const counts = zoneList.map((zone) => membersOf(zone.id).length);
  const columns = Math.max(1, zoneList.length);
  const usable = Math.max(columns * 60, width - GAP * (columns + 1));
  const minimum = Math.min(110, usable / columns);
  const spare = usable - minimum * columns;
  const totalWeight = counts.reduce((sum, count) => sum + Math.sqrt(count), 0) || 1;
  const zoneHeight = Math.max(80, height - HEADER - FOOTER - GAP);
  const zones: MapZone[] = [];
  const nodes: MapNode[] = [];
  let x = GAP;
  zoneList.forEach((zone, index) => {
    const zoneWidth = minimum + (spare * Math.sqrt(counts[index] ?? 0)) / totalWeight;
    zones.push({ id: zone.id, name: zone.name, x, y: HEADER, width: zoneWidth, height: zoneHeight });
    const members = membersOf(zone.id);
    const available = zoneHeight - ZONE_TITLE - GAP;
    const maxRows = Math.max(1, Math.floor((available + ROW_GAP) / (MIN_NODE_HEIGHT + ROW_GAP)));
    const perRow = Math.max(1, Math.floor((zoneWidth - GAP) / 150), Math.ceil(members.length / maxRows));
    const nodeWidth = Math.max(24, (zoneWidth - GAP * (perRow + 1)) / perRow);
    const rows = Math.max(1, Math.ceil(members.length / perRow));
    const nodeHeight = Math.max(
      MIN_NODE_HEIGHT,
      Math.min(NODE_HEIGHT, (available + ROW_GAP) / rows - ROW_GAP),
    );
    members.forEach((member, position) => {
      nodes.push({
        key: member.key,
        kind: member.kind,
        label: member.label,
        states: member.states,
        x: x + GAP + (position % perRow) * (nodeWidth + GAP),
        y: HEADER + ZONE_TITLE + Math.floor(position / perRow) * (nodeHeight + ROW_GAP),
        width: nodeWidth,
        height: nodeHeight,
      });
    });
    x += zoneWidth + GAP;
  });
  const names = (ids: string[]) =>
    ids.map((id) => view.people.find((p) => p.id === id)?.name ?? id).join(", ") || "nobody";
  const call = view.team.call ? `Call: ${names(view.team.call.members)}` : "No call";
  const room = view.team.room ? `Room ${view.team.room.name}: ${names(view.team.room.members)}` : "No room";
  return {
    zones,
    nodes,
    clock: formatSimTime(view.now),
    team: `${view.team.codename ? `${view.team.codename} · ` : ""}${call} · ${room}`,
    detected: view.activity
      .filter((item) => item.kind === "attacker")
      .slice(-3)
      .reverse()
      .map((item) => `${formatSimTime(item.at)} ${item.text}`),
  };
}

/** The short name of a node for the map: the part before any parenthesised explanation. */
export function shortLabel(label: string): string {
  const cut = label.indexOf(" (");
  return cut > 0 ? label.slice(0, cut) : label;
}

/** Truncates text to fit `width` pixels at roughly `charWidth` pixels per character. */
export function fitText(text: string, width: number, charWidth: number): string {
  const max = Math.max(1, Math.floor(width / charWidth));
  return text.length <= max ? text : `${text.slice(0, Math.max(1, max - 1))}…`;
}

interface Entry {
  key: string;
  kind: MapNodeKind;
  label: string;
  zone: string;
  states: string[];
}

function mapEntries(view: PlayerView): Entry[] {
  const entries: Entry[] = [];
  for (const instance of view.instances) {
    const states: string[] = [];
    if (instance.knownAffected) states.push("compromised-known");
    if (instance.state === "terminated") states.push("terminated");
    if (instance.state === "shut-down") states.push("shut down");
    if (instance.isolated || instance.state === "isolated") states.push("isolated");
    if (instance.imaged) states.push("imaged");
    entries.push({
      key: `instance:${instance.id}`,
      kind: "instance",
      label: instance.name,
      zone: instance.zone,
      states,
    });
  }
  for (const group of view.autoscalingGroups) {
    const zone = view.instances.find((instance) => instance.autoscalingGroup === group.id)?.zone ?? "";
    entries.push({
      key: `autoscaling-group:${group.id}`,
      kind: "autoscaling-group",
      label: group.name,
      zone,
      states: group.suspended ? ["suspended"] : [],
    });
  }
  for (const service of view.services) {
    const states = service.running ? [] : ["shut down"];
    if (service.codePaths.some((path) => !path.enabled)) states.push("code path off");
    entries.push({
      key: `service:${service.id}`,
      kind: "service",
      label: service.name,
      zone: service.zone,
      states,
    });
  }
  for (const store of view.dataStores) {
    entries.push({
      key: `data-store:${store.id}`,
      kind: "data-store",
      label: store.name,
      zone: store.zone,
      states: [],
    });
  }
  for (const credential of view.credentials) {
    const zone =
      credential.storedOn
        .map(
          (holder) =>
            view.instances.find((i) => i.id === holder)?.zone ??
            view.providers.find((p) => p.id === holder)?.zone ??
            view.dataStores.find((d) => d.id === holder)?.zone,
        )
        .find(Boolean) ?? "";
    const states: string[] = [];
    if (credential.knownCompromised) states.push("compromised-known");
    if (credential.state !== "active") states.push(credential.state);
    entries.push({
      key: `credential:${credential.id}`,
      kind: "credential",
      label: credential.name,
      zone,
      states,
    });
  }
  for (const provider of view.providers) {
    entries.push({
      key: `provider:${provider.id}`,
      kind: "provider",
      label: provider.name,
      zone: provider.zone,
      states: provider.purged ? ["purged"] : [],
    });
  }
  return entries;
}
