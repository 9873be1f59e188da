import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadScenario } from "../../src/cli/commands/drillFiles";
import { main } from "../../src/cli/main";

const ROOT = join(import.meta.dirname, "../..");
const SCENARIOS = readdirSync(join(ROOT, "scenarios"))
  .filter((name) => name.endsWith(".yaml") && !name.endsWith(".play.yaml"))
  .map((name) => name.replace(/\.yaml$/, ""));
const scratch = mkdtempSync(join(tmpdir(), "hotwash-kit-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function hotwash(args: string[]) {
  const err: string[] = [];
  const status = await main(args, { cwd: ROOT, out: () => {}, err: (line) => err.push(line) });
  return { status, stderr: err };
}

/** The page's text as a reader sees it (tags dropped, entities read), whitespace collapsed. */
function textOf(html: string): string {
  return html
    .replace(/<style>[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** Stretches of a text long enough to be recognised if they leaked (sentences of 30 characters or more). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?:])\s+|\n+/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter((part) => part.length >= 30);
}

describe.each(SCENARIOS)("hotwash kit %s", (id) => {
  const out = join(scratch, id);
  const run = hotwash(["kit", id, "--out", out]);
  const read = (file: string) => readFileSync(join(out, file), "utf8");

  it("writes the situation manual, the master events list, the evaluator guide and the feedback form", async () => {
    const { status, stderr } = await run;
    expect(status).toBe(0);
    expect(readdirSync(out).sort()).toEqual([
      "evaluator-guide.html",
      "feedback-form.html",
      "master-events-list.html",
      "situation-manual.html",
    ]);
    expect(stderr).toHaveLength(4);
  });

  it("keeps the situation manual spoiler-free: no inject, attacker step, fact or controller note in it", async () => {
    await run;
    const scenario = loadScenario(id, ROOT);
    const manual = textOf(read("situation-manual.html"));
    expect(manual).toContain(scenario.briefing.objectives[0]?.replace(/\s+/g, " ") ?? "");
    const secrets = [
      ...scenario.injects.flatMap((inject) => [
        ...(inject.subject ? [inject.subject] : []),
        ...sentences(inject.body),
        ...inject.controller.expectedActions,
        ...sentences(inject.controller.evaluatorNotes),
        ...(inject.controller.temptation ? sentences(inject.controller.temptation) : []),
      ]),
      ...scenario.attacker.flatMap((step) => [step.title, ...sentences(step.description)]),
      ...scenario.facts.flatMap((fact) => sentences(fact.text)),
      ...scenario.modules.flatMap((module) => [...sentences(module.summary), ...module.questions]),
    ].filter((secret) => {
      // why: what the briefing itself says is public, even when an evaluator note repeats it.
      const briefing = [
        scenario.briefing.situation,
        scenario.briefing.yourRole,
        ...scenario.briefing.objectives,
      ]
        .join(" ")
        .replace(/\s+/g, " ");
      return secret.length >= 12 && !briefing.includes(secret.replace(/\s+/g, " "));
    });
    for (const secret of secrets) expect(manual, secret).not.toContain(secret.replace(/\s+/g, " "));
  });

  it("gives controllers every inject with its expected actions and evaluator notes", async () => {
    await run;
    const scenario = loadScenario(id, ROOT);
    const list = textOf(read("master-events-list.html"));
    for (const inject of scenario.injects) {
      if (inject.subject) expect(list).toContain(inject.subject.replace(/\s+/g, " "));
      expect(inject.controller.expectedActions.length === 0 || list.includes("Expected actions")).toBe(true);
    }
    const guide = textOf(read("evaluator-guide.html"));
    for (const objective of scenario.briefing.objectives)
      expect(guide).toContain(objective.replace(/\s+/g, " "));
    expect(textOf(read("feedback-form.html"))).toContain("What went well?");
  });
});

describe("hotwash kit refuses what it cannot do in one line", () => {
  it("without --out", async () => {
    expect(await hotwash(["kit", "borrowed-keys"])).toEqual({
      status: 2,
      stderr: ["hotwash kit: --out <dir> is required"],
    });
  });

  it("with an unknown format", async () => {
    expect(await hotwash(["kit", "borrowed-keys", "--out", scratch, "--format", "docx"])).toEqual({
      status: 2,
      stderr: ["hotwash kit: unknown format docx; use html or pdf"],
    });
  });
});
