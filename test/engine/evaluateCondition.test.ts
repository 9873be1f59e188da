import { describe, expect, it } from "vitest";
import type { Condition } from "../../src/engine/condition";
import { evaluateCondition } from "../../src/engine/world/evaluateCondition";
import { act, advanceTo, play } from "./support";

describe("conditions over the world after a short drill", () => {
  const { state } = play([
    act(1, { type: "page-ic" }),
    act(1, { type: "create-room", name: "sapphire" }),
    act(5, { type: "invite", people: ["sec-sam"], to: "room" }),
    act(5, { type: "isolate-instance", instance: "bastion-1" }),
    act(5, { type: "image-disk", instance: "web-2", offsite: false }),
    act(5, { type: "revoke-credential", credential: "deploy-key" }),
    act(5, { type: "disable-code-path", codePath: "link-previews" }),
    act(5, { type: "suspend-autoscaling", group: "web-asg" }),
    act(5, { type: "preserve-logs", logSource: "trail" }),
    act(40, { type: "investigate", logSource: "trail", from: -2000, to: 0 }),
    act(40, { type: "send-message", channel: "email", to: ["reporter-rita"], body: "psst" }),
    advanceTo(300),
  ]);

  const table: [string, Condition, boolean][] = [
    ["instance state", { instance: "bastion-1", is: "isolated" }, true],
    ["instance one of states", { instance: "web-1", is: ["shut-down", "running"] }, true],
    ["instance not created", { instance: "cache-1", is: "running" }, false],
    ["imaged", { imaged: "web-2" }, true],
    ["imaged offsite", { imaged: "web-2", offsite: true }, false],
    ["credential", { credential: "deploy-key", is: "revoked" }, true],
    ["credential list", { credential: "etl-key", is: ["rotated", "revoked"] }, false],
    ["code path", { codePath: "link-previews", is: "disabled" }, true],
    ["service", { service: "api", is: "running" }, true],
    ["provider", { provider: "buildco", is: "untouched" }, true],
    ["autoscaling group", { autoscalingGroup: "web-asg", is: "suspended" }, true],
    ["log source", { logSource: "trail", is: "preserved" }, true],
    ["foothold", { foothold: "fh-deploy", is: "closed" }, true],
    ["fact discovered", { fact: "f-exfil", is: "discovered" }, true],
    ["fact lost", { fact: "f-ancient", is: "lost" }, true],
    ["fact not in this drill is hidden", { fact: "rh-1", is: "hidden" }, true],
    ["flag", { flag: "leaked-any" }, true],
    ["attacker step skipped", { attackerStep: "create-cache", is: "skipped" }, true],
    ["attacker step done", { attackerStep: "exfil", is: "done" }, true],
    ["inject delivered", { inject: "i-journalist", is: "delivered" }, true],
    ["inject pending", { inject: "i-reentry", is: "pending" }, true],
    ["action", { action: "page-ic" }, true],
    ["action on target", { action: "isolate-instance", target: "web-1" }, false],
    ["action with params", { action: "image-disk", target: "web-2", params: { offsite: false } }, true],
    ["leaked", { leaked: true }, true],
    ["leaked to", { leaked: true, to: "reporter-rita", channel: "email" }, true],
    ["leaked on another channel", { leaked: true, channel: "general" }, false],
    ["on team", { onTeam: "sec-sam" }, true],
    ["paged IC on team", { onTeam: "ic-ines" }, true],
    ["not on team", { onTeam: "cfo-carla" }, false],
    ["after", { after: 300 }, true],
    ["before", { before: 300 }, false],
    ["all", { all: [{ after: 0 }, { flag: "leaked-any" }] }, true],
    ["any", { any: [{ before: 0 }, { flag: "nope" }] }, false],
    ["not", { not: { flag: "nope" } }, true],
  ];

  it.each(table)("%s", (_name, condition, expected) => {
    expect(evaluateCondition(condition, state)).toBe(expected);
  });
});
