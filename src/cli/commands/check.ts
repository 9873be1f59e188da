import { existsSync, readdirSync, statSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { type CompiledContent, compileContentFile, isPlayFile } from "../../content/compileContentFile";
import type { ScenarioLookup } from "../../content/compilePlay";
import { compileScenario } from "../../content/compileScenario";
import type { ContentResult } from "../../content/diagnostic";
import type { ScenarioDefinition } from "../../engine/scenario";
import { type Command, UsageError } from "../command";
import { playsBeside } from "../playsBeside";
import { readContentSource } from "../readContentSource";
import { undeliveredReplies } from "../undeliveredReplies";

const USAGE = `Usage: hotwash check [files or folders…]

Validates scenario files (scenarios/<id>.yaml) and play scripts (scenarios/<scenario>.<name>.play.yaml).
With no arguments, checks every .yaml file in ./scenarios. A play that compiles is also run, to warn about a
reply to an inject its branch has not delivered yet (HW0086).

Prints one line per problem, \`path:line:col CODE message\`, and a summary on stderr.
Exit status: 0 when no errors (warnings allowed), 1 when any file has errors, 2 on a usage error.
Every code is explained in docs/authoring-scenarios.md.

Options:
  -h, --help   show this help`;

function yamlFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => /\.ya?ml$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

function expandTargets(args: string[], cwd: string): string[] {
  const options = args.filter((arg) => arg.startsWith("-"));
  if (options.length > 0) throw new UsageError(`unknown option ${options[0]}; run hotwash check --help`);
  if (args.length === 0) {
    const folder = join(cwd, "scenarios");
    if (!existsSync(folder)) throw new UsageError(`no scenarios/ folder in ${cwd}; pass the files to check`);
    return yamlFilesIn(folder);
  }
  return args.flatMap((arg) => {
    const path = resolve(cwd, arg);
    return existsSync(path) && statSync(path).isDirectory() ? yamlFilesIn(path) : [path];
  });
}

/**
 * Finds a play's scenario among the checked files first (beside the play, else any checked scenario with that
 * id, so a play outside scenarios/ finds the scenario named in the same command), else as `<id>.yaml` beside it.
 */
function scenarioLookup(playFile: string, checked: Map<string, ContentResult<unknown>>): ScenarioLookup {
  return (id) => {
    const path = join(dirname(playFile), `${id}.yaml`);
    const compiledScenario = (result: ContentResult<unknown> | undefined) =>
      result?.ok ? (result.value as { kind: string; scenario?: ScenarioDefinition }).scenario : undefined;
    const named = [...checked.entries()].find(
      ([file, result]) =>
        !isPlayFile(file) && (compiledScenario(result)?.id ?? basename(file).replace(/\.ya?ml$/, "")) === id,
    );
    const result = checked.get(path) ?? named?.[1];
    if (!result && existsSync(path)) {
      const source = readContentSource(path);
      const compiled = typeof source === "string" ? compileScenario(source, path) : undefined;
      if (!compiled?.ok) return { status: "invalid" };
      return { status: "found", scenario: compiled.value };
    }
    if (!result) return { status: "missing" };
    const scenario = compiledScenario(result);
    if (!scenario) return { status: "invalid" };
    return { status: "found", scenario };
  };
}

/** `hotwash check`: validate scenarios and plays, one line per diagnostic. */
export const check: Command = {
  name: "check",
  summary: "validate scenario files and play scripts",
  usage: USAGE,
  async run(args, io) {
    const files = expandTargets(args, io.cwd);
    const results = new Map<string, ContentResult<unknown>>();
    const ordered = [...files.filter((file) => !isPlayFile(file)), ...files.filter(isPlayFile)];
    for (const file of ordered) {
      const source = readContentSource(file);
      const display = relative(io.cwd, file) || basename(file);
      if (typeof source !== "string") {
        results.set(file, { ok: false, diagnostics: [{ ...source, file: display }] });
        continue;
      }
      results.set(
        file,
        compileContentFile(
          source,
          display,
          scenarioLookup(file, results),
          playsBeside(dirname(file), io.cwd),
        ),
      );
    }
    for (const [file, result] of results) {
      if (!result.ok || (result.value as CompiledContent).kind !== "play") continue;
      const { play } = result.value as Extract<CompiledContent, { kind: "play" }>;
      const found = scenarioLookup(file, results)(play.scenario);
      if (found.status === "found") result.diagnostics.push(...undeliveredReplies(found.scenario, play));
    }
    let errors = 0;
    let warnings = 0;
    for (const file of files) {
      for (const found of results.get(file)?.diagnostics ?? []) {
        if (found.severity === "error") errors++;
        else warnings++;
        const severity = found.severity === "warning" ? "warning: " : "";
        io.out(`${found.file}:${found.line}:${found.col} ${found.code} ${severity}${found.message}`);
      }
    }
    const noun = files.length === 1 ? "file" : "files";
    io.err(
      `hotwash check: ${files.length} ${noun}, ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}`,
    );
    return errors > 0 ? 1 : 0;
  },
};
