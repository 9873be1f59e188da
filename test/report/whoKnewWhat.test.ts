// @vitest-environment happy-dom
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlay, loadScenario } from "../../src/cli/commands/drillFiles";
import { createDrill } from "../../src/engine/createDrill";
import { replay } from "../../src/engine/headless/replay";
import { runPlay } from "../../src/engine/headless/runPlay";
import type { ReportMeta } from "../../src/report/afterActionReport";
import { buildReport } from "../../src/report/buildReport";
import { renderHtml } from "../../src/report/render/renderHtml";
import { renderMarkdown } from "../../src/report/render/renderMarkdown";
import { scoreDrill } from "../../src/scoring/scoreDrill";

const ROOT = join(import.meta.dirname, "../..");
const PLAYS = readdirSync(join(ROOT, "scenarios")).flatMap((file) => {
  const match = /^([a-z0-9-]+)\.[a-z0-9-]+\.play\.yaml$/.exec(file);
  return match ? [[file, match[1] as string] as const] : [];
});

describe("who knew what, when: private injects in the report", () => {
  it.each(PLAYS)(
    "%s: every private inject delivered is reported with its recipient and moment; a passing-on comes after it, from the team",
    (file, id) => {
      const scenario = loadScenario(id, ROOT);
      const result = runPlay(scenario, loadPlay(`scenarios/${file}`, ROOT, scenario));
      const report = buildReport({
        scenario,
        seed: result.seed,
        log: result.log,
        scoreCard: scoreDrill(scenario, result.log),
        inputs: result.inputs,
        meta: { mode: "solo" },
      });
      const delivered = result.log.flatMap((entry) => {
        if (entry.type !== "inject.delivered") return [];
        const inject = scenario.injects.find((candidate) => candidate.id === entry.inject);
        return inject?.addressedTo ? [{ inject: inject.id, role: inject.addressedTo, at: entry.at }] : [];
      });
      expect(
        report.privateInjects.map((item) => ({ inject: item.inject, role: item.role, at: item.received.at })),
      ).toEqual(delivered);
      for (const item of report.privateInjects) {
        if (!item.shared) continue;
        expect(item.shared.at.at).toBeGreaterThanOrEqual(item.received.at);
        for (const who of item.shared.by) expect(who.kind).toBe("team");
      }
    },
  );

  const scenario = loadScenario("inside-voice", ROOT);
  const hrNudge = scenario.injects.find((inject) => inject.addressedTo !== undefined);
  /** Inside Voice without counsel on the team: HR phones the Incident Commander alone at T+2h. */
  function hotSeat(after: (drill: ReturnType<typeof createDrill>) => void, meta: ReportMeta) {
    const drill = createDrill(scenario, "3");
    drill.start();
    drill.submit({ type: "page-ic" }, { by: "incident-commander", actorName: "Ana Ruiz" });
    drill.submit(
      { type: "create-room", name: "quiet-heron" },
      { by: "incident-commander", actorName: "Ana Ruiz" },
    );
    drill.advance(125);
    after(drill);
    drill.advance(5);
    drill.end();
    const inputs = drill.inputs();
    const { log } = replay(scenario, "3", inputs);
    return buildReport({ scenario, seed: "3", log, scoreCard: scoreDrill(scenario, log), inputs, meta });
  }
  const facilitated: ReportMeta = {
    mode: "facilitated",
    participants: [
      { name: "Ana Ruiz", role: "incident-commander" },
      { name: "Ben Osei", role: "security-lead" },
    ],
  };

  it("names the person in the role who alone was told, and says when the room heard it and from whom", () => {
    expect(hrNudge).toBeDefined();
    const report = hotSeat((drill) => {
      drill.advance(20);
      drill.submit(
        {
          type: "send-message",
          channel: "room",
          body: "HR just called me: the Cloud Lead gave notice last week. Bringing in legal now.",
        },
        { by: "incident-commander", actorName: "Ana Ruiz" },
      );
    }, facilitated);
    const [item] = report.privateInjects;
    expect(item).toMatchObject({
      inject: hrNudge?.id,
      role: "incident-commander",
      people: ["Ana Ruiz"],
      recipient: "Ana Ruiz (Incident Commander)",
    });
    expect(item?.shared).toMatchObject({
      where: "in the incident room",
      by: [expect.objectContaining({ kind: "team", name: "Ana Ruiz", role: "incident-commander" })],
    });
    expect(item?.shared?.at.at).toBeGreaterThan(item?.received.at ?? Number.POSITIVE_INFINITY);
    expect(item?.summary).toBe(
      `Ines Laurent told only Ana Ruiz (Incident Commander) (${item?.received.when}); Ana Ruiz (Incident Commander) passed it on in the incident room ${item?.shared?.at.when}.`,
    );
    const html = new DOMParser().parseFromString(renderHtml(report), "text/html");
    const table = [...html.querySelectorAll("table")].find(
      (candidate) => candidate.querySelector("caption")?.textContent === "Private messages",
    );
    expect(table?.textContent).toContain("Ana Ruiz (Incident Commander)");
    expect(table?.textContent).toContain("the Cloud Lead gave notice last week");
    expect(renderMarkdown(report)).toContain("### Who knew what, when");
  });

  it("says the rest of the team never heard when no team message passed it on", () => {
    const report = hotSeat((drill) => {
      drill.advance(20);
      drill.submit(
        { type: "send-message", channel: "room", body: "Status: containment is on track." },
        { by: "incident-commander", actorName: "Ana Ruiz" },
      );
    }, facilitated);
    expect(report.privateInjects).toHaveLength(1);
    expect(report.privateInjects[0]?.shared).toBeUndefined();
    expect(report.privateInjects[0]?.summary).toMatch(
      /no team message passed it on to the rest of the team\.$/,
    );
    expect(renderHtml(report)).toContain("Never: no team message passed it on.");
  });
});
