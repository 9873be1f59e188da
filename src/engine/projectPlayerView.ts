import { ACTION_CATALOG, actionTarget, type PlayerAction } from "./actions";
import { businessTrack } from "./businessTrack";
import { nextVisibleAt } from "./drill/advanceClock";
import type { LogEntry } from "./log";
import type { PlayerView } from "./playerView";
import { statutoryClockTrack } from "./statutoryClockTrack";
import { teamKnowledge } from "./teamKnowledge";
import type { DrillPhaseName, WorldState } from "./world/worldState";

type Activity = PlayerView["activity"][number];

function activityOf(entry: LogEntry, world: WorldState): Activity | undefined {
  const at = entry.at;
  switch (entry.type) {
    case "drill.started":
      return { at, text: "The drill started.", kind: "system" };
    case "drill.ended":
      return { at, text: `The drill ended (${entry.reason}).`, kind: "system" };
    case "clock.paused":
      return { at, text: "Paused.", kind: "system" };
    case "clock.resumed":
      return { at, text: "Resumed.", kind: "system" };
    case "module.started": {
      const module = world.scenario.modules.find((item) => item.id === entry.module);
      return { at, text: `Module: ${module?.title ?? entry.module}`, kind: "system" };
    }
    case "action.completed": {
      const label = ACTION_CATALOG.get(entry.action.type)?.label ?? entry.action.type;
      const target = actionTarget(entry.action);
      return { at, text: target ? `${label}: ${target}` : label, kind: "action" };
    }
    case "action.rejected":
      // why: a rejected facilitator control names injects the players have not seen.
      return ACTION_CATALOG.has(entry.action?.type as PlayerAction["type"])
        ? { at, text: `Not done (${String(entry.action?.type)}): ${entry.reason}`, kind: "system" }
        : undefined;
    case "fact.discovered": {
      const fact = world.scenario.facts.find((item) => item.id === entry.fact);
      return { at, text: `Found: ${fact?.text ?? entry.fact}`, kind: "evidence" };
    }
    case "evidence.destroyed":
      return entry.cause.kind === "action"
        ? { at, text: `Evidence destroyed: ${entry.subject}`, kind: "evidence" }
        : undefined;
    case "business.impacted": {
      const impact = world.scenario.business.impacts.find((item) => item.id === entry.impact);
      return { at, text: `Business: ${impact?.text ?? entry.impact}`, kind: "business" };
    }
    case "business.recovered": {
      const service = world.scenario.business.services.find((item) => item.id === entry.service);
      return { at, text: `Business: ${service?.name ?? entry.service} is back to normal.`, kind: "business" };
    }
    default:
      return undefined;
  }
}

type Appended<T> = { from: number; items: T[] };
const activities = new WeakMap<object, Appended<Activity>>();
const sentByWorld = new WeakMap<object, Appended<PlayerView["sent"][number]>>();

/** What `read` makes of each item of an append-only list, computed once per item however often a view is drawn. */
function appended<S, T>(
  cache: WeakMap<object, Appended<T>>,
  source: readonly S[],
  read: (item: S) => T | undefined,
): T[] {
  let seen = cache.get(source);
  if (!seen) {
    seen = { from: 0, items: [] };
    cache.set(source, seen);
  }
  for (; seen.from < source.length; seen.from++) {
    const item = read(source[seen.from] as S);
    if (item !== undefined) seen.items.push(item);
  }
  return seen.items.slice();
}

/**
 * What a player (and the team display) may see of the drill: the world as the console shows it, the inbox,
 * the case file of discovered facts, the team and their own actions — never the attacker script, ground truth,
 * controller-only inject fields or undiscovered facts.
 */
export function projectPlayerView(world: WorldState, phase: DrillPhaseName): PlayerView {
  const { scenario } = world;
  const defs = scenario.world;
  const peopleById = new Map(defs.people.map((person) => [person.id, person]));
  const channelName = (id: string) =>
    id === "room"
      ? (world.team.room?.name ?? "room")
      : id === "call"
        ? "Voice call"
        : (defs.channels.find((c) => c.id === id)?.name ?? id);
  const ended = phase === "debrief";
  const knowledge = teamKnowledge(world);
  return {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      premise: scenario.premise,
      contentHash: scenario.contentHash,
      briefing: {
        title: scenario.briefing.title,
        situation: scenario.briefing.situation,
        yourRole: scenario.briefing.yourRole,
        objectives: [...scenario.briefing.objectives],
      },
      // why: a module is delivered when it starts; until then the room learns nothing of it, not even its title.
      modules: scenario.modules
        .filter((module) => phase !== "briefing" && module.startsAt <= world.now)
        .map((module) => ({
          id: module.id,
          title: module.title,
          startsAt: module.startsAt,
          summary: module.summary,
          questions: [...module.questions],
        })),
      horizon: scenario.horizon,
      ...(scenario.start !== undefined ? { start: { ...scenario.start } } : {}),
      // why: the card tells the real incidents behind the scenario, its twist included; it is for the debrief only.
      ...(phase === "debrief"
        ? {
            debrief: {
              summary: scenario.debrief.summary,
              inspiredBy: scenario.debrief.inspiredBy.map((item) => ({ ...item })),
              notes: [...scenario.debrief.notes],
            },
          }
        : {}),
      organisation: {
        name: scenario.organisation.name,
        emailDomain: scenario.organisation.emailDomain,
        privilegePrefix: scenario.organisation.privilegePrefix,
      },
    },
    phase,
    now: world.now,
    seed: world.seed,
    ...(world.currentModule !== undefined ? { currentModule: world.currentModule } : {}),
    zones: defs.zones.map((zone) => ({ id: zone.id, name: zone.name, kind: zone.kind })),
    instances: defs.instances
      .filter((instance) => knowledge.seesInstance(instance.id))
      .map((instance) => {
        const state = world.instances[instance.id]!;
        return {
          id: instance.id,
          name: instance.name,
          zone: instance.zone,
          ip: instance.ip,
          ...(instance.service !== undefined ? { service: instance.service } : {}),
          disks: [...instance.disks],
          ...(instance.autoscalingGroup !== undefined ? { autoscalingGroup: instance.autoscalingGroup } : {}),
          state: knowledge.knownInstanceState(instance.id) ?? state.state,
          isolated: state.isolated,
          imaged: state.images.length > 0,
          imagedOffsite: state.images.some((image) => image.offsite),
          knownAffected: state.knownAffected,
          attackerMade: instance.createdBy !== undefined,
        };
      }),
    autoscalingGroups: defs.autoscalingGroups.map((group) => ({
      id: group.id,
      name: group.name,
      suspended: world.autoscalingGroups[group.id]?.suspended ?? false,
    })),
    services: defs.services.map((service) => ({
      id: service.id,
      name: service.name,
      zone: service.zone,
      running: world.services[service.id]?.running ?? true,
      codePaths: service.codePaths.map((codePath) => ({
        id: codePath.id,
        name: codePath.name,
        enabled: world.codePaths[codePath.id]?.enabled ?? true,
      })),
    })),
    dataStores: defs.dataStores.map((store) => ({
      id: store.id,
      name: store.name,
      zone: store.zone,
      kind: store.kind,
      dataClasses: [...store.dataClasses],
    })),
    credentials: defs.credentials
      .filter((credential) => knowledge.seesCredential(credential.id))
      .map((credential) => ({
        id: credential.id,
        name: credential.name,
        kind: credential.kind,
        state: world.credentials[credential.id]?.state ?? "active",
        storedOn: [...credential.storedOn],
        ...(credential.inventoryNote !== undefined ? { inventoryNote: credential.inventoryNote } : {}),
        knownCompromised: world.credentials[credential.id]?.knownCompromised ?? false,
      })),
    providers: defs.providers.map((provider) => ({
      id: provider.id,
      name: provider.name,
      zone: provider.zone,
      purged: world.providers[provider.id]?.purged ?? false,
    })),
    logSources: defs.logSources
      .filter((source) => source.livesOn === undefined || knowledge.seesInstance(source.livesOn))
      .map((source) => ({
        id: source.id,
        name: source.name,
        description: source.description,
        preserved: world.logSources[source.id]?.status === "preserved",
        knownDestroyed: world.logSources[source.id]?.knownDestroyed ?? false,
      })),
    people: defs.people.map((person) => ({
      id: person.id,
      name: person.name,
      title: person.title,
      internal: person.internal,
      ...(person.organisation !== undefined ? { organisation: person.organisation } : {}),
      reachableBy: [...person.reachableBy],
      ...(person.role !== undefined ? { role: person.role } : {}),
    })),
    channels: defs.channels.map((channel) => ({
      id: channel.id,
      name: channel.name,
      kind: channel.kind,
      broad: channel.broad,
    })),
    team: {
      icPaged: world.team.icPaged,
      ...(world.team.codename !== undefined ? { codename: world.team.codename } : {}),
      ...(world.team.call
        ? {
            call: {
              ...(world.team.call.title !== undefined ? { title: world.team.call.title } : {}),
              members: [...world.team.call.members],
            },
          }
        : {}),
      ...(world.team.room
        ? {
            room: {
              name: world.team.room.name,
              ...(world.team.room.topic !== undefined ? { topic: world.team.room.topic } : {}),
              members: [...world.team.room.members],
            },
          }
        : {}),
      assignments: world.team.assignments.map((item) => ({ ...item })),
    },
    inbox: world.inbox.map((item) => {
      const inject = scenario.injects.find((candidate) => candidate.id === item.inject)!;
      const repliedWith = world.injects[item.inject]?.repliedWith;
      return {
        inject: inject.id,
        at: item.at,
        from: inject.from,
        fromName: peopleById.get(inject.from)?.name ?? inject.from,
        channel: inject.channel,
        channelName: channelName(inject.channel),
        ...(inject.subject !== undefined ? { subject: inject.subject } : {}),
        body: inject.body,
        replies: inject.replies.map((option) => ({ id: option.id, label: option.label })),
        ...(repliedWith !== undefined ? { repliedWith } : {}),
        ...(inject.addressedTo !== undefined ? { addressedTo: inject.addressedTo } : {}),
      };
    }),
    caseFile: scenario.facts
      .filter((fact) => world.facts[fact.id]?.status === "discovered")
      .map((fact) => {
        const state = world.facts[fact.id]!;
        return {
          fact: fact.id,
          text: fact.text,
          at: fact.occurredAt,
          discoveredAt: state.discoveredAt ?? world.now,
          via: state.via ?? "",
        };
      })
      .sort((a, b) => a.discoveredAt - b.discoveredAt || a.at - b.at),
    activity: appended(activities, world.log, (entry) => activityOf(entry, world)),
    pending: world.pending.map((item) => ({
      seq: item.seq,
      action: item.action,
      ...(item.by !== undefined ? { by: item.by } : {}),
      ...(item.startsAt !== undefined ? { startsAt: item.startsAt } : {}),
      completesAt: item.completesAt,
    })),
    sent: appended(sentByWorld, world.messages, (message) => ({
      at: message.at,
      channel: message.channel,
      to: [...message.to],
      ...(message.subject !== undefined ? { subject: message.subject } : {}),
      body: message.body,
    })),
    statements: world.statements.map((statement) => ({
      at: statement.at,
      title: statement.title,
      body: statement.body,
    })),
    business: businessTrack(world),
    statutoryClocks: statutoryClockTrack(world),
    ...(!ended && phase !== "briefing" ? { nextEventAt: nextVisibleAt(world) } : {}),
    ended,
    ...(world.endReason !== undefined ? { endReason: world.endReason } : {}),
  };
}
