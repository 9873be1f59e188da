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

/** Lays the view out on a width × height canvas: zones as columns, nodes in a grid inside their zone. */
export function layoutOpsRoom(view: PlayerView, width: number, height: number): OpsRoomLayout {
  const entries = mapEntries(view);
  const zoneList = [...view.zones].sort((a, b) => (ZONE_ORDER[a.kind] ?? 9) - (ZONE_ORDER[b.kind] ?? 9));
  if (entries.some((entry) => !zoneList.some((zone) => zone.id === entry.zone))) {
    zoneList.push({ id: "", name: "Elsewhere", kind: "other" });
  }
  const columns = Math.max(1, zoneList.length);
  const zoneWidth = Math.max(80, (width - GAP * (columns + 1)) / columns);
  const zoneHeight = Math.max(80, height - HEADER - FOOTER - GAP);
  const zones: MapZone[] = [];
  const nodes: MapNode[] = [];
  zoneList.forEach((zone, index) => {
    const x = GAP + index * (zoneWidth + GAP);
    const y = HEADER;
    zones.push({ id: zone.id, name: zone.name, x, y, width: zoneWidth, height: zoneHeight });
    const members = entries.filter((entry) =>
      zone.id === "" ? !zoneList.some((z) => z.id !== "" && z.id === entry.zone) : entry.zone === zone.id,
    );
    const perRow = Math.max(1, Math.floor((zoneWidth - GAP) / 140));
    const nodeWidth = (zoneWidth - GAP * (perRow + 1)) / perRow;
    const rows = Math.ceil(members.length / perRow);
    const available = zoneHeight - 32 - GAP;
    const nodeHeight = Math.max(18, Math.min(NODE_HEIGHT, rows > 0 ? available / rows - 6 : NODE_HEIGHT));
    members.forEach((member, position) => {
      const column = position % perRow;
      const row = Math.floor(position / perRow);
      nodes.push({
        key: member.key,
        kind: member.kind,
        label: member.label,
        states: member.states,
        x: x + GAP + column * (nodeWidth + GAP),
        y: y + 32 + row * (nodeHeight + 6),
        width: nodeWidth,
        height: nodeHeight,
      });
    });
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
