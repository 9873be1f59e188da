import type { PlayerView } from "../engine/playerView";

export type OpsNodeKind =
  | "instance"
  | "autoscaling-group"
  | "service"
  | "data-store"
  | "credential"
  | "provider"
  | "log-source";

/** One selectable thing in the ops room, as the DOM node list shows it. */
export interface OpsNode {
  /** `<kind>:<id>`, unique across kinds. */
  key: string;
  kind: OpsNodeKind;
  id: string;
  name: string;
  zone: string;
  /** Human-readable states, e.g. ["compromised-known", "isolated", "imaged"]. */
  states: string[];
}

export const NODE_KIND_LABEL: Record<OpsNodeKind, string> = {
  instance: "Instance",
  "autoscaling-group": "Autoscaling group",
  service: "Service",
  "data-store": "Data store",
  credential: "Credential",
  provider: "Third party",
  "log-source": "Log source",
};

/** Every node of the view with its visible states, in zone then kind order. */
export function opsNodes(view: PlayerView): OpsNode[] {
  const nodes: OpsNode[] = [];
  for (const instance of view.instances) {
    const states: string[] = [instance.state === "shut-down" ? "shut down" : instance.state];
    if (instance.knownAffected) states.unshift("compromised-known");
    if (instance.isolated && instance.state !== "isolated") states.push("isolated");
    if (instance.imaged) states.push(instance.imagedOffsite ? "imaged off-site" : "imaged");
    nodes.push(node("instance", instance.id, instance.name, instance.zone, states));
  }
  for (const group of view.autoscalingGroups) {
    const member = view.instances.find((instance) => instance.autoscalingGroup === group.id);
    nodes.push(
      node("autoscaling-group", group.id, group.name, member?.zone ?? "", [
        group.suspended ? "suspended" : "active",
      ]),
    );
  }
  for (const service of view.services) {
    const disabled = service.codePaths.filter((path) => !path.enabled).map((path) => `${path.name} disabled`);
    nodes.push(
      node("service", service.id, service.name, service.zone, [
        service.running ? "running" : "shut down",
        ...disabled,
      ]),
    );
  }
  for (const store of view.dataStores) {
    nodes.push(node("data-store", store.id, store.name, store.zone, [store.kind]));
  }
  for (const credential of view.credentials) {
    const states: string[] = [credential.state];
    if (credential.knownCompromised) states.unshift("compromised-known");
    const zone = credentialZone(view, credential.storedOn);
    nodes.push(node("credential", credential.id, credential.name, zone, states));
  }
  for (const provider of view.providers) {
    nodes.push(
      node("provider", provider.id, provider.name, provider.zone, [provider.purged ? "purged" : "active"]),
    );
  }
  for (const source of view.logSources) {
    const states = [source.knownDestroyed ? "destroyed" : source.preserved ? "preserved" : "intact"];
    nodes.push(node("log-source", source.id, source.name, "", states));
  }
  return nodes;
}

function node(kind: OpsNodeKind, id: string, name: string, zone: string, states: string[]): OpsNode {
  return { key: `${kind}:${id}`, kind, id, name, zone, states };
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
