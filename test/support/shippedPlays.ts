import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { PlayLookup } from "../../src/content/compilePlay";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

/** Finds a shipped play by scenario and name (`scenarios/<scenario>.<name>.play.yaml`), for plays that `extends:` another. */
export const shippedPlays: PlayLookup = (scenario, name) => {
  const file = `${scenario}.${name}.play.yaml`;
  const path = join(SCENARIOS, file);
  return existsSync(path) ? { source: readFileSync(path, "utf8"), file } : undefined;
};
