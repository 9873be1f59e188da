const PUNCTUATION = /[!-/:-@[-`{-~]/;

/**
 * Reads Markdown the way CommonMark shows plain text: `\X` (X ASCII punctuation) is X, `\` at a line end is a
 * hard break (the next line's indentation is layout). Also reports any character that is not escaped outside code
 * spans and fences where raw HTML, links, images, entities or a block quote could start.
 */
export function readMarkdown(markdown: string): { text: string; unescaped: { char: string; at: number }[] } {
  let text = "";
  const unescaped: { char: string; at: number }[] = [];
  let i = 0;
  let lineStart = true;
  while (i < markdown.length) {
    if (lineStart && markdown.startsWith("```", i)) {
      const open = /^`{3,}/.exec(markdown.slice(i))?.[0] as string;
      const end = markdown.indexOf(`\n${open}`, i + open.length);
      const stop = end < 0 ? markdown.length : end + open.length + 1;
      text += markdown.slice(i + open.length + 1, end < 0 ? stop : end);
      i = stop;
      continue;
    }
    const char = markdown[i] as string;
    lineStart = false;
    if (char === "\\" && markdown[i + 1] === "\n") {
      text += "\n";
      i += 2;
      while (markdown[i] === " ") i += 1;
      continue;
    }
    if (char === "\\" && PUNCTUATION.test(markdown[i + 1] ?? "")) {
      text += markdown[i + 1];
      i += 2;
      continue;
    }
    if (char === "`") {
      const end = markdown.indexOf("`", i + 1);
      text += markdown.slice(i + 1, end);
      i = end + 1;
      continue;
    }
    // why: these open raw HTML, links, images and entities wherever they stand; `>` opens a quote at a line start.
    const lineSoFar = text.slice(text.lastIndexOf("\n") + 1);
    if (
      "<[]".includes(char) ||
      (char === "&" && /^&#?[A-Za-z0-9]+;/.test(markdown.slice(i))) ||
      (char === ">" && lineSoFar.trim() === "")
    )
      unescaped.push({ char, at: i });
    if (char === "\n") lineStart = true;
    text += char;
    i += 1;
  }
  return { text, unescaped };
}
