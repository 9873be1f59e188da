import { describe, expect, it } from "vitest";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { scenarioHarness } from "../scenarios/support/scenarioHarness";
import { HARBOUR_LIGHTS } from "./fixtures/harbourLights";
import { expertPlay } from "./support/harbourPlays";
import type { Playthrough } from "./support/playthrough";

const score = (play: Playthrough) => scoreDrill(HARBOUR_LIGHTS, play.log());
const failed = (play: Playthrough) =>
  score(play)
    .criticalTasks.filter((task) => task.failed)
    .map((task) => task.id);

describe("critical tasks", () => {
  const expert = score(expertPlay());

  it("the expert performs every one and keeps P", () => {
    expect(expert.criticalTasks.map((task) => [task.id, task.failed])).toEqual([
      ["incident-commander", false],
      ["keep-affected-instances", false],
      ["nothing-outside-the-team", false],
      ["security-on-the-team", false],
      ["truthful-statements", false],
      ["innocuous-codename", false],
    ]);
    expect(expert.rating).toBe("P");
  });

  const slips: [string, Parameters<typeof expertPlay>[0]][] = [
    ["incident-commander", { pageIc: false }],
    [
      "keep-affected-instances",
      { slip: (play) => play.act({ type: "terminate-instance", instance: "web-1" }, "service-owner") },
    ],
    [
      "nothing-outside-the-team",
      {
        earlySlip: (play) =>
          play.act({ type: "send-message", channel: "general", body: "We were breached through a vendor." }),
      },
    ],
    [
      "innocuous-codename",
      { slip: (play) => play.act({ type: "set-codename", codename: "parcelpoint-breach" }) },
    ],
    ["security-on-the-team", { security: false }],
    [
      "truthful-statements",
      {
        slip: (play) =>
          play.act(
            {
              type: "publish-statement",
              title: "29 November 2026: update",
              body: "To be clear, no customer data was accessed in this incident.",
            },
            "communications",
          ),
      },
    ],
  ];

  it.each(slips)("failing %s alone costs at least 5 points and takes the rating below P", (task, variant) => {
    const play = expertPlay(variant);
    expect(failed(play)).toEqual([task]);
    const card = score(play);
    expect(card.rating).not.toBe("P");
    expect(card.total).toBeLessThanOrEqual(expert.total - 5);
  });

  it("a termination the attacker makes is not the team's: in Inside Voice the insider terminates bastion-1", () => {
    const insideVoice = scenarioHarness("inside-voice");
    const log = insideVoice.play("page-dana");
    const termination = log.find(
      (entry) => entry.type === "state.changed" && entry.subject === "bastion-1" && entry.to === "terminated",
    );
    expect(termination?.actor).toEqual({ kind: "attacker" });
    const finding = insideVoice.finding("page-dana", "evidence.no-terminate");
    expect(finding?.outcome).toBe("met");
    expect(finding?.summary).toContain("bastion-1");
    expect(finding?.summary).toContain("terminated by the attacker");
    const task = insideVoice
      .card("page-dana")
      .criticalTasks.find((item) => item.id === "keep-affected-instances");
    expect(task?.failed).toBe(false);
  });
});
