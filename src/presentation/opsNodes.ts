import { ACTION_CATALOG, actionTarget, type PlayerAction } from "../engine/actions";
import type { PlayerView } from "../engine/playerView";
import { formatClockTime } from "../engine/wallClock";
import { type AttackPath, attackPath, type PathCandidate } from "./attackPath";
import type { NodeTone } from "./nodeTones";

export type OpsNodeKind =
  | "instance"
  | "autoscaling-group"
  | "service"
  | "data-store"
  | "credential"
  | "provider"
  | "log-source"
  | "address";

/** One state of a node in words and the tone it is painted in (map fill, table chip, legend). */
export interface NodeState {
  text: string;
  tone: NodeTone;
}

/** One selectable thing in the ops room, as the map draws it and the node table lists it. */
export interface OpsNode {
  /** `<kind>:<id>`, unique across kinds. */
  key: string;
  kind: OpsNodeKind;
  id: string;
  name: string;
  /** The name without its parenthesised explanation, for the map. */
  short: string;
  /** Zone id; empty when the node has no place on the map's zones (log sources). */
  zone: string;
  /** What it is beyond its kind (a data store's kind, an instance's IP). */
  detail?: string;
  /** States in reading order: what was found, what was done, evidence taken, what is under way. */
  states: NodeState[];
  /** Attack-path step numbers that name this node. */
  steps: number[];
}

/** Everything the map and the node table show: the nodes and the attack path as uncovered. */
export interface OpsPicture {
  nodes: OpsNode[];
  path: AttackPath;
}

export const NODE_KIND_LABEL: Record<OpsNodeKind, string> = {
  instance: "Instance",
  "autoscaling-group": "Autoscaling group",
  service: "Service",
  "data-store": "Data store",
  credential: "Credential",
  provider: "Third party",
  "log-source": "Log source",
  address: "Attacker address",
};

const COMPROMISED: NodeState = { text: "compromised (known)", tone: "compromised" };

// why: the node table, the actions panel, the attack-path list and the map all ask for the same view's picture on
// every tick; views are immutable snapshots, so one derivation per view serves them all.
const pictures = new WeakMap<PlayerView, OpsPicture>();

/** The nodes of a player view with their states, and the attack path read from the case file (no hidden state). */
export function opsPicture(view: PlayerView): OpsPicture {
  const known = pictures.get(view);
  if (known) return known;
  const picture = derivePicture(view);
  pictures.set(view, picture);
  return picture;
}

function derivePicture(view: PlayerView): OpsPicture {
  const nodes: OpsNode[] = [];
  const add = (
    kind: OpsNodeKind,
    id: string,
    name: string,
    zone: string,
    states: NodeState[],
    detail?: string,
  ) => {
    nodes.push({
      key: `${kind}:${id}`,
      kind,
      id,
      name,
      short: shortLabel(name),
      zone,
      ...(detail ? { detail } : {}),
      states,
      steps: [],
    });
  };
  for (const instance of view.instances) {
    const states: NodeState[] = [];
    if (instance.knownAffected) states.push(COMPROMISED);
    if (instance.attackerMade) states.push({ text: "appeared during the attack", tone: "compromised" });
    if (instance.state === "terminated") states.push({ text: "terminated", tone: "gone" });
    else if (instance.state === "shut-down") states.push({ text: "shut down", tone: "down" });
    if (instance.isolated || instance.state === "isolated")
      states.push({ text: "isolated", tone: "contained" });
    if (instance.state === "running" && !instance.isolated) states.push({ text: "running", tone: "normal" });
    if (instance.imaged)
      states.push({ text: instance.imagedOffsite ? "imaged off-site" : "imaged", tone: "evidence" });
    add("instance", instance.id, instance.name, instance.zone, states, instance.ip);
  }
  for (const group of view.autoscalingGroups) {
    const member = view.instances.find((instance) => instance.autoscalingGroup === group.id);
    add("autoscaling-group", group.id, group.name, member?.zone ?? "", [
      group.suspended ? { text: "suspended", tone: "contained" } : { text: "active", tone: "normal" },
    ]);
  }
  for (const service of view.services) {
    const states: NodeState[] = [
      service.running ? { text: "running", tone: "normal" } : { text: "shut down", tone: "down" },
    ];
    for (const path of service.codePaths)
      if (!path.enabled) states.push({ text: `${path.name} disabled`, tone: "contained" });
    add("service", service.id, service.name, service.zone, states);
  }
  for (const store of view.dataStores) add("data-store", store.id, store.name, store.zone, [], store.kind);
  for (const credential of view.credentials) {
    const states: NodeState[] = credential.knownCompromised ? [COMPROMISED] : [];
    states.push(
      credential.state === "active"
        ? { text: "active", tone: "normal" }
        : { text: credential.state, tone: "secured" },
    );
    add("credential", credential.id, credential.name, credentialZone(view, credential.storedOn), states);
  }
  for (const provider of view.providers) {
    add("provider", provider.id, provider.name, provider.zone, [
      provider.purged ? { text: "accounts purged", tone: "secured" } : { text: "active", tone: "normal" },
    ]);
  }
  for (const source of view.logSources) {
    add("log-source", source.id, source.name, "", [
      source.knownDestroyed
        ? { text: "destroyed", tone: "gone" }
        : source.preserved
          ? { text: "preserved", tone: "secured" }
          : { text: "intact", tone: "normal" },
    ]);
  }
  const path = attackPath(view, nodes.filter((node) => node.kind !== "log-source").map(candidateOf));
  const internet = view.zones.find((zone) => zone.kind === "internet")?.id ?? "";
  const blocked = new Set(
    view.activity
      .filter((item) => item.kind === "action")
      .map((item) => item.text)
      .filter((text) => text.startsWith(`${ACTION_CATALOG.get("block-ip")?.label}: `))
      .map((text) => text.slice(text.indexOf(": ") + 2)),
  );
  for (const address of path.addresses) {
    add("address", address.ip, address.ip, internet, [
      { text: "seen in the evidence", tone: "attacker" },
      ...(blocked.has(address.ip) ? [{ text: "blocked", tone: "secured" as const }] : []),
    ]);
  }
  const byKey = new Map(nodes.map((node) => [node.key, node]));
  for (const step of path.steps)
    for (const key of new Set(step.keys)) byKey.get(key)?.steps.push(step.number);
  for (const pending of view.pending) {
    const node = byKey.get(pendingTarget(view, pending.action) ?? "");
    const label = ACTION_CATALOG.get(pending.action.type)?.label ?? pending.action.type;
    node?.states.push({
      text: `under way: ${label} (done ${formatClockTime(view.scenario.start, pending.completesAt)})`,
      tone: "pending",
    });
  }
  return { nodes, path };
}

/** The nodes of a player view with their visible states (see opsPicture). */
export function opsNodes(view: PlayerView): OpsNode[] {
  return opsPicture(view).nodes;
}

/** The short name of a node for the map: the part before any parenthesised explanation. */
export function shortLabel(label: string): string {
  const cut = label.indexOf(" (");
  return cut > 0 ? label.slice(0, cut) : label;
}

/** The node an action works on, as a node key, or undefined for actions without one (comms, team). */
export function pendingTarget(view: PlayerView, action: PlayerAction): string | undefined {
  switch (action.type) {
    case "disable-code-path": {
      const service = view.services.find((item) =>
        item.codePaths.some((path) => path.id === action.codePath),
      );
      return service ? `service:${service.id}` : undefined;
    }
    case "block-ip":
      return `address:${action.ip}`;
    case "shutdown-service":
      return `service:${action.service}`;
    case "suspend-autoscaling":
    case "cycle-autoscaling-group":
      return `autoscaling-group:${action.group}`;
    case "purge-provider-accounts":
      return `provider:${action.provider}`;
    case "rotate-credential":
    case "revoke-credential":
    case "rotate-overlapping":
    case "deny-old-credentials":
    case "remove-from-group":
      return `credential:${action.credential}`;
    case "preserve-logs":
    case "investigate":
      return `log-source:${action.logSource}`;
    default:
      return "instance" in action ? `instance:${actionTarget(action)}` : undefined;
  }
}

function candidateOf(node: OpsNode): PathCandidate {
  // why: bare words such as "api" or "slack" would match ordinary prose; ids are used when they look like ids.
  const names = [node.short, ...(/[-\d]/.test(node.id) ? [node.id] : [])];
  if (node.kind === "instance" && node.detail) names.push(node.detail);
  return { key: node.key, names: [...new Set(names)].filter((name) => name.length >= 3) };
}

function credentialZone(view: PlayerView, storedOn: string[]): string {
  for (const holder of storedOn) {
    const zone =
      view.instances.find((candidate) => candidate.id === holder)?.zone ??
      view.providers.find((candidate) => candidate.id === holder)?.zone ??
      view.dataStores.find((candidate) => candidate.id === holder)?.zone;
    if (zone) return zone;
  }
  return "";
}
