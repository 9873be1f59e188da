import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadScenario } from "../../src/cli/commands/drillFiles";
import { main } from "../../src/cli/main";

const ROOT = join(import.meta.dirname, "../..");

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

/** Names and ids of everything the scenario's attacker creates (controller-only until the team finds it). */
function attackerCreations(id: string): string[] {
  const scenario = loadScenario(id, ROOT);
  return [...scenario.world.instances, ...scenario.world.credentials]
    .filter((item) => item.createdBy !== undefined)
    .flatMap((item) => [item.id, item.name]);
}

describe("hotwash view: what an audience sees at one moment", () => {
  it.each([
    ["inside-voice", ["ops-readonly2", "legal hold", "4417-0000-9931"]],
    ["push-until-yes", ["Pixel 7", "enrolled", "elimu-sso", "22:02"]],
  ])(
    "%s at T+0:01 shows none of the attacker's creations or changes, to players or on the display",
    async (id, giveaways) => {
      const creations = attackerCreations(id);
      expect(creations.length).toBeGreaterThan(0);
      for (const audience of ["player", "display"]) {
        const { status, stdout } = await hotwash(["view", id, "--at", "T+0:01", "--audience", audience]);
        expect(status).toBe(0);
        expect(stdout).toContain("(T+0:01)");
        for (const text of [...creations, ...giveaways]) expect(stdout).not.toContain(text);
        expect(stdout).not.toMatch(/red-herring|backdoor|initial-access/);
      }
    },
  );

  it("shows the attacker's key once the team has found it: Inside Voice after the expert team reads the IAM report", async () => {
    const { stdout } = await hotwash([
      "view",
      "inside-voice",
      "--script",
      "scenarios/inside-voice.expert.play.yaml",
      "--at",
      "T+1d",
    ]);
    expect(stdout).toContain("ops-readonly2 (IAM user access key) [ops-readonly2-key]");
    expect(stdout).toMatch(/IAM user ops-readonly2 was created at 03:52 UTC on Sunday 22 November/);
  });

  it("prints dates and clock times from the scenario's start, and the projection itself as JSON", async () => {
    const { stdout } = await hotwash([
      "view",
      "borrowed-keys",
      "--at",
      "2026-11-17 10:30",
      "--format",
      "json",
    ]);
    const view = JSON.parse(stdout);
    expect(view.now).toBe(90);
    expect(view.scenario.start).toEqual({ date: "2026-11-17", time: "09:00", zone: "UTC" });
    expect(view.caseFile).toEqual([]);
    const display = JSON.parse(
      (await hotwash(["view", "borrowed-keys", "--audience", "display", "--format", "json"])).stdout,
    );
    expect(display.clock).toBe("Tue 17 Nov 09:00 (T+0:00)");
  });

  it("refuses a time it cannot read, an unknown audience and a moment past the horizon, in one line each", async () => {
    for (const args of [
      ["view", "borrowed-keys", "--at", "T-3d 04:12"],
      ["view", "borrowed-keys", "--audience", "ceo"],
      ["view", "borrowed-keys", "--at", "T+99d"],
    ]) {
      const { status, stderr } = await hotwash(args);
      expect(status).toBe(2);
      expect(stderr.split("\n")).toHaveLength(1);
    }
  });
});
