import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";

const ROOT = join(import.meta.dirname, "../..");
const VALID = join(ROOT, "test/fixtures/valid");
const scratch = mkdtempSync(join(tmpdir(), "hotwash-test-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function hotwash(args: string[], cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, { cwd, out: (line) => out.push(line), err: (line) => err.push(line) });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

/** A folder with scenarios/ holding the valid quiet-pipeline scenario and the given plays (name → text). */
function project(name: string, plays: Record<string, string>, scenario?: (text: string) => string): string {
  const dir = join(scratch, name);
  mkdirSync(join(dir, "scenarios"), { recursive: true });
  const text = readFileSync(join(VALID, "quiet-pipeline.yaml"), "utf8");
  writeFileSync(join(dir, "scenarios/quiet-pipeline.yaml"), scenario ? scenario(text) : text);
  for (const [play, body] of Object.entries(plays))
    writeFileSync(join(dir, `scenarios/quiet-pipeline.${play}.play.yaml`), body);
  return dir;
}

const EXPERT = readFileSync(join(VALID, "quiet-pipeline.expert.play.yaml"), "utf8");

const play = (name: string, steps: string, extra = "") =>
  [
    "# yaml-language-server: $schema=./play.schema.json",
    "formatVersion: 1",
    "scenario: quiet-pipeline",
    `name: ${name}`,
    extra,
    "steps:",
    steps,
  ].join("\n");

describe("hotwash test", () => {
  it("passes a scenario whose plays hold their expect blocks, printing one row per play and one for the lint", async () => {
    const dir = project("passing", { expert: EXPERT });
    const run = await hotwash(["test", "--seeds", "40"], dir);
    expect(run.status).toBe(0);
    const rows = run.stdout.split("\n");
    expect(rows[0]).toMatch(/^scenario\s+play\s+score\s+expected\s+tests\s+result$/);
    expect(rows[1]).toMatch(/^quiet-pipeline\s+expert\s+\d+\.\d\s+≥ 40\s+evidence\.no-terminate\s+ok$/);
    expect(rows[2]).toMatch(/^quiet-pipeline\s+\(reachability, 40 seeds\)\s+ok$/);
    expect(run.stdout).not.toContain("problems:");
    expect(run.stderr).toBe("hotwash test: 1 scenario, 1 play, all passed");
  });

  it("fails a play whose expect block does not hold, naming the bound and the score", async () => {
    const dir = project("unmet", {
      expert: EXPERT,
      idle: play("idle", "  - { at: T+0:01, do: note, text: waiting }", "expect: { score: { min: 60 } }"),
    });
    const run = await hotwash(["test", "quiet-pipeline", "--seeds", "0"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^quiet-pipeline\s+idle\s+\d+\.\d\s+≥ 60\s+FAIL$/m);
    expect(run.stdout).toMatch(
      /scenarios\/quiet-pipeline\.idle\.play\.yaml: expect\.score\.min 60: scored \d+\.\d/,
    );
    expect(run.stderr).toBe("hotwash test: 1 scenario, 2 plays, 1 failed");
  });

  it("fails a rejected step as an error at the step's file:line:col, with the time as T+", async () => {
    const dir = project("rejected", {
      early: play("early", "  - at: T+0:30\n    do: send-message\n    channel: room\n    body: Status?"),
    });
    const run = await hotwash(["test", "--seeds", "0"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "scenarios/quiet-pipeline.early.play.yaml:7:5 step at T+0:30 (send-message) was rejected: no chat room has been created",
    );
  });

  it("fails a temptation play whose tests: rule does not fire, and one that scores above the expert", async () => {
    const dir = project("tests-rule", {
      expert: play("expert", "  - { at: T+0:01, do: note, text: waiting }"),
      careful: play("careful", "  - { at: T+0:02, do: page-ic }", "tests: team.page-ic-early"),
    });
    const run = await hotwash(["test", "--seeds", "0"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "scenarios/quiet-pipeline.careful.play.yaml: tests team.page-ic-early, but the play leaves it met",
    );
    expect(run.stdout).toMatch(/careful\.play\.yaml: scores \d+\.\d, not below the expert play's \d+\.\d/);
  });

  it("fails the reachability lint when a conditional attacker step can never be skipped", async () => {
    const dir = project("lint", { expert: EXPERT }, (text) =>
      text.replace("when: { credential: deploy-key, is: active }", "when: { after: T+0 }"),
    );
    const run = await hotwash(["test", "--seeds", "20"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^quiet-pipeline\s+\(reachability, 20 seeds\)\s+FAIL$/m);
    expect(run.stdout).toContain(
      "scenarios/quiet-pipeline.yaml: attacker step exfil has a when/trigger but is never skipped",
    );
  });

  it("reports a scenario that does not compile with its diagnostics, and runs none of its plays", async () => {
    const dir = project("broken", { expert: EXPERT }, (text) => text.replace("from: sam", "from: samm"));
    const run = await hotwash(["test", "--seeds", "0"], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^quiet-pipeline\s+\(scenario\)\s+FAIL$/m);
    expect(run.stdout).toMatch(/scenarios\/quiet-pipeline\.yaml:\d+:\d+ HW0031 unknown person "samm"/);
  });

  it("tests a scenario dropped into a copy of scenarios/ without any test file naming it", async () => {
    const dir = join(scratch, "library");
    cpSync(join(ROOT, "scenarios"), join(dir, "scenarios"), { recursive: true });
    cpSync(join(VALID, "quiet-pipeline.yaml"), join(dir, "scenarios/quiet-pipeline.yaml"));
    writeFileSync(
      join(dir, "scenarios/quiet-pipeline.idle.play.yaml"),
      play("idle", "  - { at: T+0:01, do: note, text: waiting }", "expect: { score: { min: 99 } }"),
    );
    const run = await hotwash(["test", "--seeds", "0"], dir);
    expect(run.stdout).toMatch(/^quiet-pipeline\s+idle\s+\d+\.\d\s+≥ 99\s+FAIL$/m);
    expect(run.stdout).toMatch(/^borrowed-keys\s+expert\s+.*ok$/m);
    expect(run.status).toBe(1);
    // why: it plays every shipped play of the whole library (eight scenarios and counting) in a child process.
  }, 120_000);

  it("runs a play that extends the expert, and check points at a bad step id in it", async () => {
    const expert = EXPERT.replace("    do: reply", "    id: answer-alert\n    do: reply").replace(
      "    do: image-disk",
      "    id: image-runner\n    do: image-disk",
    );
    const terminate = play(
      "terminate",
      "  - { at: T+0:06, replaces: answer-alert, do: reply, inject: alert, option: terminate }",
      [
        "extends: expert",
        "tests: evidence.no-terminate",
        "remove: [image-runner]",
        "expect: { rules: { violated: [evidence.no-terminate] } }",
      ].join("\n"),
    );
    const dir = project("extends", { expert, terminate });
    const run = await hotwash(["test", "--seeds", "0"], dir);
    expect(run.stdout).toMatch(/^quiet-pipeline\s+terminate\s+\d+\.\d\s+—\s+evidence\.no-terminate\s+ok$/m);
    expect(run.status).toBe(0);
    writeFileSync(
      join(dir, "scenarios/quiet-pipeline.terminate.play.yaml"),
      terminate.replace("replaces: answer-alert", "replaces: answer-alrt"),
    );
    const check = await hotwash(["check"], dir);
    expect(check.stdout).toBe(
      'scenarios/quiet-pipeline.terminate.play.yaml:10:29 HW0081 the play "expert" has no step with id "answer-alrt" (did you mean "answer-alert"?)',
    );
    expect(check.status).toBe(1);
  });

  it("warns at check time about a reply to an inject the play's branch has not delivered, and not about one it has", async () => {
    const withReplies = (text: string) =>
      text.replace(
        "    body: We hear your builds were tampered with.",
        "    body: We hear your builds were tampered with.\n    replies:\n      - { id: decline, label: Route it to Ana, action: { do: invite, people: [ana], to: both } }\n      - { id: statement, label: Point to the statement, action: { do: publish-statement, title: Update, body: We are investigating. } }",
      );
    const dir = project(
      "replies",
      {
        early: play("early", "  - { at: T+0:30, do: reply, inject: press, option: decline }"),
        "on-time": play("on-time", "  - { at: T+0:01, do: reply, inject: alert, option: isolate }"),
      },
      withReplies,
    );
    const run = await hotwash(["check"], dir);
    expect(run.stdout).toBe(
      'scenarios/quiet-pipeline.early.play.yaml:7:5 HW0086 warning: reply to inject "press" at T+0:30, but it arrives at T+3:00: the engine rejects the reply',
    );
    expect(run.status).toBe(0);
  });

  it("refuses a play given in place of a scenario, and a bad --seeds, as usage errors", async () => {
    const play = await hotwash(["test", "scenarios/borrowed-keys.expert.play.yaml"]);
    expect(play.status).toBe(2);
    expect(play.stderr).toContain("is a play; name its scenario");
    const seeds = await hotwash(["test", "--seeds", "many"]);
    expect(seeds.status).toBe(2);
    expect(seeds.stderr).toContain("--seeds must be a whole number");
  });
});

describe("hotwash play against the play's own expectations", () => {
  it("exits 0 when every step is accepted and the expect block holds", async () => {
    const run = await hotwash(
      ["play", "quiet-pipeline.yaml", "--script", "quiet-pipeline.expert.play.yaml"],
      VALID,
    );
    expect(run.status).toBe(0);
    expect(run.stderr).toBe("");
  });

  it("exits 1 and says why on stderr when a step is rejected or the expect block fails, stdout untouched", async () => {
    const dir = project("play-fails", {
      early: play(
        "early",
        "  - at: T+0:30\n    do: send-message\n    channel: room\n    body: Status?",
        "expect: { rules: { met: [team.page-ic-early] } }",
      ),
    });
    const run = await hotwash(
      ["play", "quiet-pipeline", "--script", "scenarios/quiet-pipeline.early.play.yaml"],
      dir,
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/^log hash [0-9a-f]{64}$/m);
    expect(run.stderr.split("\n")).toEqual([
      "hotwash play: scenarios/quiet-pipeline.early.play.yaml:7:5 step at T+0:30 (send-message) was rejected: no chat room has been created",
      "hotwash play: expect.rules.met team.page-ic-early: violated",
    ]);
  });
});

describe("hotwash check and coverage with paths outside ./scenarios", () => {
  it("finds a play's scenario named in the same command, though the play is elsewhere", async () => {
    const dir = join(scratch, "elsewhere");
    mkdirSync(dir, { recursive: true });
    cpSync(join(VALID, "quiet-pipeline.expert.play.yaml"), join(dir, "quiet-pipeline.expert.play.yaml"));
    const run = await hotwash([
      "check",
      join(dir, "quiet-pipeline.expert.play.yaml"),
      join(VALID, "quiet-pipeline.yaml"),
    ]);
    expect(run.stdout).toBe("");
    expect(run.status).toBe(0);
    const alone = await hotwash(["check", join(dir, "quiet-pipeline.expert.play.yaml")]);
    expect(alone.status).toBe(1);
    expect(alone.stdout).toContain("HW0060");
  });

  it("reads the library from an absolute --scenarios folder", async () => {
    const out = join(scratch, "coverage.md");
    const run = await hotwash(["coverage", "--scenarios", join(ROOT, "scenarios"), "--out", out], tmpdir());
    expect(run.status).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(readFileSync(join(ROOT, "docs/scenario-coverage.md"), "utf8"));
  }, 120_000);
});
