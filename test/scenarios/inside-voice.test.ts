import { describe, expect, it } from "vitest";
import { replay } from "../../src/engine/headless/replay";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { describeShippedPlays } from "./support/describeShippedPlays";
import {
  delivered,
  destroyed,
  entries,
  flagsSet,
  lostFacts,
  scenarioHarness,
  stepsDone,
  stepsSkipped,
} from "./support/scenarioHarness";

const ID = "inside-voice";
const harness = scenarioHarness(ID);
const { scenario, play, outcome } = harness;

describeShippedPlays("Inside Voice", harness, {
  id: ID,
  plays: [
    "expert",
    "reckless",
    "alert-channel",
    "page-dana",
    "invite-dana",
    "cto-broadcast",
    "rebuild-bastion",
    "forward-ransom",
    "sms-dana",
    "deny-press",
    "pay-quietly",
  ],
  jitteredStep: "ins-ransom",
});

describe("Inside Voice: the expert keeps the insider in the dark", () => {
  const log = play("expert");

  it("cuts the break-glass key before Dana's own access, so the half-revocation tip-off never happens", () => {
    expect(flagsSet(log)).not.toContain("half-revoked");
    expect(flagsSet(log)).not.toContain("insider-aware");
  });

  it("preserves all four evidence sources, so nothing is wiped and no fact is lost", () => {
    expect(flagsSet(log)).toContain("evidence-preserved");
    expect(stepsSkipped(log)).toEqual(expect.arrayContaining(["ins-resigns-early", "ins-backdoor-return"]));
    expect(stepsDone(log)).not.toContain("ins-cover-tracks");
    expect(lostFacts(log)).toEqual([]);
  });

  it("finds the home-IP line that ties the session to Dana, and the back-door user", () => {
    const found = entries(log, "fact.discovered").map((e) => e.fact);
    expect(found).toEqual(expect.arrayContaining(["f-home-ip", "f-laptop-tools", "f-backdoor-user"]));
  });
});

describe("Inside Voice: forensics alone does not end need-to-know for an insider", () => {
  it("a message after the bastion's forensic analysis still leaks while the insider is unidentified", () => {
    const { log } = replay(scenario, "1", [
      { at: 5, intent: { type: "image-disk", instance: "bastion-1" } },
      { at: 60, intent: { type: "forensic-analysis", instance: "bastion-1" } },
      {
        at: 300,
        intent: {
          type: "send-message",
          channel: "email",
          to: ["priya-raman"],
          subject: "Attorney Work Project",
          body: "Update on the bastion incident.",
        },
      },
      { at: 400, intent: { type: "drill.end" } },
    ]);
    expect(entries(log, "action.completed").some((e) => e.action.type === "forensic-analysis")).toBe(true);
    const finding = scoreDrill(scenario, log).findings.find((f) => f.rule === "privacy.need-to-know");
    expect(finding?.outcome).toBe("partial");
    expect(finding?.summary).toContain("priya-raman");
    expect(finding?.summary).toContain("insider was never identified");
  });
});

describe("Inside Voice: leaking to the insider before the evidence is safe", () => {
  it("cutting Dana's own access while the break-glass key still works tips her off (containment.no-tip-off)", () => {
    const log = play("half-revoke");
    expect(flagsSet(log)).toEqual(expect.arrayContaining(["half-revoked", "insider-aware"]));
    expect(outcome("half-revoke", "containment.no-tip-off")).toBe("violated");
    expect(outcome("expert", "containment.no-tip-off")).toBe("met");
  });

  it("paging Dana as the runbook says lets her delete the audit logs, terminate bastion-1 and wipe her laptop", () => {
    const log = play("page-dana");
    expect(flagsSet(log)).toContain("insider-aware");
    expect(stepsDone(log)).toEqual(
      expect.arrayContaining(["ins-cover-tracks", "ins-wipe-laptop", "ins-resigns-early"]),
    );
    expect(destroyed(log)).toEqual(expect.arrayContaining(["cloudtrail", "bastion-1", "dana-laptop"]));
    expect(lostFacts(log)).toEqual(
      expect.arrayContaining(["f-home-ip", "f-laptop-tools", "f-keys-on-bastion"]),
    );
  });

  it("a question in #security-alerts reaches Dana, who wipes her laptop although her cloud access is already cut", () => {
    const log = play("alert-channel");
    expect(entries(log, "leak").some((leak) => leak.to.includes("dana-kowalski"))).toBe(true);
    expect(stepsDone(log)).toContain("ins-wipe-laptop");
    expect(stepsSkipped(log)).toContain("ins-cover-tracks");
  });

  it("the reckless team never finds ops-readonly2, and Dana comes back through it on day three", () => {
    const log = play("reckless");
    expect(stepsDone(log)).toContain("ins-backdoor-return");
    expect(delivered(log)).toContain("b12-reentry-alert");
  });

  it("rebuilding bastion-1 without an image loses the shell history and the keys on the host", () => {
    expect(lostFacts(play("rebuild-bastion"))).toEqual(
      expect.arrayContaining(["f-db-query", "f-keys-on-bastion"]),
    );
  });
});
