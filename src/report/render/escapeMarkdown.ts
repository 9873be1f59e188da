import { revealInvisible } from "./revealInvisible";

/**
 * why: free text (codenames, messages, statements, names) must stay inert and verbatim in Markdown, so every
 * ASCII punctuation character that CommonMark or GFM can give meaning to (links, images, raw HTML, entities,
 * emphasis, code, headings, lists, tables, setext underlines, autolinks via `:` `.` `@`, math via `$`) is
 * backslash-escaped; CommonMark renders an escaped punctuation character as itself.
 */
const ACTIVE = /[\\`*_{}[\]()#+\-.!|<>~=:@&$]/g;

/** Escapes free text for Markdown (invisible characters shown); line breaks become hard breaks, indented by `indent`. */
export function escapeMarkdown(text: string, indent = ""): string {
  return revealInvisible(text)
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(ACTIVE, (char) => `\\${char}`))
    .join(`\\\n${indent}`);
}

/** A fenced code block that no backtick run in `code` can close early; code blocks are inert and verbatim. */
export function markdownCodeBlock(code: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = "`".repeat(longest + 1);
  return `${fence}\n${code}\n${fence}`;
}
