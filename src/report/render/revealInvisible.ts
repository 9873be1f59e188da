/**
 * why: these characters change what a reader sees without being seen: bidirectional controls (a right-to-left
 * override turns "invoice‮fdp.exe" into what reads as "invoiceexe.pdf"), zero-width and other format characters,
 * line and paragraph separators, Hangul fillers, and the C0/C1 controls (ESC starts terminal commands).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115f\u1160\u3164\uffa0]/gu;

/** `text` with every invisible character not in `keep` replaced by `show(codePoint)`. */
export function replaceInvisible(text: string, keep: string, show: (codePoint: number) => string): string {
  return text.replace(INVISIBLE, (char) => (keep.includes(char) ? char : show(char.codePointAt(0) ?? 0)));
}

/** Text for people: each invisible character shown as `⟨U+202E⟩`, so it can be seen and cannot disguise. */
export function revealInvisible(text: string): string {
  return replaceInvisible(
    text,
    "\t\n\r",
    (codePoint) => `⟨U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}⟩`,
  );
}
