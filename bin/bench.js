#!/usr/bin/env node
// `npm run bench`: runs every test/bench/*.ts module's exported run*Bench function, prints one table and writes
// docs/benchmarks.md with the command, the machine and the numbers. A module that fails is reported, not fatal.
import { readdirSync, writeFileSync } from "node:fs";
import { availableParallelism, cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

register();
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const benchDir = join(root, "test", "bench");
const only = process.argv.slice(2);
const modules = readdirSync(benchDir)
  .filter((name) => name.endsWith(".ts"))
  .filter((name) => only.length === 0 || only.some((wanted) => name.startsWith(wanted)))
  .sort();

const rows = [];
const failures = [];
for (const name of modules) {
  const module = await import(pathToFileURL(join(benchDir, name)).href);
  for (const [exported, run] of Object.entries(module)) {
    if (!/^run.*Bench$/.test(exported) || typeof run !== "function") continue;
    process.stderr.write(`bench: ${name} ${exported}…\n`);
    try {
      for (const row of await run()) rows.push({ module: name, ...row });
    } catch (error) {
      failures.push({
        module: name,
        exported,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  }
}

const format = (value) => (typeof value === "number" ? String(value) : (value ?? ""));
const header = ["benchmark", "value", "unit", "ratio", "baseline"];
const table = rows.map((row) => [
  row.name,
  format(row.value),
  row.unit,
  format(row.ratio),
  row.baseline ?? "",
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...table.map((cells) => cells[column].length)),
);
const line = (cells) =>
  cells
    .map((cell, column) => cell.padEnd(widths[column]))
    .join("  ")
    .trimEnd();
console.log(line(header));
for (const cells of table) console.log(line(cells));
for (const failure of failures)
  console.log(`FAILED ${failure.module} ${failure.exported}: ${failure.message}`);

const command = `npm run bench${only.length ? ` -- ${only.join(" ")}` : ""}`;
const cell = (text) => String(text).replaceAll("|", "\\|");
const markdown = [
  "# Benchmarks",
  "",
  `Produced by \`${command}\` (bin/bench.js runs every \`test/bench/*.ts\` module's \`run*Bench\` export).`,
  "",
  `Machine: ${cpus()[0]?.model ?? "unknown CPU"}, ${availableParallelism()} cores, Node ${process.version}, load average at the end ${loadavg()
    .map((load) => load.toFixed(1))
    .join(" / ")} (wall-clock times grow with load; ratios are measured in the same run).`,
  "",
  `| ${header.join(" | ")} |`,
  `| ${header.map(() => "---").join(" | ")} |`,
  ...table.map((cells) => `| ${cells.map(cell).join(" | ")} |`),
  ...(failures.length
    ? [
        "",
        "Failed:",
        "",
        ...failures.map((failure) => `- ${failure.module} ${failure.exported}: ${cell(failure.message)}`),
      ]
    : []),
  "",
];
writeFileSync(join(root, "docs", "benchmarks.md"), markdown.join("\n"));
process.exitCode = failures.length > 0 ? 1 : 0;
