import { existsSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import type { CompiledPlay } from "../../content/compiledPlay";
import { compilePlay } from "../../content/compilePlay";
import { compileScenario } from "../../content/compileScenario";
import type { Diagnostic } from "../../content/diagnostic";
import { isKebabId } from "../../content/kebabId";
import type { ScenarioDefinition } from "../../engine/scenario";
import { UsageError } from "../command";
import { playsBeside } from "../playsBeside";
import { readContentSource } from "../readContentSource";

/** A content file that did not compile: its diagnostics, ready to print. */
export class ContentError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    super(
      diagnostics
        .map((found) => `${found.file}:${found.line}:${found.col} ${found.code} ${found.message}`)
        .join("\n"),
    );
  }
}

function read(path: string, what: string, display: string): string {
  if (!existsSync(path)) throw new UsageError(`no ${what} at ${path}`);
  const source = readContentSource(path);
  if (typeof source !== "string") throw new ContentError([{ ...source, file: display }]);
  return source;
}

/**
 * The path of a scenario given as an id (`scenarios/<id>.yaml`) or as a file path (ending .yaml); anything else
 * is a usage error, so an id read from a file can never climb out of `scenarios/`.
 */
export function scenarioPath(reference: string, cwd: string): string {
  if (/\.ya?ml$/.test(reference)) return resolve(cwd, reference);
  if (!isKebabId(reference))
    throw new UsageError(
      `"${reference.slice(0, 80)}" is neither a scenario id (like borrowed-keys) nor a .yaml file`,
    );
  return join(cwd, "scenarios", `${reference}.yaml`);
}

/** Reads and compiles a scenario by id or path; throws ContentError with its diagnostics when it has errors. */
export function loadScenario(reference: string, cwd: string): ScenarioDefinition {
  const path = scenarioPath(reference, cwd);
  const display = relative(cwd, path) || path;
  const result = compileScenario(read(path, "scenario", display), display);
  if (!result.ok) throw new ContentError(result.diagnostics.filter((found) => found.severity === "error"));
  return result.value;
}

/** Reads and compiles a play script against the given scenario (or the one beside it). */
export function loadPlay(path: string, cwd: string, scenario?: ScenarioDefinition): CompiledPlay {
  const full = resolve(cwd, path);
  const display = relative(cwd, full) || full;
  const result = compilePlay(
    read(full, "play script", display),
    display,
    (id) => {
      if (scenario && scenario.id === id) return { status: "found", scenario };
      const beside = join(dirname(full), `${id}.yaml`);
      if (!existsSync(beside)) return { status: "missing" };
      const source = readContentSource(beside);
      const compiled = typeof source === "string" ? compileScenario(source, beside) : undefined;
      return compiled?.ok ? { status: "found", scenario: compiled.value } : { status: "invalid" };
    },
    playsBeside(dirname(full), cwd),
  );
  if (!result.ok) throw new ContentError(result.diagnostics.filter((found) => found.severity === "error"));
  return result.value;
}

/** Splits `--name value` options from positional arguments; unknown options are a usage error. */
export function parseOptions(
  args: string[],
  known: readonly string[],
  command: string,
): { positional: string[]; options: Record<string, string> } {
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let index = 0; index < args.length; index++) {
    const arg = args[index] as string;
    if (!arg.startsWith("--")) {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split("=", 2) as [string, string | undefined];
    if (!known.includes(name))
      throw new UsageError(`unknown option --${name}; run hotwash ${command} --help`);
    const value = inline ?? args[++index];
    if (value === undefined) throw new UsageError(`--${name} needs a value`);
    options[name] = value;
  }
  return { positional, options };
}
