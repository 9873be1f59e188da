import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { newSession, ROOT, runHotwash, type ServerProcess, startServer } from "./support/serverProcess";

const SCENARIO = "push-until-yes";
const PLAY = "scenarios/push-until-yes.expert.play.yaml";

/** The roles a play's steps are played by. */
function rolesOf(play: string): string[] {
  const text = readFileSync(join(ROOT, play), "utf8");
  return [...new Set([...text.matchAll(/^\s+by: ([a-z-]+)$/gm)].map((match) => match[1] as string))].sort();
}

describe("bots playing a shipped expert play over hotwash serve", () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it("score exactly what hotwash play scores for the same play and seed", async () => {
    const links = await newSession(server.url, SCENARIO, ["--seed", "1", "--approval", "on"]);
    const roles = rolesOf(PLAY);
    expect(roles.length).toBeGreaterThanOrEqual(3);
    const players = roles.map((role) => {
      const link = links.roles[role];
      if (!link) throw new Error(`no link for ${role}`);
      return runHotwash([
        "bot",
        "--server",
        server.url,
        "--token",
        link.token,
        "--script",
        PLAY,
        "--name",
        `bot ${role}`,
      ]);
    });
    const facilitator = await runHotwash([
      "bot",
      "--server",
      server.url,
      "--token",
      links.facilitator.token,
      "--script",
      PLAY,
    ]);
    expect(facilitator.stderr).toBe("");
    expect(facilitator.code).toBe(0);
    for (const player of await Promise.all(players)) {
      expect(player.stderr).toBe("");
      expect(player.code).toBe(0);
    }

    const served = await runHotwash([
      "session",
      "report",
      links.session,
      "--server",
      server.url,
      "--token",
      links.facilitator.token,
      "--format",
      "json",
    ]);
    expect(served.code).toBe(0);
    const alone = await runHotwash(["play", SCENARIO, "--script", PLAY, "--seed", "1", "--format", "json"]);
    expect(alone.code).toBe(0);
    const session = JSON.parse(served.stdout);
    const solo = JSON.parse(alone.stdout);
    expect(session.score.total).toBe(solo.score.total);
    expect(session.score.rating).toBe(solo.score.rating);
    expect(session.score.dimensions).toEqual(solo.score.dimensions);
    const unattributed = (findings: { by: unknown }[]) => findings.map(({ by: _by, ...rest }) => rest);
    expect(unattributed(session.findings)).toEqual(unattributed(solo.findings));
    // The session's findings name who decided: the person (the bot's name) and the role, from their own device.
    const deciders = session.findings.flatMap(
      (finding: { by: { name: string; role: string }[] }) => finding.by,
    );
    expect(deciders).toContainEqual(
      expect.objectContaining({ name: "bot security-lead", role: "security-lead" }),
    );
  }, 240_000);

  it("refuses a report to anyone without the facilitator's token", async () => {
    const links = await newSession(server.url, SCENARIO);
    const player = links.roles["incident-commander"]?.token as string;
    const refused = await runHotwash([
      "session",
      "report",
      links.session,
      "--server",
      server.url,
      "--token",
      player,
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("unauthorized");
  }, 60_000);
});
