import { replaceInvisible } from "../report/render/revealInvisible";

/** `\u001b`, or a surrogate pair above U+FFFF: the JSON spelling, so escaped JSON output stays valid JSON. */
function jsonEscape(codePoint: number): string {
  const units =
    codePoint > 0xffff
      ? [0xd800 + ((codePoint - 0x10000) >> 10), 0xdc00 + ((codePoint - 0x10000) & 0x3ff)]
      : [codePoint];
  return units.map((unit) => `\\u${unit.toString(16).padStart(4, "0")}`).join("");
}

/**
 * Text that is safe to print on a terminal: every control character but tab and line feed, and every
 * bidirectional, zero-width or other invisible character, is shown escaped (`\u001b`, `\u202e`).
 */
export function terminalSafe(text: string): string {
  return replaceInvisible(text, "\t\n", jsonEscape);
}
