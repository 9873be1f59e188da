import { existsSync } from "node:fs";
import { join, relative } from "node:path";
import type { PlayLookup } from "../content/compilePlay";
import { readContentSource } from "./readContentSource";

/** Finds the plays an `extends:` names in `folder` (`<scenario>.<name>.play.yaml`), shown relative to `cwd`. */
export function playsBeside(folder: string, cwd: string): PlayLookup {
  return (scenario, name) => {
    const path = join(folder, `${scenario}.${name}.play.yaml`);
    if (!existsSync(path)) return undefined;
    const source = readContentSource(path);
    return typeof source === "string" ? { source, file: relative(cwd, path) || path } : undefined;
  };
}
