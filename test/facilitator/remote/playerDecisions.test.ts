import { describe, expect, it } from "vitest";
import { playerProjection } from "../../../src/facilitator/remote/audienceViews";
import { applyOp, createHostedState } from "../../../src/facilitator/remote/hostedState";
import { MARKED_SCENARIO } from "../fixtures/markedScenario";
import { ENGINE_SERVICES } from "../support/engineServices";

function session() {
  return createHostedState(ENGINE_SERVICES, MARKED_SCENARIO, {
    id: "abcdef012345",
    scenario: MARKED_SCENARIO.id,
    contentHash: MARKED_SCENARIO.contentHash,
    seed: "1",
    roster: [],
    approvalRequired: false,
    createdAt: "2026-12-03T20:00:00.000Z",
  });
}

describe("a player's own decisions, as the drill took them", () => {
  it("lists what the role decided (who, applied or refused) and nothing another role decided", () => {
    const state = session();
    applyOp(state, { op: "start" });
    applyOp(state, { op: "decide", action: { type: "page-ic" }, by: "incident-commander", name: "Ana" });
    applyOp(state, {
      op: "decide",
      action: { type: "set-codename", codename: "blue-heron" },
      by: "legal",
      name: "Lee",
    });
    const commander = playerProjection(state, "incident-commander").decisions;
    expect(commander).toEqual([
      { at: "T+0:00", label: "Page the Incident Commander", name: "Ana", outcome: "applied" },
    ]);
    expect(playerProjection(state, "legal").decisions.map((decision) => decision.label)).toEqual([
      "Set the codename: blue-heron",
    ]);
    expect(playerProjection(state, "hr").decisions).toEqual([]);
  });
});
