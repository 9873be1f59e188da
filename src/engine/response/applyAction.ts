import type { PlayerAction } from "../actions";
import type { InstanceStateName } from "../condition";
import { endDrill } from "../drill/endDrill";
import type { LogCause, StateSubjectKind } from "../log";
import type { RoleId } from "../organisation";
import { appendLog } from "../world/appendLog";
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
  if (from !== to) appendLog(world, { type: "state.changed", at: world.now, cause, subject, kind, from, to });
}

function setInstanceState(world: WorldState, id: string, to: InstanceStateName, cause: LogCause): void {
  const instance = world.instances[id];
  if (!instance || instance.state === "terminated") return;
  const from = instance.state;
  instance.state = to;
  changed(world, cause, id, "instance", from, to);
}

function join(world: WorldState, person: string, to: "call" | "room" | "page", cause: LogCause): void {
  const { team } = world;
  const newcomer = !team.members.includes(person);
  if (newcomer) team.members.push(person);
  const seq = appendLog(world, { type: "team.joined", at: world.now, cause, person, to });
  if (newcomer && to !== "page" && !world.scenario.needToKnow.includes(person)) {
    // why: S3 — only the people who need to know join; anyone else learning of the incident is a leak.
    world.leaks.push({ at: world.now, to: [person], channel: to, seq });
    appendLog(world, { type: "leak", at: world.now, cause, to: [person], channel: to, via: seq });
  }
}

function shutdownInstance(world: WorldState, id: string, cause: LogCause): void {
  setInstanceState(world, id, "shut-down", cause);
  closeFootholdsVia(world, id, "shutdown-instance", cause);
  const definition = world.scenario.world.instances.find((item) => item.id === id);
  const groupId = definition?.autoscalingGroup;
  const group = world.scenario.world.autoscalingGroups.find((item) => item.id === groupId);
  if (group?.healthReplacement && !world.autoscalingGroups[group.id]?.suspended)
    // why: S1/S4 — an unhealthy member is replaced, and replacement terminates it with its disks.
    terminateInstance(world, id, `autoscaling group ${group.id} replaced the shut-down member`, cause);
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
    state.knownDestroyed = true;
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
  const images = world.instances[id]?.images ?? [];
  if (images.length === 0) return;
  const imagedAt = Math.max(...images.map((image) => image.at));
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
  switch (action.type) {
    case "page-ic": {
      if (team.icPaged) return undefined;
      team.icPaged = true;
      const commander = world.scenario.world.people.find((person) => person.role === "incident-commander");
      if (commander) join(world, commander.id, "page", cause);
      return undefined;
    }
    case "set-codename":
      team.codename = action.codename;
      return undefined;
    case "start-voice-call":
      team.call = {
        ...(action.title !== undefined ? { title: action.title } : {}),
        members: team.call?.members ?? [],
      };
      return undefined;
    case "create-room":
      team.room = {
        name: action.name,
        ...(action.topic !== undefined ? { topic: action.topic } : {}),
        ...(action.platform !== undefined ? { platform: action.platform } : {}),
        members: team.room?.members ?? [],
      };
      return undefined;
    case "invite":
      for (const person of action.people) {
        if (action.to !== "room" && team.call && !team.call.members.includes(person)) {
          team.call.members.push(person);
          join(world, person, "call", cause);
        }
        if (action.to !== "call" && team.room && !team.room.members.includes(person)) {
          team.room.members.push(person);
          join(world, person, "room", cause);
        }
      }
      return undefined;
    case "assign":
      team.assignments.push({ task: action.task, role: action.role, at: world.now });
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
      instance.isolated = true;
      if (instance.state === "running") setInstanceState(world, action.instance, "isolated", cause);
      closeFootholdsVia(world, action.instance, action.type, cause);
      return undefined;
    }
    case "restore-firewall-defaults":
    case "kill-session":
    case "lock-users":
      closeFootholdsVia(world, action.instance, action.type, cause);
      return undefined;
    case "block-ip":
      if (!world.blockedIps.includes(action.ip)) world.blockedIps.push(action.ip);
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
      codePath.enabled = false;
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
      service.running = false;
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
      group.suspended = true;
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
      provider.purged = true;
      closeFootholdsVia(world, action.provider, action.type, cause);
      return undefined;
    }
    case "rotate-credential":
    case "revoke-credential": {
      const credential = world.credentials[action.credential];
      if (!credential) return undefined;
      const to =
        action.type === "rotate-credential" && credential.state !== "revoked" ? "rotated" : "revoked";
      changed(world, cause, action.credential, "credential", credential.state, to);
      credential.state = to;
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
      const offsite = action.offsite !== false;
      const from = instance.images.length > 0 ? "imaged" : "none";
      for (const disk of disks.length > 0 ? disks : ["root"])
        instance.images.push({ disk, readOnly: action.readOnly !== false, offsite, at: world.now });
      appendLog(world, {
        type: "state.changed",
        at: world.now,
        cause,
        subject: action.instance,
        kind: "image",
        from,
        to: offsite ? "imaged-offsite" : "imaged",
      });
      return undefined;
    }
    case "preserve-logs": {
      const source = world.logSources[action.logSource];
      if (!source) return undefined;
      if (source.status === "destroyed") source.knownDestroyed = true;
      if (source.status !== "intact") return undefined;
      source.status = "preserved";
      source.preservedAt = world.now;
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
      world.statements.push({ at: world.now, title: action.title, body: action.body });
      appendLog(world, {
        type: "statement.published",
        at: world.now,
        cause,
        title: action.title,
        body: action.body,
        ...(by !== undefined ? { by } : {}),
      });
      return undefined;
    case "reply": {
      const state = world.injects[action.inject];
      if (state) state.repliedWith = action.option;
      const inject = world.scenario.injects.find((item) => item.id === action.inject);
      return inject?.replies.find((option) => option.id === action.option)?.action;
    }
    case "note":
      appendLog(world, {
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
