import type { PlayerView } from "../../src/engine/playerView";
import type { ScenarioDefinition } from "../../src/engine/scenario";

/** Every string and every key anywhere in the view. */
function walk(value: unknown, strings: string[], keys: string[]): void {
  if (typeof value === "string") strings.push(value);
  else if (Array.isArray(value)) for (const item of value) walk(item, strings, keys);
  else if (value && typeof value === "object")
    for (const [key, item] of Object.entries(value)) {
      keys.push(key);
      walk(item, strings, keys);
    }
}

/** Text the scenario shows players anyway (names, briefing, inject bodies): a secret equal to it is no secret. */
function publicTexts(scenario: ScenarioDefinition): string[] {
  const strings: string[] = [];
  const { world } = scenario;
  walk(
    [
      scenario.briefing,
      scenario.modules,
      world.people.map((person) => [person.name, person.title, person.organisation]),
      world.channels.map((channel) => channel.name),
      world.instances.map((instance) => instance.name),
      world.services.map((service) => [service.name, service.codePaths]),
      world.credentials.map((credential) => [credential.name, credential.inventoryNote]),
      world.providers.map((provider) => provider.name),
      world.logSources.map((source) => [source.name, source.description]),
      world.dataStores,
      scenario.injects.map((inject) => [
        inject.subject,
        inject.body,
        inject.replies.map((option) => option.label),
      ]),
    ],
    strings,
    [],
  );
  return strings;
}

/** The controller-only values of a scenario that a player must not see (given what they discovered). */
function secrets(scenario: ScenarioDefinition, discovered: ReadonlySet<string>): string[] {
  return [
    ...scenario.attacker.flatMap((step) => [step.title, ...(step.description ? [step.description] : [])]),
    ...scenario.injects.flatMap((inject) => [
      ...(inject.controller.evaluatorNotes ? [inject.controller.evaluatorNotes] : []),
      ...(inject.controller.temptation ? [inject.controller.temptation] : []),
      ...inject.controller.tests,
    ]),
    ...scenario.facts.filter((fact) => !discovered.has(fact.id)).map((fact) => fact.text),
    ...scenario.world.footholds.map((foothold) => foothold.description),
    ...scenario.world.providers.flatMap((provider) =>
      provider.accounts.filter((a) => a.attackerCreated).map((a) => a.id),
    ),
  ];
}

/** Controller-only strings and keys found anywhere in a player view (empty lists when it is clean). */
export function controllerLeaks(
  view: PlayerView,
  scenario: ScenarioDefinition,
): { strings: string[]; keys: string[] } {
  const strings: string[] = [];
  const keys: string[] = [];
  walk(view, strings, keys);
  const discovered = new Set(view.caseFile.map((fact) => fact.fact));
  const visible = publicTexts(scenario);
  const hidden = secrets(scenario, discovered).filter(
    (secret) => !visible.some((text) => text.includes(secret)),
  );
  return {
    strings: strings.filter((text) => hidden.some((secret) => text.includes(secret))),
    keys: keys.filter((key) =>
      [
        "insider",
        "affected",
        "compromised",
        "usedInAttack",
        "controller",
        "evaluatorNotes",
        "expectedActions",
        "temptation",
        "attackerCreated",
        "destroyedWhen",
        "compromisedWhen",
        "attacker",
        "footholds",
        "patientZero",
      ].includes(key),
    ),
  };
}
