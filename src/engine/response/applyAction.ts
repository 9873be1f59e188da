import type { PlayerAction } from "../actions";
import type { InstanceStateName } from "../condition";
import { endDrill } from "../drill/endDrill";
import type { LogCause, StateSubjectKind } from "../log";
import type { RoleId } from "../organisation";
import { emit } from "../world/emit";
import { retainedSince, terminateInstance } from "../world/evidence";
import { closeFootholdsVia } from "../world/footholds";
import type { WorldState } from "../world/worldState";
import { discoverFact } from "./discoverFact";
import { factConcerns } from "./factConcerns";
import { sendMessage } from "./sendMessage";

function changed(
  world: WorldState,
  cause: LogCause,
  subject: string,
  kind: StateSubjectKind,
  from: string,
  to: string,
): void {
  if (from !== to) emit(world, { type: "state.changed", at: world.now, cause, subject, kind, from, to });
}

function setInstanceState(world: WorldState, id: string, to: InstanceStateName, cause: LogCause): void {
  const instance = world.instances[id];
  if (!instance || instance.state === "terminated") return;
  changed(world, cause, id, "instance", instance.state, to);
}

function join(world: WorldState, person: string, to: "call" | "room" | "page", cause: LogCause): void {
  const newcomer = !world.team.members.includes(person);
  const seq = emit(world, { type: "team.joined", at: world.now, cause, person, to });
  if (newcomer && to !== "page" && !world.scenario.needToKnow.includes(person))
    // why: S3 — only the people who need to know join; anyone else learning of the incident is a leak.
    emit(world, { type: "leak", at: world.now, cause, to: [person], channel: to, via: seq });
}

function shutdownInstance(world: WorldState, id: string, cause: LogCause): void {
  setInstanceState(world, id, "shut-down", cause);
  closeFootholdsVia(world, id, "shutdown-instance", cause);
  const definition = world.scenario.world.instances.find((item) => item.id === id);
  const groupId = definition?.autoscalingGroup;
  const group = world.scenario.world.autoscalingGroups.find((item) => item.id === groupId);
  if (group?.healthReplacement && !world.autoscalingGroups[group.id]?.suspended)
    // why: S1/S4 — an unhealthy member is replaced, and replacement terminates it with its disks.
    terminateInstance(world, id, `autoscaling group ${group.id} replaced the shut-down member`, cause, {
      kind: "world",
    });
}

function investigate(
  world: WorldState,
  action: Extract<PlayerAction, { type: "investigate" }>,
  cause: LogCause,
): void {
  const source = world.scenario.world.logSources.find((item) => item.id === action.logSource);
  const state = world.logSources[action.logSource];
  if (!source || !state) return;
  if (state.status === "destroyed") {
    if (!state.knownDestroyed)
      emit(world, { type: "log-source.found-destroyed", at: world.now, cause, logSource: source.id });
    return;
  }
  const from = Math.max(action.from ?? Number.NEGATIVE_INFINITY, retainedSince(world, source));
  const to = Math.min(action.to ?? Number.POSITIVE_INFINITY, world.now);
  const target = action.target?.trim();
  for (const fact of world.scenario.facts)
    if (
      fact.evidence.logSource === source.id &&
      fact.occurredAt >= from &&
      fact.occurredAt <= to &&
      (!target || factConcerns(world.scenario, fact, target))
    )
      discoverFact(world, fact, `investigate:${source.id}`, cause);
}

function forensicAnalysis(world: WorldState, id: string, cause: LogCause): void {
  const instance = world.instances[id];
  const images = instance?.images ?? [];
  const captures = [
    ...images.map((image) => image.at),
    ...(instance?.memoryAt !== undefined ? [instance.memoryAt] : []),
  ];
  if (captures.length === 0) return;
  const imagedAt = Math.max(...captures);
  for (const fact of world.scenario.facts)
    if (fact.evidence.instance === id && fact.occurredAt <= imagedAt)
      discoverFact(world, fact, `forensic-analysis:${id}`, cause);
}

/**
 * Applies a completed action's effect to the world (state changes, footholds closed, facts revealed or lost,
 * messages and leaks); returns a follow-up action when the action amounts to another (a reply option's action).
 */
export function applyAction(
  world: WorldState,
  action: PlayerAction,
  by: RoleId | undefined,
  cause: LogCause,
): PlayerAction | undefined {
  const { team } = world;
  const now = { at: world.now, cause };
  switch (action.type) {
    case "page-ic": {
      // why: the first page brings the commander; later pages change nothing (this one is already completed).
      if ((world.completed["page-ic"]?.length ?? 0) > 1) return undefined;
      const commander = world.scenario.world.people.find((person) => person.role === "incident-commander");
      if (commander) join(world, commander.id, "page", cause);
      return undefined;
    }
    case "set-codename":
      emit(world, { type: "codename.set", ...now, codename: action.codename });
      return undefined;
    case "start-voice-call":
      emit(world, {
        type: "call.started",
        ...now,
        ...(action.title !== undefined ? { title: action.title } : {}),
      });
      return undefined;
    case "create-room":
      emit(world, {
        type: "room.created",
        ...now,
        name: action.name,
        ...(action.topic !== undefined ? { topic: action.topic } : {}),
        ...(action.platform !== undefined ? { platform: action.platform } : {}),
      });
      return undefined;
    case "invite":
      for (const person of action.people) {
        if (action.to !== "room" && team.call && !team.call.members.includes(person))
          join(world, person, "call", cause);
        if (action.to !== "call" && team.room && !team.room.members.includes(person))
          join(world, person, "room", cause);
      }
      return undefined;
    case "assign":
      emit(world, { type: "task.assigned", ...now, task: action.task, role: action.role });
      return undefined;
    case "shutdown-instance":
      shutdownInstance(world, action.instance, cause);
      return undefined;
    case "terminate-instance":
      terminateInstance(world, action.instance, "terminated by the players", cause);
      return undefined;
    case "isolate-instance": {
      const instance = world.instances[action.instance];
      if (!instance || instance.state === "terminated") return undefined;
      if (instance.state === "running") setInstanceState(world, action.instance, "isolated", cause);
      else if (!instance.isolated)
        emit(world, { type: "instance.isolated", ...now, instance: action.instance });
      closeFootholdsVia(world, action.instance, action.type, cause);
      return undefined;
    }
    case "restore-firewall-defaults":
    case "kill-session":
    case "lock-users":
      closeFootholdsVia(world, action.instance, action.type, cause);
      return undefined;
    case "block-ip":
      if (!world.blockedIps.includes(action.ip)) emit(world, { type: "ip.blocked", ...now, ip: action.ip });
      closeFootholdsVia(world, action.ip, action.type, cause);
      return undefined;
    case "disable-code-path": {
      const codePath = world.codePaths[action.codePath];
      if (!codePath) return undefined;
      changed(
        world,
        cause,
        action.codePath,
        "code-path",
        codePath.enabled ? "enabled" : "disabled",
        "disabled",
      );
      closeFootholdsVia(world, action.codePath, action.type, cause);
      return undefined;
    }
    case "shutdown-service": {
      const service = world.services[action.service];
      if (!service) return undefined;
      changed(
        world,
        cause,
        action.service,
        "service",
        service.running ? "running" : "shut-down",
        "shut-down",
      );
      closeFootholdsVia(world, action.service, action.type, cause);
      for (const [id, codePath] of Object.entries(world.codePaths))
        if (codePath.service === action.service) closeFootholdsVia(world, id, action.type, cause);
      return undefined;
    }
    case "suspend-autoscaling": {
      const group = world.autoscalingGroups[action.group];
      if (!group) return undefined;
      changed(
        world,
        cause,
        action.group,
        "autoscaling-group",
        group.suspended ? "suspended" : "active",
        "suspended",
      );
      return undefined;
    }
    case "cycle-autoscaling-group":
      for (const instance of world.scenario.world.instances)
        if (instance.autoscalingGroup === action.group)
          terminateInstance(world, instance.id, `autoscaling group ${action.group} was cycled`, cause);
      return undefined;
    case "purge-provider-accounts": {
      const provider = world.providers[action.provider];
      if (!provider) return undefined;
      changed(world, cause, action.provider, "provider", provider.purged ? "purged" : "untouched", "purged");
      closeFootholdsVia(world, action.provider, action.type, cause);
      return undefined;
    }
    case "rotate-credential":
    case "rotate-overlapping":
    case "deny-old-credentials":
    case "revoke-credential": {
      const credential = world.credentials[action.credential];
      if (!credential) return undefined;
      // why: an overlapping rotation or a deny policy for old credentials leaves a working new one: rotated.
      const to =
        action.type !== "revoke-credential" && credential.state !== "revoked" ? "rotated" : "revoked";
      changed(world, cause, action.credential, "credential", credential.state, to);
      closeFootholdsVia(world, action.credential, action.type, cause);
      return undefined;
    }
    case "image-disk": {
      const instance = world.instances[action.instance];
      if (!instance || instance.state === "terminated") return undefined;
      // why: S4 — "take a disk image for any disks attached"; without a named disk, every disk is imaged.
      const disks =
        action.disk !== undefined
          ? [action.disk]
          : (world.scenario.world.instances.find((item) => item.id === action.instance)?.disks ?? []);
      emit(world, {
        type: "image.taken",
        ...now,
        instance: action.instance,
        disks: disks.length > 0 ? disks : ["root"],
        readOnly: action.readOnly !== false,
        offsite: action.offsite !== false,
      });
      return undefined;
    }
    case "preserve-logs": {
      const source = world.logSources[action.logSource];
      if (!source) return undefined;
      if (source.status === "destroyed" && !source.knownDestroyed)
        emit(world, { type: "log-source.found-destroyed", ...now, logSource: action.logSource });
      if (source.status !== "intact") return undefined;
      changed(world, cause, action.logSource, "log-source", "intact", "preserved");
      return undefined;
    }
    case "investigate":
      investigate(world, action, cause);
      return undefined;
    case "forensic-analysis":
      forensicAnalysis(world, action.instance, cause);
      return undefined;
    case "send-message":
      sendMessage(world, action, cause);
      return undefined;
    case "publish-statement":
      emit(world, {
        type: "statement.published",
        at: world.now,
        cause,
        title: action.title,
        body: action.body,
        ...(by !== undefined ? { by } : {}),
      });
      return undefined;
    case "reply": {
      const inject = world.scenario.injects.find((item) => item.id === action.inject);
      return inject?.replies.find((option) => option.id === action.option)?.action;
    }
    case "remove-from-group":
      // why: the account keeps its ordinary access; only the paths its admin rights opened close.
      closeFootholdsVia(world, action.credential, action.type, cause);
      return undefined;
    case "force-reauth":
      // why: every person's sign-in sessions end at once; machine sessions (no holder) are not staff sign-ins.
      for (const definition of world.scenario.world.credentials) {
        const credential = world.credentials[definition.id];
        if (definition.kind !== "session" || definition.holders.length === 0 || !credential?.exists) continue;
        changed(world, cause, definition.id, "credential", credential.state, "revoked");
        closeFootholdsVia(world, definition.id, action.type, cause);
      }
      return undefined;
    case "capture-memory": {
      const instance = world.instances[action.instance];
      if (!instance || (instance.state !== "running" && instance.state !== "isolated")) return undefined;
      emit(world, { type: "memory.captured", ...now, instance: action.instance });
      return undefined;
    }
    case "notify-customers":
      // why: S14 — a notice to every customer is external communication, judged like a statement.
      emit(world, {
        type: "statement.published",
        at: world.now,
        cause,
        title: action.title,
        body: action.body,
        ...(by !== undefined ? { by } : {}),
      });
      return undefined;
    case "note":
      emit(world, {
        type: "observation",
        at: world.now,
        cause,
        text: action.text,
        ...(by !== undefined ? { by } : {}),
      });
      return undefined;
    case "close-incident":
      endDrill(world, "closed", cause);
      return undefined;
    default:
      return undefined;
  }
}
