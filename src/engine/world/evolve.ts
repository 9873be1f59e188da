import { actionTarget } from "../actions";
import type { LogEntry, LogEntryOf } from "../log";
import type { WorldModel } from "./worldState";

function addOnce(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}

function stateChanged(world: WorldModel, entry: LogEntryOf<"state.changed">): void {
  const { subject, to } = entry;
  switch (entry.kind) {
    case "instance": {
      const instance = world.instances[subject];
      if (!instance) return;
      if (entry.from === "absent") instance.exists = true;
      else instance.state = to as typeof instance.state;
      if (to === "isolated") instance.isolated = true;
      return;
    }
    case "credential": {
      const credential = world.credentials[subject];
      if (!credential) return;
      if (entry.from === "absent") credential.exists = true;
      else credential.state = to as typeof credential.state;
      return;
    }
    case "code-path": {
      const codePath = world.codePaths[subject];
      if (codePath) codePath.enabled = to === "enabled";
      return;
    }
    case "service": {
      const service = world.services[subject];
      if (service) service.running = to === "running";
      return;
    }
    case "provider": {
      const provider = world.providers[subject];
      if (provider) provider.purged = to === "purged";
      return;
    }
    case "autoscaling-group": {
      const group = world.autoscalingGroups[subject];
      if (group) group.suspended = to === "suspended";
      return;
    }
    case "log-source": {
      const source = world.logSources[subject];
      if (!source) return;
      source.status = to as typeof source.status;
      if (to === "preserved") source.preservedAt = entry.at;
      return;
    }
  }
}

function actionCompleted(world: WorldModel, entry: LogEntryOf<"action.completed">): void {
  const index = world.pending.findIndex((item) => item.seq === entry.acceptedSeq);
  if (index >= 0) world.pending.splice(index, 1);
  const { action } = entry;
  const target = actionTarget(action);
  const done = world.completed[action.type] ?? [];
  world.completed[action.type] = done;
  done.push({
    type: action.type,
    ...(target !== undefined ? { target } : {}),
    action,
    at: entry.at,
    seq: entry.seq,
  });
  if (action.type === "page-ic") world.team.icPaged = true;
  if (action.type === "reply") {
    const inject = world.injects[action.inject];
    if (inject) inject.repliedWith = action.option;
  }
}

function factDiscovered(world: WorldModel, entry: LogEntryOf<"fact.discovered">): void {
  const state = world.facts[entry.fact];
  if (!state) return;
  state.status = "discovered";
  state.discoveredAt = entry.at;
  state.via = entry.via;
  const fact = world.scenario.facts.find((item) => item.id === entry.fact);
  for (const id of fact?.revealsInstances ?? []) {
    const instance = world.instances[id];
    if (instance) instance.knownAffected = true;
  }
  for (const id of fact?.revealsCredentials ?? []) {
    const credential = world.credentials[id];
    if (credential) credential.knownCompromised = true;
  }
}

function teamJoined(world: WorldModel, entry: LogEntryOf<"team.joined">): void {
  const { team } = world;
  addOnce(team.members, entry.person);
  if (entry.to === "call" && team.call) addOnce(team.call.members, entry.person);
  if (entry.to === "room" && team.room) addOnce(team.room.members, entry.person);
}

/**
 * Applies one log entry to the world: the only function that changes a world. Every entry type is handled (the
 * ones that change nothing are listed so a new type cannot be forgotten); pure apart from mutating `world`.
 */
export function evolve(world: WorldModel, entry: LogEntry): void {
  world.now = entry.at;
  world.seq = entry.seq;
  switch (entry.type) {
    case "drill.ended":
      world.endReason = entry.reason;
      return;
    case "action.accepted":
      world.pending.push({
        seq: entry.seq,
        action: entry.action,
        ...(entry.by !== undefined ? { by: entry.by } : {}),
        ...(entry.startsAt !== undefined ? { startsAt: entry.startsAt } : {}),
        completesAt: entry.completesAt,
      });
      return;
    case "action.completed":
      actionCompleted(world, entry);
      return;
    case "inject.delivered": {
      const state = world.injects[entry.inject];
      if (state) {
        state.status = "delivered";
        state.held = false;
      }
      world.inbox.push({ inject: entry.inject, at: entry.at });
      return;
    }
    case "inject.held":
    case "inject.released": {
      const state = world.injects[entry.inject];
      if (state) state.held = entry.type === "inject.held";
      return;
    }
    case "inject.due":
    case "inject.skipped": {
      const state = world.injects[entry.inject];
      if (state) state.status = entry.type === "inject.due" ? "due" : "skipped";
      return;
    }
    case "attacker.scheduled":
      world.attacker[entry.step] = { status: "scheduled", at: entry.for };
      return;
    case "attacker.step":
    case "attacker.skipped": {
      const state = world.attacker[entry.step];
      if (state) state.status = entry.type === "attacker.step" ? "done" : "skipped";
      return;
    }
    case "fact.appeared": {
      const state = world.facts[entry.fact];
      if (state) state.exists = true;
      return;
    }
    case "fact.discovered":
      factDiscovered(world, entry);
      return;
    case "fact.lost": {
      const state = world.facts[entry.fact];
      if (state) state.status = "lost";
      return;
    }
    case "state.changed":
      stateChanged(world, entry);
      return;
    case "instance.isolated": {
      const instance = world.instances[entry.instance];
      if (instance) instance.isolated = true;
      return;
    }
    case "image.taken": {
      const instance = world.instances[entry.instance];
      if (!instance) return;
      for (const disk of entry.disks)
        instance.images.push({
          disk,
          readOnly: entry.readOnly,
          offsite: entry.offsite,
          at: entry.at,
          seq: entry.seq,
        });
      return;
    }
    case "memory.captured": {
      const instance = world.instances[entry.instance];
      if (instance) instance.memoryAt = entry.at;
      return;
    }
    case "ip.blocked":
      addOnce(world.blockedIps, entry.ip);
      return;
    case "log-source.found-destroyed": {
      const source = world.logSources[entry.logSource];
      if (source) source.knownDestroyed = true;
      return;
    }
    case "credential.compromised": {
      const credential = world.credentials[entry.credential];
      if (credential) credential.compromised = true;
      return;
    }
    case "codename.set":
      world.team.codename = entry.codename;
      return;
    case "call.started":
      world.team.call = {
        ...(entry.title !== undefined ? { title: entry.title } : {}),
        members: world.team.call?.members ?? [],
      };
      return;
    case "room.created":
      world.team.room = {
        name: entry.name,
        ...(entry.topic !== undefined ? { topic: entry.topic } : {}),
        ...(entry.platform !== undefined ? { platform: entry.platform } : {}),
        members: world.team.room?.members ?? [],
      };
      return;
    case "task.assigned":
      world.team.assignments.push({ task: entry.task, role: entry.role, at: entry.at });
      return;
    case "team.joined":
      teamJoined(world, entry);
      return;
    case "foothold.opened":
    case "foothold.closed": {
      const state = world.footholds[entry.foothold];
      if (state) state.open = entry.type === "foothold.opened";
      return;
    }
    case "flag.set":
      world.flags[entry.flag] = true;
      return;
    case "message.sent":
      world.messages.push({
        at: entry.at,
        seq: entry.seq,
        channel: entry.channel,
        to: entry.to,
        ...(entry.subject !== undefined ? { subject: entry.subject } : {}),
        body: entry.body,
      });
      return;
    case "leak":
      world.leaks.push({
        at: entry.at,
        to: entry.to,
        channel: entry.channel,
        seq: entry.seq,
        via: entry.via,
      });
      return;
    case "statement.published":
      world.statements.push({ at: entry.at, seq: entry.seq, title: entry.title, body: entry.body });
      return;
    case "module.started":
      world.currentModule = entry.module;
      return;
    case "business.impacted": {
      const state = world.business[entry.impact];
      if (!state) return;
      state.status = "active";
      state.softened = entry.softened;
      state.at = entry.at;
      state.recoversAt = entry.recoversAt;
      state.seq = entry.seq;
      return;
    }
    case "business.softened": {
      const state = world.business[entry.impact];
      if (state) state.softened = true;
      return;
    }
    case "business.recovered": {
      const state = world.business[entry.impact];
      if (!state) return;
      state.status = "recovered";
      state.recoveredAt = entry.at;
      return;
    }
    case "drill.started":
    case "action.rejected":
    case "evidence.destroyed":
    case "exfiltration":
    case "observation":
    case "finding.overridden":
    case "discussion.answered":
    case "hotwash.answered":
    case "adjudicated":
    case "clock.paused":
    case "clock.resumed":
      return;
    default:
      entry satisfies never;
  }
}
