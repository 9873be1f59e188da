import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main";
import type { DrillFile } from "../../src/content/drillFileFormat";
import { writeDrillFile } from "../../src/content/writeDrillFile";
import { isControlIntent } from "../../src/engine/drill/isControlIntent";
import type { DrillInput } from "../../src/engine/log";

const ROOT = join(import.meta.dirname, "../..");
const scratch = mkdtempSync(join(tmpdir(), "hotwash-explain-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function hotwash(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const status = await main(args, {
    cwd: ROOT,
    out: (line) => out.push(line),
    err: (line) => err.push(line),
  });
  return { status, stdout: out.join("\n"), stderr: err.join("\n") };
}

const SMS_PLAY = ["play", "borrowed-keys", "--script", "scenarios/borrowed-keys.a5-sms.play.yaml"];

describe("hotwash play --explain", () => {
  it("shows what decided a violated finding: the rule, its checklist line, the time, the entry and its words", async () => {
    const run = await hotwash([...SMS_PLAY, "--explain", "privacy.no-sms"]);
    expect(run.status).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("privacy.no-sms — No SMS about the incident (privacy, checklist COMMS)");
    expect(lines[1]).toBe('  checklist: "Do not use SMS to communicate about the incident."');
    expect(lines[2]).toMatch(/^ {2}outcome violated · credit 0\.00 · weight \d+ · decided at T\+2:06$/);
    expect(run.stdout).toMatch(/^ {2}T\+2:06 +#\d+ message\.sent \(because of #\d+\) \{"channel":"sms"/m);
    expect(run.stdout).toContain(
      '        body: "BuildBarn was breached, attacker has all 12 of our CI secrets',
    );
    expect(run.stdout).toMatch(/^ {2}facts by T\+2:06: discovered .*exports-copied \(exfiltration\)/m);
    expect(run.stdout).not.toContain("log hash");
  });

  it("names the facts not yet discovered when a statement went out before validation", async () => {
    const run = await hotwash([
      "play",
      "inside-voice",
      "--script",
      "scenarios/inside-voice.deny-press.play.yaml",
      "--explain",
      "disclosure.after-validation",
    ]);
    expect(run.stdout).toContain(
      "why: A customer notice went out at T+2d 20:15 before the compromised data.",
    );
    expect(run.stdout).toMatch(/not discovered f-snapshot-share \(exfiltration\), f-snapshot-contents/);
  });

  it("says when a finding rests on nothing in the log, and `lost` explains every finding that cost points", async () => {
    // why: Push Until Yes's expert loses nothing; Borrowed Keys' expert now loses a little to capacity (see the note).
    const expert = await hotwash([
      "play",
      "push-until-yes",
      "--script",
      "scenarios/push-until-yes.expert.play.yaml",
      "--explain",
      "lost",
    ]);
    expect(expert.stdout).toBe("no finding cost points");
    const reckless = await hotwash([
      "play",
      "borrowed-keys",
      "--script",
      "scenarios/borrowed-keys.reckless.play.yaml",
      "--explain",
      "lost",
    ]);
    const headings = reckless.stdout.split("\n").filter((line) => /^[a-z]+\.[a-z-]+ — /.test(line));
    expect(headings.length).toBeGreaterThan(20);
    expect(reckless.stdout).toContain(
      "evidence: none in the log — the rule was decided by what did not happen",
    );
  });

  it("refuses an unknown rule with a suggestion, and --explain with --format, as usage errors", async () => {
    const typo = await hotwash([...SMS_PLAY, "--explain", "privacy.no-smss"]);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toBe(
      "hotwash play: --explain privacy.no-smss is not a rubric rule (did you mean privacy.no-sms?); give a rule id or lost",
    );
    const both = await hotwash([...SMS_PLAY, "--explain", "privacy.no-sms", "--format", "json"]);
    expect(both.status).toBe(2);
  });
});

/** The SMS temptation play of Borrowed Keys as a saved solo drill file. */
async function smsDrill(): Promise<string> {
  const played = JSON.parse((await hotwash([...SMS_PLAY, "--format", "log"])).stdout);
  const inputs = (played.inputs as DrillInput[]).filter((input) => !isControlIntent(input.intent));
  const drill: DrillFile = {
    scenario: played.scenario,
    contentHash: played.contentHash,
    seed: played.seed,
    now: inputs[inputs.length - 1]?.at ?? 0,
    inputs,
    mode: "solo",
    settings: { pacing: "turn", minutesPerSecond: 5, assist: true },
  };
  const path = join(scratch, "sms.json");
  writeFileSync(path, writeDrillFile(drill));
  return path;
}

describe("hotwash replay --explain", () => {
  it("explains a finding of a saved drill the same way", async () => {
    const path = await smsDrill();
    const run = await hotwash(["replay", path, "--explain", "privacy.no-sms"]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n")[0]).toBe(
      "privacy.no-sms — No SMS about the incident (privacy, checklist COMMS)",
    );
    expect(run.stdout).toContain('body: "BuildBarn was breached');
  });
});

describe("hotwash replay --export-play", () => {
  it("prints the saved drill as a play script that hotwash test runs beside its scenario", async () => {
    const path = await smsDrill();
    const run = await hotwash(["replay", path, "--export-play"]);
    expect(run.status).toBe(0);
    expect(run.stdout.split("\n").slice(0, 2)).toEqual([
      "# yaml-language-server: $schema=./play.schema.json",
      "# Exported from a drill: save as scenarios/borrowed-keys.my-drill.play.yaml, add an expect: block,",
    ]);
    const project = join(scratch, "exported");
    mkdirSync(join(project, "scenarios"), { recursive: true });
    copyFileSync(join(ROOT, "scenarios/borrowed-keys.yaml"), join(project, "scenarios/borrowed-keys.yaml"));
    writeFileSync(join(project, "scenarios/borrowed-keys.my-drill.play.yaml"), run.stdout);
    const out: string[] = [];
    const status = await main(["test", "--seeds", "0"], {
      cwd: project,
      out: (line) => out.push(line),
      err: () => {},
    });
    expect(out.join("\n")).toMatch(/^borrowed-keys\s+my-drill\s+\d+\.\d\s+—\s+ok$/m);
    expect(status).toBe(0);
  });

  it("refuses --export-play with --format as a usage error", async () => {
    const run = await hotwash(["replay", await smsDrill(), "--export-play", "--format", "json"]);
    expect(run.status).toBe(2);
  });
});
