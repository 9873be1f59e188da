import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  CRITICAL_TASK_IDS,
  type CriticalTaskId,
  DEFAULT_CRITICAL_TASK_IDS,
} from "../../src/engine/criticalTaskIds";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { scenarioHarness } from "../scenarios/support/scenarioHarness";
import { HARBOUR_LIGHTS } from "./fixtures/harbourLights";
import { expertPlay } from "./support/harbourPlays";
import { type Playthrough, playthrough } from "./support/playthrough";

const SHIPPED = readdirSync(join(import.meta.dirname, "../../scenarios"))
  .filter((file) => file.endsWith(".yaml") && !file.includes(".play."))
  .map((file) => file.replace(/\.yaml$/, ""));

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

  describe("a scenario names its own critical tasks", () => {
    const withTasks = (tasks: CriticalTaskId[]) => ({ ...HARBOUR_LIGHTS, criticalTasks: tasks });
    const drillTasks = [...DEFAULT_CRITICAL_TASK_IDS, ...CRITICAL_TASK_IDS.slice(6)];
    const judged = (play: Playthrough, tasks: CriticalTaskId[] = drillTasks) =>
      scoreDrill(withTasks(tasks), play.log());
    const failedOf = (play: Playthrough) =>
      judged(play)
        .criticalTasks.filter((task) => task.failed)
        .map((task) => task.id);
    const expertCard = judged(expertPlay());

    it("judges exactly its list, in its order, and the expert performs every one", () => {
      const card = judged(expertPlay(), ["stop-the-attack", "incident-commander"]);
      expect(card.criticalTasks.map((task) => [task.id, task.failed])).toEqual([
        ["stop-the-attack", false],
        ["incident-commander", false],
      ]);
      expect(expertCard.criticalTasks.filter((task) => task.failed)).toEqual([]);
      expect(expertCard.criticalTasks.map((task) => task.id)).toEqual(drillTasks);
      expect(expertCard.rating).toBe("P");
    });

    const slips: [CriticalTaskId, Parameters<typeof expertPlay>[0]][] = [
      ["cut-the-vector", { skip: ["purge"] }],
      ["statutory-notice", { skip: ["regulator"] }],
      ["keep-the-evidence", { skip: ["images"] }],
      ["tell-those-affected", { skip: ["statement"] }],
    ];

    it.each(slips)(
      "failing %s alone costs at least 5 points and takes the rating below P",
      (task, variant) => {
        const play = expertPlay(variant);
        expect(failedOf(play)).toEqual([task]);
        const card = judged(play);
        expect(card.rating).not.toBe("P");
        expect(card.total).toBeLessThanOrEqual(expertCard.total - 5);
      },
    );

    it("a task listed twice is judged, and costs, once", () => {
      const play = expertPlay({ skip: ["purge"] });
      const once = judged(play, [...DEFAULT_CRITICAL_TASK_IDS, "cut-the-vector"]);
      const twice = judged(play, [...DEFAULT_CRITICAL_TASK_IDS, "cut-the-vector", "cut-the-vector"]);
      expect(twice.criticalTasks.map((task) => task.id)).toEqual(once.criticalTasks.map((task) => task.id));
      expect(twice.total).toBe(once.total);
    });

    it("leaving the shell on web-1 open for three days fails stopping the attack, and the password rotated under it tips the attacker off", () => {
      const play = expertPlay({ late: ["isolate"] });
      expect(failedOf(play)).toEqual(["stop-the-attack", "no-tip-off"]);
      expect(judged(play).rating).not.toBe("P");
      const tipOffOnly = judged(play, [...DEFAULT_CRITICAL_TASK_IDS, "no-tip-off"]);
      expect(tipOffOnly.criticalTasks.filter((task) => task.failed).map((task) => task.id)).toEqual([
        "no-tip-off",
      ]);
      expect(tipOffOnly.rating).not.toBe("P");
    });

    it("never revoking a compromised credential fails that task, leaves the vector open and lets the attacker in again", () => {
      const play = expertPlay({ skip: ["revocations"] });
      expect(failedOf(play)).toEqual(["stop-the-attack", "cut-the-vector", "revoke-compromised"]);
      const revokeOnly = judged(play, [...DEFAULT_CRITICAL_TASK_IDS, "revoke-compromised"]);
      expect(revokeOnly.criticalTasks.filter((task) => task.failed).map((task) => task.id)).toEqual([
        "revoke-compromised",
      ]);
      expect(revokeOnly.rating).not.toBe("P");
      expect(revokeOnly.total).toBeLessThanOrEqual(
        judged(expertPlay(), [...DEFAULT_CRITICAL_TASK_IDS, "revoke-compromised"]).total - 5,
      );
    });

    it("never revoking a compromised credential fails revoking them; the defaults do not judge it", () => {
      const play = playthrough(HARBOUR_LIGHTS).at("T+0:01").act({ type: "page-ic" }).at("T+1d").end();
      expect(failedOf(play)).toContain("revoke-compromised");
      expect(
        scoreDrill(HARBOUR_LIGHTS, play.log()).criticalTasks.some((task) => task.id === "revoke-compromised"),
      ).toBe(false);
    });

    it("a task none of whose rules applies is not part of that drill: no Borrowed Keys instance is affected when the expert revokes in time", () => {
      const borrowedKeys = scenarioHarness("borrowed-keys");
      expect(borrowedKeys.scenario.criticalTasks).toContain("keep-affected-instances");
      const expertIds = borrowedKeys.card("expert").criticalTasks.map((task) => task.id);
      expect(expertIds).not.toContain("keep-affected-instances");
      expect(expertIds).toEqual(
        expect.arrayContaining(["cut-the-vector", "revoke-compromised", "incident-commander"]),
      );
      const reckless = borrowedKeys
        .card("reckless")
        .criticalTasks.find((task) => task.id === "keep-affected-instances");
      expect(reckless?.failed).toBe(true);
    });

    it("every shipped scenario names its own list, and its expert performs every task on it", () => {
      for (const id of SHIPPED) {
        const harness = scenarioHarness(id);
        expect(harness.scenario.criticalTasks, id).toBeDefined();
        expect(
          harness
            .card("expert")
            .criticalTasks.filter((task) => task.failed)
            .map((task) => task.id),
          id,
        ).toEqual([]);
      }
    });
  });
});
