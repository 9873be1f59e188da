import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import { ELIMU_PROFILE } from "../../src/engine/organisation";
import { sha256Hex } from "../../src/engine/sha256";
import { readFixture, VALID } from "./support/fixtures";

const source = readFixture(join(VALID, "quiet-pipeline.yaml"));

function compiled() {
  const result = compileScenario(source, "quiet-pipeline.yaml");
  if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
  return result;
}

describe("compiling the quiet-pipeline fixture", () => {
  it("compiles clean, with no diagnostics at all", () => {
    expect(compiled().diagnostics).toEqual([]);
  });

  it("keeps every id of every kind, in file order", () => {
    const scenario = compiled().value;
    expect(scenario.id).toBe("quiet-pipeline");
    expect(scenario.modules.map((m) => m.id)).toEqual(["detection", "recovery"]);
    expect(scenario.world.people.map((p) => p.id)).toEqual(["ana", "sam", "reporter"]);
    expect(scenario.world.channels.map((c) => c.id)).toEqual(["eng-ops", "press-mail"]);
    expect(scenario.world.instances.map((i) => i.id)).toEqual(["runner-1"]);
    expect(scenario.world.services[0]?.codePaths).toEqual([{ id: "ci-webhooks", name: "Webhooks" }]);
    expect(scenario.attacker.map((s) => s.id)).toEqual(["recon", "exfil"]);
    expect(scenario.facts.map((f) => f.id)).toEqual(["scan-seen", "shell-on-runner"]);
    expect(scenario.injects.map((i) => i.id)).toEqual(["alert", "cost-alert", "press", "nudge"]);
    expect(scenario.injects[0]?.replies.map((r) => r.id)).toEqual(["isolate", "terminate"]);
  });

  it("turns every time and duration into sim minutes", () => {
    const scenario = compiled().value;
    expect(scenario.modules.map((m) => m.startsAt)).toEqual([0, 240]);
    expect(scenario.attacker.map((s) => s.at)).toEqual([-2 * 1440, 120]);
    expect(scenario.facts.map((f) => f.occurredAt)).toEqual([-2 * 1440, -60]);
    expect(scenario.injects.map((i) => i.at)).toEqual([0, undefined, 180, 60]);
    expect(scenario.horizon).toBe(2 * 1440);
    expect(scenario.expectedDuration).toBe(30);
    expect(scenario.world.logSources[0]?.retention).toBe(7 * 1440);
  });

  it("fills in the documented defaults", () => {
    const scenario = compiled().value;
    expect(scenario.par).toEqual({
      pageIc: 5,
      stopAttack: 90,
      stopAttackLimit: 720,
      isolate: 60,
      image: 240,
      revoke: 60,
    });
    expect(scenario.variation).toEqual({ patientZero: [], redHerrings: [], redHerringCount: 0 });
    expect(scenario.shouldNotHaveStored).toEqual([]);
    expect(scenario.world.autoscalingGroups).toEqual([]);
    expect(scenario.attacker[0]?.effects).toEqual([]);
    expect(scenario.attacker[0]?.preventable).toBe(false);
    expect(scenario.attacker[1]?.preventable).toBe(true);
    expect(scenario.world.channels[1]).toEqual({
      id: "press-mail",
      name: "press@",
      kind: "email",
      broad: false,
      members: [],
    });
    const costAlert = scenario.injects[1];
    expect(costAlert?.contingency).toBe(false);
    expect(costAlert?.replies).toEqual([]);
    expect(costAlert?.controller).toEqual({ expectedActions: [], evaluatorNotes: "", tests: [] });
  });

  it("compiles conditions, effects and reply actions to the engine's unions", () => {
    const scenario = compiled().value;
    expect(scenario.vector.closedBy).toEqual([{ credential: "deploy-key", is: ["revoked", "rotated"] }]);
    expect(scenario.attacker[1]?.when).toEqual({ credential: "deploy-key", is: "active" });
    expect(scenario.attacker[1]?.effects).toEqual([
      { setFlag: "cache-stolen" },
      { triggerInject: "cost-alert" },
    ]);
    expect(scenario.flags[0]?.setWhen).toEqual({ all: [{ action: "page-ic" }, { action: "create-room" }] });
    expect(scenario.injects[0]?.replies[1]?.action).toEqual({
      type: "terminate-instance",
      instance: "runner-1",
    });
    expect(scenario.injects[3]?.unless).toEqual({ action: "page-ic" });
  });

  it("reads a bare-number text field as text", () => {
    expect(compiled().value.debrief.inspiredBy[0]?.year).toBe("2023");
  });

  it("merges organisation overrides over the Elimu profile: objects merge, the rest stays", () => {
    const { organisation } = compiled().value;
    expect(organisation.disclosure).toEqual({
      fullCreditWithin: 2 * 1440,
      zeroCreditAfter: ELIMU_PROFILE.disclosure.zeroCreditAfter,
    });
    expect(organisation.name).toBe("Elimu Informatics");
    expect(organisation.revealingWords).toEqual(ELIMU_PROFILE.revealingWords);
  });

  it("replaces arrays in organisation overrides rather than appending", () => {
    const replaced = source.replace("  disclosure:\n", "  bannedPhrases: [trust us]\n  disclosure:\n");
    const result = compileScenario(replaced, "quiet-pipeline.yaml");
    expect(result.ok && result.value.organisation.bannedPhrases).toEqual(["trust us"]);
  });

  it("hashes the source with normalised line endings", () => {
    const { contentHash } = compiled().value;
    expect(contentHash).toBe(sha256Hex(source));
    const crlf = compileScenario(source.replace(/\n/g, "\r\n"), "quiet-pipeline.yaml");
    expect(crlf.ok && crlf.value.contentHash).toBe(contentHash);
    const edited = compileScenario(
      source.replace("Quiet Pipeline", "Quiet Pipelines"),
      "quiet-pipeline.yaml",
    );
    expect(edited.ok && edited.value.contentHash).not.toBe(contentHash);
  });

  it("is deterministic: the same source compiles to the same value", () => {
    expect(JSON.stringify(compileScenario(source, "a.yaml"))).toBe(
      JSON.stringify(compileScenario(source, "a.yaml")),
    );
  });

  it("does not share default objects between compiled values", () => {
    const first = compiled().value;
    first.variation.redHerrings.push("mutated");
    expect(compiled().value.variation.redHerrings).toEqual([]);
  });

  it("warns (without failing) when the file name does not match the id or the modeline is missing", () => {
    const result = compileScenario(source.replace(/^#.*\n/, ""), "elsewhere.yaml");
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.code, d.severity])).toEqual([
      ["HW0071", "warning"],
      ["HW0070", "warning"],
    ]);
  });
});

describe("what engine and scoring read beyond the basics", () => {
  it("keeps a flag's violated rules and the organisation's rule weights", () => {
    const extended = source
      .replace(
        "    setWhen:\n      all:\n        - { action: page-ic }",
        "    violates: [containment.no-tip-off]\n    setWhen:\n      all:\n        - { action: page-ic }",
      )
      .replace("  disclosure:\n", "  ruleWeights: { privacy.no-sms: 3, team.room: 0.5 }\n  disclosure:\n");
    const result = compileScenario(extended, "quiet-pipeline.yaml");
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(result.value.flags[0]?.violates).toEqual(["containment.no-tip-off"]);
    expect(result.value.organisation.ruleWeights).toEqual({ "privacy.no-sms": 3, "team.room": 0.5 });
  });

  it("accepts patient-zero wherever an instance goes once variation lists candidates", () => {
    const withDraw = source
      .replace("evidence: { instance: runner-1 }", "evidence: { instance: patient-zero }")
      .replace("via: [runner-1, deploy-key]", "via: [patient-zero, deploy-key]")
      .replace("needToKnow: [ana, sam]", "needToKnow: [ana, sam]\nvariation:\n  patientZero: [runner-1]");
    const result = compileScenario(withDraw, "quiet-pipeline.yaml");
    if (!result.ok) throw new Error(JSON.stringify(result.diagnostics));
    expect(result.value.world.footholds[0]?.via).toEqual(["patient-zero", "deploy-key"]);
  });

  it("rejects patient-zero when there is nothing to draw it from", () => {
    const result = compileScenario(
      source.replace("via: [runner-1, deploy-key]", "via: [patient-zero, deploy-key]"),
      "quiet-pipeline.yaml",
    );
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((found) => found.code)).toEqual(["HW0066"]);
  });
});
