import { simulate as simulateRuns } from "../../engine/headless/simulate";
import { type Command, UsageError } from "../command";
import { ContentError, loadScenario, parseOptions } from "./drillFiles";

const USAGE = `Usage: hotwash simulate <scenario> [--runs N] [--seed S] [--policy random] [--format text|json]

Plays many seeded drills with a policy and reports how often each inject was delivered, each attacker
step ran or was prevented, and each fact was found or lost; runs that fail are listed with their seed.

Options:
  --runs <n>        number of playthroughs (default 100)
  --seed <s>        base seed; run i uses "<s>-<i>" (default "1")
  --policy <p>      random (the only policy so far)
  --format <f>      text (default) or json
  -h, --help        show this help`;

function table(title: string, counts: Record<string, number>, runs: number): string[] {
  const ids = Object.keys(counts).sort();
  if (ids.length === 0) return [`${title}: none`];
  return [`${title}:`, ...ids.map((id) => `  ${id.padEnd(32)} ${String(counts[id]).padStart(6)} / ${runs}`)];
}

/** `hotwash simulate`: many seeded playthroughs under a policy. */
export const simulate: Command = {
  name: "simulate",
  summary: "play many seeded drills with a policy and report what was reached",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ["runs", "seed", "policy", "format"], "simulate");
    const [reference] = positional;
    if (!reference || positional.length > 1)
      throw new UsageError("give one scenario; run hotwash simulate --help");
    const runs = Number(options.runs ?? "100");
    if (!Number.isInteger(runs) || runs < 1) throw new UsageError("--runs must be a positive whole number");
    const policy = options.policy ?? "random";
    if (policy !== "random") throw new UsageError(`unknown policy ${policy}; the only policy is random`);
    const format = options.format ?? "text";
    if (format !== "text" && format !== "json")
      throw new UsageError(`unknown format ${format}; use text or json`);
    try {
      const scenario = loadScenario(reference, io.cwd);
      // why: thousands of runs take minutes; say how far along they are (stderr, so stdout stays the report).
      const step = Math.max(1, Math.ceil(runs / 10));
      const onProgress = (done: number) => {
        if (runs >= 200 && (done % step === 0 || done === runs)) io.err(`simulate: ${done}/${runs} runs`);
      };
      const report = simulateRuns(scenario, { runs, seed: options.seed ?? "1", policy, onProgress });
      if (format === "json") io.out(JSON.stringify(report, null, 2));
      else {
        io.out(`scenario ${scenario.id} · ${runs} runs · seed ${report.seed} · policy ${policy}`);
        for (const [title, counts] of [
          ["injects delivered", report.injectsDelivered],
          ["injects skipped", report.injectsSkipped],
          ["attacker steps done", report.attackerDone],
          ["attacker steps skipped", report.attackerSkipped],
          ["facts discovered", report.factsDiscovered],
          ["facts lost", report.factsLost],
          ["end reasons", report.endReasons],
        ] as const)
          for (const line of table(title, counts, runs)) io.out(line);
        io.out(`failures: ${report.failures.length}`);
        for (const failure of report.failures) io.out(`  seed ${failure.seed}: ${failure.message}`);
      }
      return report.failures.length > 0 ? 1 : 0;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
  },
};
