export { compileScenario } from "../content/compileScenario";
export { createDrill } from "../engine/createDrill";
export { replay } from "../engine/headless/replay";

import { normaliseLineEndings } from "../content/compileScenario";
import { sha256Hex } from "../engine/sha256";

/** The content hash the compiler would give this source, without compiling it. */
export function contentHashOf(source: string): string {
  return sha256Hex(normaliseLineEndings(source));
}
