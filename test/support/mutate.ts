import seedrandom from "seedrandom";

/** Text an attacker or a careless editor puts into a file: parser tricks, escapes, huge numbers, wrong kinds. */
const TOKENS = [
  '"\\e]0;pwned\\a\\e[2J\\r0 errors"',
  '"\\u202Egnp.exe\\u200B"',
  "&a [*a, *a, *a]",
  "*a",
  "<<: *a",
  "!!binary aGk=",
  "!shout x",
  "%YAML 1.1",
  "---",
  "...",
  "{",
  "}",
  "[",
  "]",
  ": ",
  "- ",
  "\t",
  "#",
  "? [a, b]",
  "__proto__: 1",
  "constructor:",
  "null",
  "~",
  "1e999",
  "-1",
  "999999999999999999999",
  "T+99999d",
  "T-",
  '"x"',
  "true",
  "[]",
  "{}",
  '"\\x00"',
  "\u202e",
  "\u0000",
];

/** JSON-level changes for drill files: wrong kinds, out-of-range and non-finite numbers, hostile keys. */
const JSON_TOKENS = [
  '"__proto__": {}',
  '"constructor": 1',
  "1e400",
  "-1",
  "0.5",
  "null",
  "true",
  '"x"',
  "[]",
  "{}",
  '"\\u001b[2J"',
  '"\\u202e"',
  '"finding.override"',
  '"inject.fire"',
  '"../../x"',
  '"type": "drop-tables"',
  '"at": 999999999',
  ",",
  "}",
  "]",
  '"',
];

type Mutation = (text: string, random: () => number, tokens: readonly string[]) => string;

const pick = <T>(items: readonly T[], random: () => number): T =>
  items[Math.floor(random() * items.length)] as T;
const lineSplit = (text: string) => text.split("\n");

const MUTATIONS: Mutation[] = [
  (text, random) => {
    const lines = lineSplit(text);
    lines.splice(Math.floor(random() * lines.length), 1);
    return lines.join("\n");
  },
  (text, random) => {
    const lines = lineSplit(text);
    const at = Math.floor(random() * lines.length);
    lines.splice(at, 0, lines[at] ?? "");
    return lines.join("\n");
  },
  (text, random) => {
    const lines = lineSplit(text);
    const a = Math.floor(random() * lines.length);
    const b = Math.floor(random() * lines.length);
    [lines[a], lines[b]] = [lines[b] ?? "", lines[a] ?? ""];
    return lines.join("\n");
  },
  (text, random, tokens) => {
    const at = Math.floor(random() * (text.length + 1));
    return text.slice(0, at) + pick(tokens, random) + text.slice(at);
  },
  (text, random, tokens) => {
    const words = [...text.matchAll(/[A-Za-z0-9_.:+-]+/g)];
    const word = words.length > 0 ? pick(words, random) : undefined;
    if (!word || word.index === undefined) return text;
    const replacement = random() < 0.5 ? pick(tokens, random) : (pick(words, random)[0] ?? "");
    return text.slice(0, word.index) + replacement + text.slice(word.index + word[0].length);
  },
  (text, random) => {
    const lines = lineSplit(text);
    const at = Math.floor(random() * lines.length);
    lines[at] = random() < 0.5 ? `  ${lines[at]}` : (lines[at] ?? "").replace(/^ {1,2}/, "");
    return lines.join("\n");
  },
  (text, random) => text.slice(0, Math.floor(random() * text.length)),
  (text, random) => {
    const at = Math.floor(random() * text.length);
    return text.slice(0, at) + String.fromCharCode(Math.floor(random() * 0x3000)) + text.slice(at + 1);
  },
];

/**
 * `count` seeded mutants of the given sources, each with one to five mutations (delete, duplicate, swap, insert a
 * hostile token, replace a word, re-indent, truncate, change a character). The same seed gives the same mutants.
 */
export function mutants(
  sources: readonly { file: string; text: string }[],
  count: number,
  seed: string,
  kind: "yaml" | "json" = "yaml",
): { file: string; text: string; label: string }[] {
  const random = seedrandom(seed);
  const tokens = kind === "json" ? JSON_TOKENS : TOKENS;
  return Array.from({ length: count }, (_, index) => {
    const source = pick(sources, random);
    let text = source.text;
    const steps = 1 + Math.floor(random() * 5);
    for (let step = 0; step < steps; step++) text = pick(MUTATIONS, random)(text, random, tokens);
    return { file: source.file, text, label: `${seed}#${index} ${source.file}` };
  });
}
