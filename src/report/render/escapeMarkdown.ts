import { revealInvisible } from "./revealInvisible";

/**
 * why: free text (codenames, messages, statements, names) must stay inert and verbatim in Markdown, yet read well
 * as plain text. Only what CommonMark or GFM would misread is backslash-escaped: characters that open code,
 * emphasis, links, images, raw HTML, autolinks, tables and strikethrough anywhere (`\` `` ` `` `*` `[` `]` `<` `|`
 * `~`), `_` at a word edge, `&` that starts an entity, `://` and `www.` (GFM autolinks), `@` inside an address,
 * and what starts a block at the start of a line (`#`, `>`, list markers, `1.`, setext and thematic-break runs).
 * Dates, times, hyphens, dots and parentheses stay as they are.
 */
const ANYWHERE =
  /[\\`*[\]<|~]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])|&(?=#?[A-Za-z0-9]+;)|:(?=\/\/)|(?<=\bwww)\.|(?<=\w)@(?=\w)/g;
const LINE_START = /^(\s*)(#|>|[-+](?=\s|$)|=+\s*$|-+\s*$|(\d{1,9})([.)])(?=\s|$))/;

function escapeLine(line: string): string {
  const escaped = line.replace(ANYWHERE, (char) => `\\${char}`);
  return escaped.replace(
    LINE_START,
    (_match, space: string, marker: string, digits?: string, dot?: string) =>
      digits !== undefined ? `${space}${digits}\\${dot}` : `${space}\\${marker}`,
  );
}

/** Escapes free text for Markdown (invisible characters shown); line breaks become hard breaks, indented by `indent`. */
export function escapeMarkdown(text: string, indent = ""): string {
  return revealInvisible(text)
    .split(/\r\n|\r|\n/)
    .map(escapeLine)
    .join(`\\\n${indent}`);
}

/** A fenced code block that no backtick run in `code` can close early; code blocks are inert and verbatim. */
export function markdownCodeBlock(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}\n${code}\n${fence}`;
}
