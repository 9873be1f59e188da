import type { PlayerAction } from "../actions";
import { ACTION_CATALOG } from "../actions";
import type { SimMinutes } from "../time";
import { credentialExists } from "../world/credentialExists";
import type { WorldState } from "../world/worldState";

function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim().length > 0;
}

function instanceProblem(world: WorldState, id: unknown, allowTerminated = false): string | undefined {
  if (typeof id !== "string") return "no instance given";
  const instance = Object.hasOwn(world.instances, id) ? world.instances[id] : undefined;
  if (!instance?.exists) return `unknown instance ${id}`;
  if (!allowTerminated && instance.state === "terminated") return `${id} is already terminated`;
  return undefined;
}

function knownIn(record: Record<string, unknown>, id: unknown, kind: string): string | undefined {
  if (typeof id !== "string" || !Object.hasOwn(record, id)) return `unknown ${kind} ${String(id)}`;
  return undefined;
}

function personProblem(world: WorldState, ids: unknown): string | undefined {
  if (!Array.isArray(ids)) return "recipients must be a list";
  for (const id of ids)
    if (!world.scenario.world.people.some((person) => person.id === id))
      return `unknown person ${String(id)}`;
  return undefined;
}

function channelProblem(world: WorldState, channel: unknown): string | undefined {
  if (channel === "room") return world.team.room ? undefined : "no chat room has been created";
  if (channel === "call") return world.team.call ? undefined : "no voice call has been started";
  if (!world.scenario.world.channels.some((item) => item.id === channel))
    return `unknown channel ${String(channel)}`;
  return undefined;
}

function targetProblem(world: WorldState, action: PlayerAction): string | undefined {
  switch (action.type) {
    case "shutdown-instance":
    case "terminate-instance":
    case "isolate-instance":
    case "restore-firewall-defaults":
    case "kill-session":
    case "lock-users":
      return instanceProblem(world, action.instance);
    case "image-disk": {
      const problem = instanceProblem(world, action.instance);
      if (problem) return problem;
      const disks = world.scenario.world.instances.find((item) => item.id === action.instance)?.disks ?? [];
      if (action.disk !== undefined && !disks.includes(action.disk))
        return `unknown disk ${action.disk} on ${action.instance}`;
      return undefined;
    }
    case "forensic-analysis": {
      const problem = instanceProblem(world, action.instance, true);
      if (problem) return problem;
      const instance = world.instances[action.instance];
      return instance?.images.length || instance?.memoryAt !== undefined
        ? undefined
        : `no image of ${action.instance}`;
    }
    case "block-ip":
      return isText(action.ip) ? undefined : "no IP address given";
    case "disable-code-path":
      return knownIn(world.codePaths, action.codePath, "code path");
    case "shutdown-service":
      return knownIn(world.services, action.service, "service");
    case "suspend-autoscaling":
    case "cycle-autoscaling-group":
      return knownIn(world.autoscalingGroups, action.group, "autoscaling group");
    case "purge-provider-accounts":
      return knownIn(world.providers, action.provider, "provider");
    case "rotate-credential":
    case "revoke-credential":
      return typeof action.credential === "string" && credentialExists(world, action.credential)
        ? undefined
        : `unknown credential ${String(action.credential)}`;
    case "preserve-logs":
      return knownIn(world.logSources, action.logSource, "log source");
    case "investigate": {
      const problem = knownIn(world.logSources, action.logSource, "log source");
      if (problem) return problem;
      if (action.from !== undefined && action.to !== undefined && action.from > action.to)
        return "the window ends before it starts";
      return undefined;
    }
    case "send-message":
      return (
        channelProblem(world, action.channel) ?? (action.to ? personProblem(world, action.to) : undefined)
      );
    case "contact":
      return personProblem(world, [action.party]);
    case "invite": {
      if (!Array.isArray(action.people) || action.people.length === 0) return "nobody to invite";
      const problem = personProblem(world, action.people);
      if (problem) return problem;
      if (action.to === "call" && !world.team.call) return "no voice call has been started";
      if (action.to === "room" && !world.team.room) return "no chat room has been created";
      if (!world.team.call && !world.team.room) return "no voice call or chat room yet";
      return undefined;
    }
    case "reply": {
      const inject = world.scenario.injects.find((item) => item.id === action.inject);
      const state = world.injects[action.inject];
      if (!inject || state?.status !== "delivered") return `no delivered inject ${String(action.inject)}`;
      if (!inject.replies.some((option) => option.id === action.option))
        return `${action.inject} has no reply option ${String(action.option)}`;
      if (state.repliedWith) return `${action.inject} was already answered`;
      return undefined;
    }
    case "enforce-imdsv2":
      return instanceProblem(world, action.instance);
    case "capture-memory": {
      const problem = instanceProblem(world, action.instance);
      if (problem) return problem;
      const state = world.instances[action.instance]?.state;
      return state === "running" || state === "isolated"
        ? undefined
        : `${action.instance} is ${state}: its memory is gone`;
    }
    case "remove-from-group":
    case "rotate-overlapping":
    case "deny-old-credentials":
      return typeof action.credential === "string" && credentialExists(world, action.credential)
        ? undefined
        : `unknown credential ${String(action.credential)}`;
    case "delete-post":
      return channelProblem(world, action.channel);
    case "legal-hold":
      if (!Array.isArray(action.people) || action.people.length === 0) return "nobody to hold";
      return personProblem(world, action.people);
    case "engage-counsel":
    case "sanctions-check":
      return action.party === undefined ? undefined : personProblem(world, [action.party]);
    case "notify-regulator":
    case "verify-caller":
      return personProblem(world, [action.party]);
    case "notify-customers":
      return isText(action.title) && isText(action.body) ? undefined : "the notice needs a title and a text";
    case "maintenance-notice":
    case "notify-individuals":
      return isText(action.body) ? undefined : "the notice is empty";
    case "yank-image-tags":
      return isText(action.artifact) ? undefined : "name the versions or tags to yank";
    case "set-codename":
      return isText(action.codename) ? undefined : "the codename is empty";
    case "create-room":
      return isText(action.name) ? undefined : "the room needs a name";
    case "assign":
      return world.scenario.organisation.roles.some((role) => role.id === action.role)
        ? undefined
        : `unknown role ${String(action.role)}`;
    default:
      return undefined;
  }
}

/**
 * Why a running drill cannot accept this action at `at`, or undefined when it can (never throws; the chart
 * refuses actions in the briefing, while paused and after the end before asking).
 */
export function rejectionReason(world: WorldState, action: PlayerAction, at: SimMinutes): string | undefined {
  if (!action || typeof action !== "object" || !ACTION_CATALOG.has(action.type))
    return `unknown action ${String((action as { type?: unknown })?.type)}`;
  if (typeof at !== "number" || !Number.isFinite(at)) return "no time given";
  if (at < world.now) return "the time is in the past";
  return targetProblem(world, action);
}
