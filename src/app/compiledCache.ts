import SHIPPED_DIGESTS from "virtual:hotwash-shipped-digests";
import type { ScenarioDefinition } from "../engine/scenario";
import { compiledDigest, definitionJson } from "./compiledDigest";

const PREFIX = "hotwash.compiled.v1.";

export interface CompiledCache {
  /**
   * The cached definition of a scenario, only if it was compiled from a source with this content hash and is
   * byte for byte what the shipped source compiles to; anything else in its place is removed.
   */
  get(id: string, contentHash: string): ScenarioDefinition | undefined;
  set(definition: ScenarioDefinition): void;
}

/**
 * Compiled scenarios kept in Web Storage, so a reload resumes without recompiling the YAML. why: storage is
 * writable by anyone with the browser (or a script of the origin), so an entry is trusted only when its digest
 * is the one the build recorded for that content hash; a poisoned or damaged entry is dropped and rebuilt.
 */
export function createCompiledCache(
  storage: () => Storage,
  shipped: Readonly<Record<string, string>> = SHIPPED_DIGESTS,
): CompiledCache {
  const remove = (id: string) => {
    try {
      storage().removeItem(PREFIX + id);
    } catch {
      // why: a storage that refuses removal is not read from again this session (the compile result is kept).
    }
  };
  return {
    get(id, contentHash) {
      let text: string | null;
      try {
        text = storage().getItem(PREFIX + id);
      } catch {
        return undefined;
      }
      if (!text) return undefined;
      const expected = Object.hasOwn(shipped, contentHash) ? shipped[contentHash] : undefined;
      if (expected === undefined || compiledDigest(text) !== expected) {
        remove(id);
        return undefined;
      }
      try {
        return JSON.parse(text) as ScenarioDefinition;
      } catch {
        remove(id);
        return undefined;
      }
    },
    set(definition) {
      const text = definitionJson(definition);
      // why: only what can be verified on the way back is worth keeping.
      if (shipped[definition.contentHash] !== compiledDigest(text)) return;
      try {
        storage().setItem(PREFIX + definition.id, text);
      } catch {
        // why: this is only a cache; without it the scenario is compiled again, and the drill's own save reports errors.
      }
    },
  };
}
