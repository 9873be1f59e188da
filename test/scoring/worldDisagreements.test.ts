import { describe, expect, it } from "vitest";
import { evaluateCondition } from "../../src/engine/world/evaluateCondition";
import { affectedInstances, compromisedCredentials } from "../../src/scoring/context/groundTruth";
import { firstInstanceMoment } from "../../src/scoring/context/instanceHistory";
import { buildContext } from "../../src/scoring/context/ScoringContext";
import { HARBOUR_LIGHTS } from "./fixtures/harbourLights";
import { assembleTeam } from "./support/harbourPlays";
import { playthrough } from "./support/playthrough";

const team = () => assembleTeam(playthrough(HARBOUR_LIGHTS));
const contextOf = (log: ReturnType<ReturnType<typeof team>["log"]>) => buildContext(HARBOUR_LIGHTS, log);

describe("where the engine and scoring used to keep two worlds, they now read one", () => {
  it("an off-site image counts for `imaged … offsite` only when it is also read-only (S4)", () => {
    const writable = contextOf(
      team()
        .at("T+0:10")
        .act({ type: "image-disk", instance: "web-1", offsite: true, readOnly: false })
        .log(),
    );
    expect(evaluateCondition({ imaged: "web-1", offsite: true }, writable.end)).toBe(false);
    expect(evaluateCondition({ imaged: "web-1" }, writable.end)).toBe(true);
    const sealed = contextOf(
      team().at("T+0:10").act({ type: "image-disk", instance: "web-1", offsite: true }).log(),
    );
    expect(evaluateCondition({ imaged: "web-1", offsite: true }, sealed.end)).toBe(true);
  });

  it("an instance isolated and then terminated is no longer isolated, but it was isolated when it was", () => {
    const ctx = contextOf(
      team()
        .at("T+0:10")
        .act({ type: "isolate-instance", instance: "web-1" })
        .at("T+0:20")
        .act({ type: "terminate-instance", instance: "web-1" })
        .log(),
    );
    expect(evaluateCondition({ instance: "web-1", is: "isolated" }, ctx.end)).toBe(false);
    expect(evaluateCondition({ instance: "web-1", is: "terminated" }, ctx.end)).toBe(true);
    expect(firstInstanceMoment(ctx, "web-1", "isolated")?.at).toBe(15);
    expect(evaluateCondition({ instance: "web-1", is: "isolated" }, ctx.worldAt(16))).toBe(true);
  });

  it("an instance the attacker creates does not exist, nor count as affected, until its step runs", () => {
    const before = contextOf(team().at("T+2:59").log());
    expect(before.end.instances["cache-9"]?.exists).toBe(false);
    expect(evaluateCondition({ instance: "cache-9", is: "running" }, before.end)).toBe(false);
    expect(affectedInstances(before).map((known) => known.item.id)).not.toContain("cache-9");
    const after = contextOf(team().at("T+3:00").attacker("launch-cache").log());
    expect(evaluateCondition({ instance: "cache-9", is: "running" }, after.end)).toBe(true);
    expect(affectedInstances(after).map((known) => known.item.id)).toContain("cache-9");
    const prevented = contextOf(
      team()
        .at("T+0:05")
        .act({ type: "revoke-credential", credential: "deploy-key" })
        .at("T+3:00")
        .skipped("launch-cache")
        .log(),
    );
    expect(prevented.end.instances["cache-9"]?.exists).toBe(false);
    expect(affectedInstances(prevented).map((known) => known.item.id)).not.toContain("cache-9");
  });

  it("a credential counts as compromised from the log entry that compromised it, in engine and scoring alike", () => {
    const ctx = contextOf(team().at("T+0:10").log());
    const compromised = compromisedCredentials(ctx).map((known) => known.item.id);
    expect(compromised).toEqual(
      HARBOUR_LIGHTS.world.credentials
        .filter((credential) => ctx.end.credentials[credential.id]?.compromised)
        .map((credential) => credential.id),
    );
    expect(compromised).not.toContain("cache-key");
  });
});
