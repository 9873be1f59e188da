import { sha256Hex } from "../engine/sha256";

/**
 * The content hash the compiler gives a scenario source, without loading the compiler: the SHA-256 of the text with
 * its line endings made "\n" (as compileScenario normalises them; a test holds the two together).
 */
export function contentHashOf(source: string): string {
  return sha256Hex(source.replace(/\r\n?/g, "\n"));
}
