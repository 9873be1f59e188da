import type { Fact, ScenarioDefinition } from "../scenario";

function namesOf(scenario: ScenarioDefinition, id: string): string[] {
  const { world } = scenario;
  const named = [
    ...world.instances,
    ...world.credentials,
    ...world.people,
    ...world.services,
    ...world.dataStores,
    ...world.providers,
    ...world.logSources,
  ].filter((item) => item.id === id);
  return [id, ...named.map((item) => item.name)].map((name) => name.toLowerCase());
}

/**
 * Whether a fact concerns the target an investigation narrows to: its evidence lives on that instance, it reveals
 * that instance or credential, or its text names the target (by id or by the thing's name, or the text given).
 */
export function factConcerns(scenario: ScenarioDefinition, fact: Fact, target: string): boolean {
  if (fact.evidence.instance === target) return true;
  if (fact.revealsInstances?.includes(target) || fact.revealsCredentials?.includes(target)) return true;
  const text = fact.text.toLowerCase();
  return namesOf(scenario, target).some((name) => name.length > 0 && text.includes(name));
}
