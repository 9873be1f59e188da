import type { ScenarioDefinition } from "../engine/scenario";
import { sha256Hex } from "../engine/sha256";

/** The SHA-256 of a compiled scenario's JSON: the build records it per content hash, the cache checks against it. */
export function compiledDigest(definitionJson: string): string {
  return sha256Hex(definitionJson);
}

/** The JSON text a compiled scenario is cached and digested as. */
export function definitionJson(definition: ScenarioDefinition): string {
  return JSON.stringify(definition);
}
