import type { PlayerAction } from "../actions";
import { credentialExists } from "../world/credentialExists";
import type { WorldState } from "../world/worldState";

/**
 * Every action a player could sensibly try now, built from what the console shows (in a fixed order, so a
 * seeded policy picking among them is deterministic). Includes the tempting mistakes, not only good moves.
 */
export function plausibleActions(world: WorldState): PlayerAction[] {
  const { scenario, team } = world;
  const defs = scenario.world;
  const actions: PlayerAction[] = [
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
  ];
  for (const instance of defs.instances) {
    const state = world.instances[instance.id];
    if (!state?.exists) continue;
    if (state.state !== "terminated")
      for (const type of [
        "isolate-instance",
        "shutdown-instance",
        "terminate-instance",
        "image-disk",
        "kill-session",
        "lock-users",
        "restore-firewall-defaults",
        "capture-memory",
        "enforce-imdsv2",
      ] as const)
        actions.push({ type, instance: instance.id });
    if (state.images.length > 0 || state.memoryAt !== undefined)
      actions.push({ type: "forensic-analysis", instance: instance.id });
  }
  for (const group of defs.autoscalingGroups) {
    actions.push({ type: "suspend-autoscaling", group: group.id });
    actions.push({ type: "cycle-autoscaling-group", group: group.id });
  }
  for (const service of defs.services) {
    actions.push({ type: "shutdown-service", service: service.id });
    for (const codePath of service.codePaths)
      actions.push({ type: "disable-code-path", codePath: codePath.id });
  }
  for (const provider of defs.providers)
    actions.push({ type: "purge-provider-accounts", provider: provider.id });
  for (const credential of defs.credentials.filter((item) => credentialExists(world, item.id))) {
    actions.push({ type: "rotate-credential", credential: credential.id });
    actions.push({ type: "revoke-credential", credential: credential.id });
    actions.push({ type: "rotate-overlapping", credential: credential.id });
    actions.push({ type: "deny-old-credentials", credential: credential.id });
    actions.push({ type: "remove-from-group", credential: credential.id });
  }
  for (const source of defs.logSources) {
    actions.push({ type: "preserve-logs", logSource: source.id });
    actions.push({ type: "investigate", logSource: source.id });
    actions.push({ type: "investigate", logSource: source.id, from: world.now - 7 * 24 * 60, to: world.now });
  }
  for (const ip of defs.attackerIps) actions.push({ type: "block-ip", ip });
  const people = defs.people.map((person) => person.id);
  const channels = [
    ...defs.channels.map((channel) => channel.id),
    ...(team.room ? ["room"] : []),
    ...(team.call ? ["call"] : []),
  ];
  for (const channel of channels) actions.push({ type: "send-message", channel, body: "status update" });
  for (const person of people) {
    if (team.call || team.room)
      actions.push({
        type: "invite",
        people: [person],
        to: team.call && team.room ? "both" : team.call ? "call" : "room",
      });
    actions.push({ type: "contact", party: person, body: "please call us" });
    const direct = defs.channels.find((channel) => !channel.broad);
    if (direct)
      actions.push({ type: "send-message", channel: direct.id, to: [person], body: "details of the breach" });
  }
  for (const item of world.inbox) {
    const inject = scenario.injects.find((candidate) => candidate.id === item.inject);
    if (!inject || world.injects[item.inject]?.repliedWith) continue;
    for (const option of inject.replies)
      actions.push({ type: "reply", inject: inject.id, option: option.id });
  }
  actions.push({ type: "publish-statement", title: "Security notice", body: "We are investigating." });
  actions.push({ type: "terminate-instance", instance: "no-such-instance" });
  actions.push({ type: "close-incident" });
  return actions;
}
