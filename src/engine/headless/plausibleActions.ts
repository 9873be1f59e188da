import type { PlayerAction } from "../actions";
import type { ScenarioDefinition } from "../scenario";
import { credentialExists } from "../world/credentialExists";
import type { WorldState } from "../world/worldState";

const INSTANCE_ACTIONS = [
  "isolate-instance",
  "shutdown-instance",
  "terminate-instance",
  "image-disk",
  "kill-session",
  "lock-users",
  "restore-firewall-defaults",
  "capture-memory",
  "enforce-imdsv2",
] as const;

/** The parts of the menu that depend only on the scenario, built once per scenario (frozen: they are shared). */
interface StaticMenu {
  opening: readonly PlayerAction[];
  onInstance: ReadonlyMap<string, readonly PlayerAction[]>;
  forensics: ReadonlyMap<string, PlayerAction>;
  infrastructure: readonly PlayerAction[];
  onCredential: ReadonlyMap<string, readonly PlayerAction[]>;
  onLogSource: ReadonlyMap<string, readonly PlayerAction[]>;
  blockIps: readonly PlayerAction[];
  onChannel: ReadonlyMap<string, PlayerAction>;
  toPerson: ReadonlyMap<string, readonly PlayerAction[]>;
  closing: readonly PlayerAction[];
}

const menus = new WeakMap<ScenarioDefinition, StaticMenu>();

function frozen<T extends object>(value: T): T {
  return Object.freeze(value);
}

function staticMenu(scenario: ScenarioDefinition): StaticMenu {
  const cached = menus.get(scenario);
  if (cached) return cached;
  const defs = scenario.world;
  const direct = defs.channels.find((channel) => !channel.broad);
  const menu: StaticMenu = {
    opening: [
      { type: "page-ic" },
      { type: "set-codename", codename: "sapphire-unicorn" },
      { type: "start-voice-call", title: "sapphire-unicorn" },
      { type: "create-room", name: "sapphire-unicorn", topic: `${scenario.organisation.privilegePrefix}` },
      { type: "add-alerting", description: "alert on use of rotated keys" },
      { type: "monitor-reentry" },
      { type: "note", text: "noted" },
      { type: "assign", task: "forensics", role: "security-lead" },
      { type: "deploy-freeze", announcement: "deploys frozen while we rotate keys" },
      { type: "force-reauth" },
      { type: "maintenance-notice", body: "Maintenance under way; back within the hour." },
    ].map((action) => frozen(action as PlayerAction)),
    onInstance: new Map(
      defs.instances.map((instance) => [
        instance.id,
        INSTANCE_ACTIONS.map((type) => frozen({ type, instance: instance.id })),
      ]),
    ),
    forensics: new Map(
      defs.instances.map((instance) => [
        instance.id,
        frozen({ type: "forensic-analysis", instance: instance.id } as PlayerAction),
      ]),
    ),
    infrastructure: [
      ...defs.autoscalingGroups.flatMap((group): PlayerAction[] => [
        { type: "suspend-autoscaling", group: group.id },
        { type: "cycle-autoscaling-group", group: group.id },
      ]),
      ...defs.services.flatMap((service): PlayerAction[] => [
        { type: "shutdown-service", service: service.id },
        ...service.codePaths.map(
          (codePath): PlayerAction => ({ type: "disable-code-path", codePath: codePath.id }),
        ),
      ]),
      ...defs.providers.map(
        (provider): PlayerAction => ({ type: "purge-provider-accounts", provider: provider.id }),
      ),
    ].map(frozen),
    onCredential: new Map(
      defs.credentials.map((credential) => [
        credential.id,
        [
          frozen({ type: "rotate-credential", credential: credential.id } as PlayerAction),
          frozen({ type: "revoke-credential", credential: credential.id } as PlayerAction),
          frozen({ type: "rotate-overlapping", credential: credential.id } as PlayerAction),
          frozen({ type: "deny-old-credentials", credential: credential.id } as PlayerAction),
          frozen({ type: "remove-from-group", credential: credential.id } as PlayerAction),
        ],
      ]),
    ),
    onLogSource: new Map(
      defs.logSources.map((source) => [
        source.id,
        [
          frozen({ type: "preserve-logs", logSource: source.id } as PlayerAction),
          frozen({ type: "investigate", logSource: source.id } as PlayerAction),
        ],
      ]),
    ),
    blockIps: defs.attackerIps.map((ip) => frozen({ type: "block-ip", ip } as PlayerAction)),
    onChannel: new Map(
      [...defs.channels.map((channel) => channel.id), "room", "call"].map((channel) => [
        channel,
        frozen({ type: "send-message", channel, body: "status update" } as PlayerAction),
      ]),
    ),
    toPerson: new Map(
      defs.people.map((person) => [
        person.id,
        [
          frozen({ type: "contact", party: person.id, body: "please call us" } as PlayerAction),
          ...(direct
            ? [
                frozen({
                  type: "send-message",
                  channel: direct.id,
                  to: [person.id],
                  body: "details of the breach",
                } as PlayerAction),
              ]
            : []),
        ],
      ]),
    ),
    closing: [
      { type: "publish-statement", title: "Security notice", body: "We are investigating." },
      { type: "terminate-instance", instance: "no-such-instance" },
      { type: "close-incident" },
    ].map((action) => frozen(action as PlayerAction)),
  };
  menus.set(scenario, menu);
  return menu;
}

/**
 * Every action a player could sensibly try now, built from what the console shows (in a fixed order, so a
 * seeded policy picking among them is deterministic). Includes the tempting mistakes, not only good moves.
 * The actions are frozen and may be shared between calls.
 */
export function plausibleActions(world: WorldState): PlayerAction[] {
  const { scenario, team } = world;
  const defs = scenario.world;
  const menu = staticMenu(scenario);
  const actions: PlayerAction[] = [...menu.opening];
  for (const instance of defs.instances) {
    const state = world.instances[instance.id];
    if (!state?.exists) continue;
    if (state.state !== "terminated") actions.push(...(menu.onInstance.get(instance.id) ?? []));
    if (state.images.length > 0 || state.memoryAt !== undefined)
      actions.push(menu.forensics.get(instance.id) as PlayerAction);
  }
  actions.push(...menu.infrastructure);
  for (const credential of defs.credentials)
    if (credentialExists(world, credential.id)) actions.push(...(menu.onCredential.get(credential.id) ?? []));
  for (const source of defs.logSources) {
    actions.push(...(menu.onLogSource.get(source.id) ?? []));
    actions.push({ type: "investigate", logSource: source.id, from: world.now - 7 * 24 * 60, to: world.now });
  }
  actions.push(...menu.blockIps);
  for (const channel of defs.channels) actions.push(menu.onChannel.get(channel.id) as PlayerAction);
  if (team.room) actions.push(menu.onChannel.get("room") as PlayerAction);
  if (team.call) actions.push(menu.onChannel.get("call") as PlayerAction);
  const to = team.call && team.room ? "both" : team.call ? "call" : team.room ? "room" : undefined;
  for (const person of defs.people) {
    if (to) actions.push({ type: "invite", people: [person.id], to });
    actions.push(...(menu.toPerson.get(person.id) ?? []));
  }
  for (const item of world.inbox) {
    const inject = scenario.injects.find((candidate) => candidate.id === item.inject);
    if (!inject || world.injects[item.inject]?.repliedWith) continue;
    for (const option of inject.replies)
      actions.push({ type: "reply", inject: inject.id, option: option.id });
  }
  actions.push(...menu.closing);
  return actions;
}
