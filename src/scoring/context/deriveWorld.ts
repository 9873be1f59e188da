import type { PlayerAction } from "../../engine/actions";
import type { CredentialStateName, InstanceStateName } from "../../engine/condition";
import type { LogEntry, LogEntryOf } from "../../engine/log";
import type { ScenarioDefinition } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";

/** A disk image as the log shows it. */
export interface ImageRecord {
  instance: string;
  disk: string;
  readOnly: boolean;
  offsite: boolean;
  seq: number;
  at: SimMinutes;
}

/** The world as scoring reconstructs it from the log at one moment; `witness` maps "kind:id" to the deciding seq. */
export interface DerivedWorld {
  at: SimMinutes;
  instances: Map<string, { state: InstanceStateName; isolated: boolean }>;
  images: ImageRecord[];
  credentials: Map<string, CredentialStateName>;
  codePaths: Map<string, "enabled" | "disabled">;
  services: Map<string, "running" | "shut-down">;
  providers: Map<string, "purged" | "untouched">;
  groups: Map<string, "active" | "suspended">;
  logSources: Map<string, "intact" | "preserved" | "destroyed">;
  footholds: Map<string, "open" | "closed">;
  facts: Map<string, "hidden" | "discovered" | "lost">;
  flags: Set<string>;
  stepsDone: Set<string>;
  stepsSkipped: Set<string>;
  injectsDelivered: Set<string>;
  team: Set<string>;
  leaks: LogEntryOf<"leak">[];
  completed: LogEntryOf<"action.completed">[];
  witness: Map<string, number>;
}

/** The scenario's world before any log entry. */
export function initialWorld(scenario: ScenarioDefinition): DerivedWorld {
  const { world } = scenario;
  return {
    at: Number.NEGATIVE_INFINITY,
    instances: new Map(world.instances.map((i) => [i.id, { state: "running", isolated: false }])),
    images: [],
    credentials: new Map(world.credentials.map((c) => [c.id, "active"])),
    codePaths: new Map(world.services.flatMap((s) => s.codePaths.map((p) => [p.id, "enabled"] as const))),
    services: new Map(world.services.map((s) => [s.id, "running"])),
    providers: new Map(world.providers.map((p) => [p.id, "untouched"])),
    groups: new Map(world.autoscalingGroups.map((g) => [g.id, "active"])),
    logSources: new Map(world.logSources.map((l) => [l.id, "intact"])),
    footholds: new Map(world.footholds.map((f) => [f.id, f.openAtStart ? "open" : "closed"])),
    facts: new Map(scenario.facts.map((f) => [f.id, "hidden"])),
    flags: new Set(),
    stepsDone: new Set(),
    stepsSkipped: new Set(),
    injectsDelivered: new Set(),
    team: new Set(),
    leaks: [],
    completed: [],
    witness: new Map(),
  };
}

function setInstance(world: DerivedWorld, id: string, state: InstanceStateName, seq: number): void {
  const current = world.instances.get(id) ?? { state: "running", isolated: false };
  if (current.state === "terminated") return;
  world.instances.set(id, {
    state: state === "isolated" && current.state === "shut-down" ? "shut-down" : state,
    isolated: current.isolated || state === "isolated",
  });
  world.witness.set(`instance:${id}:${state}`, seq);
  world.witness.set(`instance:${id}`, seq);
}

function shutdownOrReplace(world: DerivedWorld, scenario: ScenarioDefinition, id: string, seq: number): void {
  const instance = scenario.world.instances.find((candidate) => candidate.id === id);
  const group = scenario.world.autoscalingGroups.find((g) => g.id === instance?.autoscalingGroup);
  // why: a shut-down member of a group with active health replacement is terminated by the group (S1 "do not delete").
  const replaced = group?.healthReplacement === true && world.groups.get(group.id) !== "suspended";
  setInstance(world, id, replaced ? "terminated" : "shut-down", seq);
}

function applyAction(
  world: DerivedWorld,
  scenario: ScenarioDefinition,
  action: PlayerAction,
  seq: number,
  at: SimMinutes,
): void {
  const mark = (key: string) => world.witness.set(key, seq);
  switch (action.type) {
    case "shutdown-instance":
      shutdownOrReplace(world, scenario, action.instance, seq);
      return;
    case "terminate-instance":
      setInstance(world, action.instance, "terminated", seq);
      return;
    case "isolate-instance":
      setInstance(world, action.instance, "isolated", seq);
      return;
    case "cycle-autoscaling-group":
      for (const instance of scenario.world.instances)
        if (instance.autoscalingGroup === action.group) setInstance(world, instance.id, "terminated", seq);
      return;
    case "image-disk": {
      if (world.instances.get(action.instance)?.state === "terminated") return;
      // why: an image without a named disk is of every disk of the instance, as the engine takes it (S4).
      const disks =
        action.disk !== undefined
          ? [action.disk]
          : (scenario.world.instances.find((i) => i.id === action.instance)?.disks ?? []);
      for (const disk of disks.length > 0 ? disks : ["root"])
        world.images.push({
          instance: action.instance,
          disk,
          // why: the catalog's image is "read-only, shipped to off-site cold storage" unless the player opts out.
          readOnly: action.readOnly !== false,
          offsite: action.offsite !== false,
          seq,
          at,
        });
      mark(`imaged:${action.instance}`);
      return;
    }
    case "rotate-credential":
      if (world.credentials.get(action.credential) !== "revoked")
        world.credentials.set(action.credential, "rotated");
      mark(`credential:${action.credential}`);
      return;
    case "revoke-credential":
      world.credentials.set(action.credential, "revoked");
      mark(`credential:${action.credential}`);
      return;
    case "disable-code-path":
      world.codePaths.set(action.codePath, "disabled");
      mark(`code-path:${action.codePath}`);
      return;
    case "shutdown-service":
      world.services.set(action.service, "shut-down");
      mark(`service:${action.service}`);
      return;
    case "purge-provider-accounts":
      world.providers.set(action.provider, "purged");
      mark(`provider:${action.provider}`);
      return;
    case "suspend-autoscaling":
      world.groups.set(action.group, "suspended");
      mark(`autoscaling-group:${action.group}`);
      return;
    case "preserve-logs":
      if (world.logSources.get(action.logSource) !== "destroyed")
        world.logSources.set(action.logSource, "preserved");
      mark(`log-source:${action.logSource}`);
      return;
    default:
      return;
  }
}

function applyStateChange(world: DerivedWorld, entry: LogEntryOf<"state.changed">): void {
  const { subject, to, seq } = entry;
  const key = `${entry.kind}:${subject}`;
  switch (entry.kind) {
    case "instance":
      if (to === "running" || to === "isolated" || to === "shut-down" || to === "terminated")
        setInstance(world, subject, to, seq);
      return;
    case "credential":
      if (to === "active" || to === "rotated" || to === "revoked") world.credentials.set(subject, to);
      break;
    case "code-path":
      if (to === "enabled" || to === "disabled") world.codePaths.set(subject, to);
      break;
    case "service":
      if (to === "running" || to === "shut-down") world.services.set(subject, to);
      break;
    case "provider":
      if (to === "purged" || to === "untouched") world.providers.set(subject, to);
      break;
    case "autoscaling-group":
      if (to === "active" || to === "suspended") world.groups.set(subject, to);
      break;
    case "log-source":
      if (to === "intact" || to === "preserved" || to === "destroyed") world.logSources.set(subject, to);
      break;
    default:
      return;
  }
  world.witness.set(key, seq);
}

function applyEntry(world: DerivedWorld, scenario: ScenarioDefinition, entry: LogEntry): void {
  world.at = entry.at;
  switch (entry.type) {
    case "action.completed":
      world.completed.push(entry);
      applyAction(world, scenario, entry.action, entry.seq, entry.at);
      return;
    case "state.changed":
      applyStateChange(world, entry);
      return;
    case "evidence.destroyed":
      if (world.instances.has(entry.subject)) setInstance(world, entry.subject, "terminated", entry.seq);
      if (world.logSources.has(entry.subject)) {
        world.logSources.set(entry.subject, "destroyed");
        world.witness.set(`log-source:${entry.subject}`, entry.seq);
      }
      return;
    case "foothold.opened":
    case "foothold.closed":
      world.footholds.set(entry.foothold, entry.type === "foothold.opened" ? "open" : "closed");
      world.witness.set(`foothold:${entry.foothold}`, entry.seq);
      return;
    case "fact.discovered":
    case "fact.lost":
      if (entry.type === "fact.lost" && world.facts.get(entry.fact) === "discovered") return;
      world.facts.set(entry.fact, entry.type === "fact.discovered" ? "discovered" : "lost");
      world.witness.set(`fact:${entry.fact}`, entry.seq);
      return;
    case "flag.set":
      world.flags.add(entry.flag);
      world.witness.set(`flag:${entry.flag}`, entry.seq);
      return;
    case "attacker.step":
      world.stepsDone.add(entry.step);
      world.witness.set(`step:${entry.step}`, entry.seq);
      return;
    case "attacker.skipped":
      world.stepsSkipped.add(entry.step);
      world.witness.set(`step:${entry.step}`, entry.seq);
      return;
    case "inject.delivered":
      world.injectsDelivered.add(entry.inject);
      world.witness.set(`inject:${entry.inject}`, entry.seq);
      return;
    case "team.joined":
      world.team.add(entry.person);
      if (!world.witness.has(`team:${entry.person}`)) world.witness.set(`team:${entry.person}`, entry.seq);
      return;
    case "leak":
      world.leaks.push(entry);
      return;
    default:
      return;
  }
}

/** A copy of a derived world that further entries can be applied to without changing the original. */
export function cloneWorld(world: DerivedWorld): DerivedWorld {
  return {
    at: world.at,
    instances: new Map([...world.instances].map(([id, state]) => [id, { ...state }])),
    images: [...world.images],
    credentials: new Map(world.credentials),
    codePaths: new Map(world.codePaths),
    services: new Map(world.services),
    providers: new Map(world.providers),
    groups: new Map(world.groups),
    logSources: new Map(world.logSources),
    footholds: new Map(world.footholds),
    facts: new Map(world.facts),
    flags: new Set(world.flags),
    stepsDone: new Set(world.stepsDone),
    stepsSkipped: new Set(world.stepsSkipped),
    injectsDelivered: new Set(world.injectsDelivered),
    team: new Set(world.team),
    leaks: [...world.leaks],
    completed: [...world.completed],
    witness: new Map(world.witness),
  };
}

/**
 * Applies the log entries after `world`'s last one up to and including `uptoSeq` (entries are in seq order and
 * `fromIndex` is the index of the first entry not yet applied); returns the next index.
 */
export function advanceWorld(
  world: DerivedWorld,
  scenario: ScenarioDefinition,
  log: readonly LogEntry[],
  fromIndex: number,
  uptoSeq: number,
): number {
  let index = fromIndex;
  for (; index < log.length; index++) {
    const entry = log[index]!;
    if (entry.seq > uptoSeq) break;
    applyEntry(world, scenario, entry);
  }
  return index;
}

/**
 * Replays the log over the scenario's initial world up to and including `uptoSeq` (default: the whole log):
 * state.changed entries are authoritative, action.completed effects fill in what the engine may not restate.
 */
export function deriveWorld(
  scenario: ScenarioDefinition,
  log: readonly LogEntry[],
  uptoSeq?: number,
): DerivedWorld {
  const world = initialWorld(scenario);
  for (const entry of log) {
    if (uptoSeq !== undefined && entry.seq > uptoSeq) break;
    applyEntry(world, scenario, entry);
  }
  return world;
}
