import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { type Command, UsageError } from "../command";
import { coverageGaps, coverageMatrix } from "../ruleCoverage/coverageMatrix";
import { loadLibrary } from "../ruleCoverage/loadLibrary";
import { renderCoverage } from "../ruleCoverage/renderCoverage";
import { ContentError, parseOptions } from "./drillFiles";

const DEFAULT_OUT = "docs/scenario-coverage.md";

const USAGE = `Usage: hotwash coverage [--out ${DEFAULT_OUT}] [--scenarios scenarios] [--check]

Compiles every scenario and play script, runs and scores every play, and writes a Markdown matrix: for each
rubric rule, which scenarios and plays end it met, partial and violated, and which rules no scenario reaches.

Options:
  --out <file>        where the matrix goes (default ${DEFAULT_OUT})
  --scenarios <dir>   the folder of scenarios and plays (default scenarios)
  --check             write nothing; exit 1 if the file differs from what would be generated, or if a rule
                      is not met in some scenario and violated in some scenario
  -h, --help          show this help`;

/** `hotwash coverage`: the rule-by-play coverage matrix of the scenario library, written or checked. */
export const coverage: Command = {
  name: "coverage",
  summary: "write (or --check) the matrix of which plays meet and violate each rubric rule",
  usage: USAGE,
  async run(args, io) {
    const checking = args.includes("--check");
    const { positional, options } = parseOptions(
      args.filter((arg) => arg !== "--check"),
      ["out", "scenarios"],
      "coverage",
    );
    if (positional.length > 0)
      throw new UsageError(`unexpected argument ${positional[0]}; run hotwash coverage --help`);
    const out = options.out ?? DEFAULT_OUT;
    const folder = options.scenarios ?? "scenarios";
    if (!existsSync(resolve(io.cwd, folder)))
      throw new UsageError(`no scenarios folder at ${resolve(io.cwd, folder)}`);
    let library: ReturnType<typeof loadLibrary>;
    try {
      library = loadLibrary(folder, io.cwd);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
    const matrix = coverageMatrix(library);
    const markdown = renderCoverage(library, matrix);
    const gaps = coverageGaps(matrix);
    const path = resolve(io.cwd, out);
    if (!checking) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, markdown);
      io.out(`wrote ${out}: ${matrix.length} rules, ${matrix.length - gaps.length} reachable`);
    }
    let problems = 0;
    if (checking && (!existsSync(path) || readFileSync(path, "utf8") !== markdown)) {
      problems++;
      io.out(
        `${out} is not current; run hotwash coverage${options.out ? ` --out ${out}` : ""} and commit it`,
      );
    }
    for (const gap of gaps) {
      const why = gap.noScenario
        ? "n/a in every play of every scenario"
        : [gap.neverMet ? "met in no scenario" : "", gap.neverViolated ? "violated in no scenario" : ""]
            .filter(Boolean)
            .join(" and ");
      const partial = matrix.find((entry) => entry.rule === gap.rule)?.plays.partial.length ?? 0;
      io.out(
        `unreachable rule ${gap.rule}: ${why}${partial > 0 ? ` (partial in ${partial} play${partial === 1 ? "" : "s"})` : ""}`,
      );
    }
    if (checking) problems += gaps.length;
    return problems > 0 ? 1 : 0;
  },
};
