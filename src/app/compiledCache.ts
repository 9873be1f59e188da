import type { ScenarioDefinition } from "../engine/scenario";

const PREFIX = "hotwash.compiled.v1.";

export interface CompiledCache {
  /** The cached definition of a scenario, only if it was compiled from a source with this content hash. */
  get(id: string, contentHash: string): ScenarioDefinition | undefined;
  set(definition: ScenarioDefinition): void;
}

/** Compiled scenarios kept in Web Storage by content hash, so a reload resumes without recompiling the YAML. */
export function createCompiledCache(storage: () => Storage): CompiledCache {
  return {
    get(id, contentHash) {
      try {
        const text = storage().getItem(PREFIX + id);
        if (!text) return undefined;
        const definition = JSON.parse(text) as ScenarioDefinition;
        return definition.contentHash === contentHash && definition.id === id ? definition : undefined;
      } catch {
        return undefined;
      }
    },
    set(definition) {
      try {
        storage().setItem(PREFIX + definition.id, JSON.stringify(definition));
      } catch {
        // why: this is only a cache; without it the scenario is compiled again, and the drill's own save reports errors.
      }
    },
  };
}
