import { describe, expect, it } from "vitest";
import { applyOp, createHostedState } from "../../../src/facilitator/remote/hostedState";
import { readClientMessage } from "../../../src/server/readClientMessage";
import { sessionReport } from "../../../src/server/sessionReport";
import { MARKED_SCENARIO } from "../fixtures/markedScenario";
import { ENGINE_SERVICES } from "../support/engineServices";

function session() {
  return createHostedState(ENGINE_SERVICES, MARKED_SCENARIO, {
    id: "abcdef012345",
    scenario: MARKED_SCENARIO.id,
    contentHash: MARKED_SCENARIO.contentHash,
    seed: "1",
    roster: [{ name: "Ana", role: "incident-commander" }],
    approvalRequired: false,
    createdAt: "2026-12-03T20:00:00.000Z",
  });
}

describe("a hosted session's improvement plan edits", () => {
  it("reach the session report after the facilitator's plan op, and are journalled like every op", () => {
    const state = session();
    applyOp(state, { op: "start" });
    applyOp(state, { op: "end" });
    const report = JSON.parse(sessionReport(state, "json").body) as {
      improvementPlan: { key: string; pointOfContact: string }[];
    };
    const key = report.improvementPlan[0]?.key;
    expect(key).toBeDefined();
    const message = readClientMessage(
      { kind: "op", op: { op: "plan", edit: { key, pointOfContact: "Dana Whitfield", due: "2027-03-01" } } },
      "facilitator",
    );
    if (!message.ok || message.value.kind !== "op") throw new Error(`refused: ${JSON.stringify(message)}`);
    applyOp(state, message.value.op);
    expect(state.ops.at(-1)).toEqual({
      op: "plan",
      edit: { key, pointOfContact: "Dana Whitfield", due: "2027-03-01" },
    });
    expect(sessionReport(state, "csv").body).toContain("Dana Whitfield");
    expect(sessionReport(state, "md").body).toContain("2027-03-01");
  });

  it("are refused from anyone but the facilitator, and with a date that is not a day", () => {
    const op = { op: "plan", edit: { key: "lesson-1", due: "next week" } };
    expect(readClientMessage({ kind: "op", op }, "player")).toEqual({
      ok: false,
      error: "the player may not op",
    });
    const refused = readClientMessage({ kind: "op", op }, "facilitator");
    expect(refused.ok).toBe(false);
    expect(refused.ok ? "" : refused.error).toMatch(/^plan edit: .*due.*YYYY-MM-DD/);
  });
});
