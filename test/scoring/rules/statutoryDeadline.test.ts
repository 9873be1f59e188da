import { describe, expect, it } from "vitest";
import { runPlay } from "../../../src/engine/headless/runPlay";
import type { DrillInput } from "../../../src/engine/log";
import { readSimTime } from "../../../src/engine/simTime";
import { statutoryClockTrack } from "../../../src/engine/statutoryClockTrack";
import { buildContext } from "../../../src/scoring/context/ScoringContext";
import { scoreDrill } from "../../../src/scoring/scoreDrill";
import { scenarioHarness } from "../../scenarios/support/scenarioHarness";

const RULE = "disclosure.statutory-deadline";

/** Sim minutes of a `T+…` time. */
function parseSimTime(text: string): number {
  const reading = readSimTime(text);
  if (!("minutes" in reading)) throw new Error(`${text} ${reading.problem}`);
  return reading.minutes;
}
const fetchTheKeys = scenarioHarness("fetch-the-keys");
const expert = fetchTheKeys.loadPlay("expert").inputs;
const isNotice = (input: DrillInput) => "type" in input.intent && input.intent.type === "notify-regulator";

/** The expert play with one slip: the regulator's notification dropped, or sent at `at` instead. */
function expertWithNotice(at?: string): readonly DrillInput[] {
  const notice = expert.find(isNotice);
  if (!notice) throw new Error("the Fetch the Keys expert no longer notifies the regulator");
  const rest = expert.filter((input) => !isNotice(input));
  if (at === undefined) return rest;
  return [...rest, { ...notice, at: parseSimTime(at) }].sort((a, b) => a.at - b.at);
}

function findingFor(inputs: readonly DrillInput[]) {
  const log = runPlay(fetchTheKeys.scenario, { inputs }).log;
  const finding = scoreDrill(fetchTheKeys.scenario, log).findings.find(
    (candidate) => candidate.rule === RULE,
  );
  if (!finding) throw new Error(`no ${RULE} finding`);
  return { finding, log };
}

describe("disclosure.statutory-deadline (Fetch the Keys: 72 hours to the supervisory authority)", () => {
  it("is met by the expert, who notifies the regulator two days in, with the deadline in the finding", () => {
    const { finding } = findingFor(expert);
    expect(finding.outcome).toBe("met");
    expect(finding.summary).toContain("Supervisory authority (GDPR Art. 33): due by T+3d 00:30");
    expect(finding.summary).toContain("notified at T+2d 01:30");
  });

  it("is violated when the expert forgets the regulator, and says so", () => {
    const { finding } = findingFor(expertWithNotice());
    expect(finding).toMatchObject({ outcome: "violated", credit: 0 });
    expect(finding.summary).toContain("never notified");
    expect(finding.advice).toContain("notify-regulator");
  });

  it("gives a notification after the deadline little credit: the clock ran from could-know, not from certainty", () => {
    const { finding } = findingFor(expertWithNotice("T+3d 2:00"));
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.25 });
    expect(finding.summary).toContain("notified late, at T+3d 02:00");
  });

  it("does not apply to a scenario that declares no statutory clock", () => {
    expect(scenarioHarness("borrowed-keys").finding("expert", RULE)?.outcome).toBe("n/a");
  });
});

describe("the statutory clock on the business track", () => {
  it("shows no deadline before the team finds personal data, then the due time, then the notification", () => {
    const { log } = findingFor(expert);
    const context = buildContext(fetchTheKeys.scenario, log);
    const [before] = statutoryClockTrack(context.worldAt(1));
    expect(before).toEqual({
      id: "gdpr-art-33",
      name: "Supervisory authority (GDPR Art. 33)",
      within: parseSimTime("T+3d"),
    });
    const [running] = statutoryClockTrack(context.worldAt(parseSimTime("T+1d")));
    expect(running?.startedAt).toBeDefined();
    expect(running?.dueAt).toBe((running?.startedAt ?? 0) + parseSimTime("T+3d"));
    expect(running?.notifiedAt).toBeUndefined();
    const [done] = statutoryClockTrack(context.worldAt(parseSimTime("T+2d 3:00")));
    expect(done?.notifiedAt).toBe(parseSimTime("T+2d 2:00"));
  });
});
