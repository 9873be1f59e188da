/**
 * Wraps text into at most `maxLines` lines of at most `perLine` characters, breaking after spaces, hyphens, slashes
 * and dots where it can; the last line ends in "…" when text is left over.
 */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const width = Math.max(1, Math.floor(perLine));
  const lines: string[] = [];
  let rest = text.trim();
  while (rest.length > 0 && lines.length < maxLines) {
    if (rest.length <= width) {
      lines.push(rest);
      rest = "";
      break;
    }
    if (lines.length === maxLines - 1) {
      lines.push(`${rest.slice(0, Math.max(1, width - 1)).trimEnd()}…`);
      rest = "";
      break;
    }
    const window = rest.slice(0, width + 1);
    let cut = -1;
    for (let index = window.length - 1; index > 0; index -= 1) {
      const char = window[index] as string;
      if (char === " ") {
        cut = index;
        break;
      }
      if ((char === "-" || char === "/" || char === ".") && index < width) {
        cut = index + 1;
        break;
      }
    }
    if (cut <= 0) cut = width;
    lines.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  return lines;
}
