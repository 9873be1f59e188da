import type { PlayerAction } from "../../../src/engine/actions";
import type { DrillInput } from "../../../src/engine/log";
import type { ScenarioDefinition } from "../../../src/engine/scenario";
import type { SimMinutes } from "../../../src/engine/time";

const DAY = 24 * 60;

/** The play of a team that never acts: no inputs, the clock runs to the horizon. */
export function doNothing(): readonly DrillInput[] {
  return [];
}

/**
 * The box-ticking play: at minute `at` the team does every action the console offers on every target at once —
 * every log searched with no window, every credential rotated and revoked, every instance isolated and imaged,
 * every service shut down, every IP blocked, every party told — and publishes a statement that lists every data
 * class the scenario holds. It knows nothing and judges nothing; it only covers the checklist's boxes.
 */
export function doEverything(scenario: ScenarioDefinition, at: SimMinutes = 2): readonly DrillInput[] {
  const defs = scenario.world;
  const actions: PlayerAction[] = [
    { type: "page-ic" },
    { type: "set-codename", codename: "sapphire-unicorn" },
    { type: "start-voice-call", title: "sapphire-unicorn" },
    {
      type: "create-room",
      name: "sapphire-unicorn",
      topic: `${scenario.organisation.privilegePrefix}sapphire-unicorn`,
    },
  ];
  for (const source of defs.logSources) {
    actions.push({ type: "preserve-logs", logSource: source.id });
    actions.push({ type: "investigate", logSource: source.id });
  }
  for (const instance of defs.instances) {
    actions.push({ type: "isolate-instance", instance: instance.id });
    actions.push({ type: "image-disk", instance: instance.id, readOnly: true, offsite: true });
    actions.push({ type: "kill-session", instance: instance.id });
    actions.push({ type: "lock-users", instance: instance.id });
  }
  for (const group of defs.autoscalingGroups) actions.push({ type: "suspend-autoscaling", group: group.id });
  for (const service of defs.services) {
    for (const codePath of service.codePaths)
      actions.push({ type: "disable-code-path", codePath: codePath.id });
    actions.push({ type: "shutdown-service", service: service.id });
  }
  for (const provider of defs.providers)
    actions.push({ type: "purge-provider-accounts", provider: provider.id });
  for (const credential of defs.credentials) {
    actions.push({ type: "revoke-credential", credential: credential.id });
    actions.push({ type: "rotate-credential", credential: credential.id });
  }
  for (const ip of defs.attackerIps) actions.push({ type: "block-ip", ip });
  actions.push({ type: "add-alerting", description: "alert on every credential and every host" });
  actions.push({ type: "monitor-reentry" });
  for (const person of defs.people.filter((person) => person.contactKind !== undefined))
    actions.push({
      type: "contact",
      party: person.id,
      body: "Security incident under way; we will follow up.",
    });
  const dataClasses = [...new Set(defs.dataStores.flatMap((store) => store.dataClasses))];
  actions.push({
    type: "publish-statement",
    title: "Security incident",
    body: `We are responding to a security incident. Data that may be affected: ${dataClasses.join(", ")}.`,
  });
  return actions.map((intent) => ({ at, intent }));
}

/** The same play with every input moved `days` later (a team that starts days after it could have). */
export function shiftedLate(inputs: readonly DrillInput[], days: number): readonly DrillInput[] {
  return inputs.map((input) => ({ ...input, at: input.at + days * DAY }));
}
