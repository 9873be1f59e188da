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
  channels: readonly PlayerAction[];
  /** Every person's invite (to the call, the room or both; none before either exists), contact and message. */
  people: Readonly<Record<"none" | "call" | "room" | "both", readonly PlayerAction[]>>;
  replies: ReadonlyMap<string, readonly PlayerAction[]>;
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
  const onChannel = new Map(
    [...defs.channels.map((channel) => channel.id), "room", "call"].map((channel) => [
      channel,
      frozen({ type: "send-message", channel, body: "status update" } as PlayerAction),
    ]),
  );
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
    onChannel,
    channels: defs.channels.map((channel) => onChannel.get(channel.id) as PlayerAction),
    people: {
      none: peopleMenu(scenario, undefined),
      call: peopleMenu(scenario, "call"),
      room: peopleMenu(scenario, "room"),
      both: peopleMenu(scenario, "both"),
    },
    replies: new Map(
      scenario.injects.map((inject) => [
        inject.id,
        inject.replies.map((option) =>
          frozen({ type: "reply", inject: inject.id, option: option.id } as PlayerAction),
        ),
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

function peopleMenu(
  scenario: ScenarioDefinition,
  to: "call" | "room" | "both" | undefined,
): readonly PlayerAction[] {
  const direct = scenario.world.channels.find((channel) => !channel.broad);
  return scenario.world.people.flatMap((person): PlayerAction[] => [
    ...(to ? [frozen({ type: "invite", people: [person.id], to } as PlayerAction)] : []),
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
  ]);
}

/** A part of the menu: shared actions, or one action made for this moment (built only if it is chosen). */
type Segment = readonly PlayerAction[] | (() => PlayerAction);

/** The menu as parts, in its fixed order, without building the actions that depend on the moment. */
function menuSegments(world: WorldState): Segment[] {
  const { scenario, team } = world;
  const defs = scenario.world;
  const menu = staticMenu(scenario);
  const segments: Segment[] = [menu.opening];
  for (const instance of defs.instances) {
    const state = world.instances[instance.id];
    if (!state?.exists) continue;
    if (state.state !== "terminated") segments.push(menu.onInstance.get(instance.id) ?? []);
    if (state.images.length > 0 || state.memoryAt !== undefined)
      segments.push([menu.forensics.get(instance.id) as PlayerAction]);
  }
  segments.push(menu.infrastructure);
  for (const credential of defs.credentials)
    if (credentialExists(world, credential.id)) segments.push(menu.onCredential.get(credential.id) ?? []);
  const now = world.now;
  for (const source of defs.logSources) {
    segments.push(menu.onLogSource.get(source.id) ?? []);
    segments.push(() => ({ type: "investigate", logSource: source.id, from: now - 7 * 24 * 60, to: now }));
  }
  segments.push(menu.blockIps, menu.channels);
  if (team.room) segments.push([menu.onChannel.get("room") as PlayerAction]);
  if (team.call) segments.push([menu.onChannel.get("call") as PlayerAction]);
  segments.push(
    menu.people[team.call && team.room ? "both" : team.call ? "call" : team.room ? "room" : "none"],
  );
  for (const item of world.inbox) {
    if (world.injects[item.inject]?.repliedWith) continue;
    segments.push(menu.replies.get(item.inject) ?? []);
  }
  segments.push(menu.closing);
  return segments;
}

/** The plausible actions now as a count and a lookup by position (what a seeded policy picking one needs). */
export interface PlausibleMenu {
  count: number;
  at(index: number): PlayerAction | undefined;
}

/** The menu of `plausibleActions`, without building every entry: the policy asks for it at every move. */
export function plausibleMenu(world: WorldState): PlausibleMenu {
  const segments = menuSegments(world);
  let count = 0;
  for (const segment of segments) count += typeof segment === "function" ? 1 : segment.length;
  return {
    count,
    at(index) {
      let rest = index;
      for (const segment of segments) {
        const size = typeof segment === "function" ? 1 : segment.length;
        if (rest < size) return typeof segment === "function" ? segment() : segment[rest];
        rest -= size;
      }
      return undefined;
    },
  };
}

/**
 * Every action a player could sensibly try now, built from what the console shows (in a fixed order, so a
 * seeded policy picking among them is deterministic). Includes the tempting mistakes, not only good moves.
 * The actions are frozen and may be shared between calls.
 */
export function plausibleActions(world: WorldState): PlayerAction[] {
  const actions: PlayerAction[] = [];
  for (const segment of menuSegments(world)) {
    if (typeof segment === "function") actions.push(segment());
    else for (const action of segment) actions.push(action);
  }
  return actions;
}
