/** The top-level scalar and list fields the picker shows, read without a YAML parser. */
export interface ScenarioHeader {
  id?: string;
  title?: string;
  premise?: string;
  difficulty?: string;
  expectedDuration?: number;
  stresses?: string[];
}

const WANTED = new Set(["id", "title", "premise", "difficulty", "expectedDuration", "stresses"]);

/**
 * Reads the picker's fields from a scenario file's top level (plain, quoted, folded/literal block scalars, flow and
 * block lists); the full compile happens when the scenario is chosen. Unknown shapes are left undefined.
 */
export function scanScenarioHeader(source: string): ScenarioHeader {
  const lines = source.replace(/\r\n?/g, "\n").split("\n");
  const header: Record<string, unknown> = {};
  for (let index = 0; index < lines.length; index += 1) {
    const match = /^([A-Za-z][A-Za-z0-9]*):(?:\s+(.*))?$/.exec(lines[index] ?? "");
    if (!match || !WANTED.has(match[1] as string)) continue;
    const key = match[1] as string;
    const rest = stripComment(match[2] ?? "").trim();
    const block: string[] = [];
    while (index + 1 < lines.length && /^(\s+\S|\s*$)/.test(lines[index + 1] ?? "")) {
      block.push(lines[index + 1] ?? "");
      index += 1;
    }
    header[key] = value(rest, block);
  }
  const result: ScenarioHeader = {};
  if (typeof header.id === "string") result.id = header.id;
  if (typeof header.title === "string") result.title = header.title;
  if (typeof header.premise === "string") result.premise = header.premise;
  if (typeof header.difficulty === "string") result.difficulty = header.difficulty;
  if (typeof header.expectedDuration === "string" && /^\d+$/.test(header.expectedDuration)) {
    result.expectedDuration = Number(header.expectedDuration);
  }
  if (Array.isArray(header.stresses)) result.stresses = header.stresses as string[];
  return result;
}

function value(rest: string, block: string[]): unknown {
  const content = block.filter((line) => line.trim() !== "");
  if (/^[>|][+-]?$/.test(rest)) {
    const indent = Math.min(...content.map((line) => /^\s*/.exec(line)?.[0].length ?? 0));
    const body = content.map((line) => line.slice(indent));
    return rest.startsWith(">") ? body.join(" ") : body.join("\n");
  }
  if (rest.startsWith("[") && rest.endsWith("]")) {
    return rest
      .slice(1, -1)
      .split(",")
      .map((item) => unquote(item.trim()))
      .filter(Boolean);
  }
  if (rest === "" && content.every((line) => /^\s*-\s+/.test(line))) {
    return content.map((line) => unquote(stripComment(line.replace(/^\s*-\s+/, "")).trim()));
  }
  if (rest === "") return undefined;
  if (content.length > 0 && !/^["']/.test(rest))
    return [rest, ...content.map((line) => line.trim())].join(" ");
  return unquote(rest);
}

function unquote(text: string): string {
  if (text.length >= 2 && text.startsWith('"') && text.endsWith('"')) {
    try {
      return JSON.parse(text) as string;
    } catch {
      return text.slice(1, -1);
    }
  }
  if (text.length >= 2 && text.startsWith("'") && text.endsWith("'"))
    return text.slice(1, -1).replace(/''/g, "'");
  return text;
}

function stripComment(text: string): string {
  if (/^["']/.test(text.trim())) return text;
  const at = text.search(/\s#/);
  return at >= 0 ? text.slice(0, at) : text;
}
