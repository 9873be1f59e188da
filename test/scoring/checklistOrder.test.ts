import { describe, expect, it } from "vitest";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { HARBOUR_LIGHTS } from "./fixtures/harbourLights";
import { findingOf } from "./support/findings";
import { expertPlay } from "./support/harbourPlays";
import type { Playthrough } from "./support/playthrough";

const total = (play: Playthrough) => scoreDrill(HARBOUR_LIGHTS, play.log()).total;

describe("the checklist's order, each as a one-slip variant of the expert play", () => {
  const expert = expertPlay();

  it("rotating a secret kept at the vendor before the vendor is purged exposes the new secret", () => {
    const slipped = expertPlay({ late: ["purge"] });
    expect(findingOf(expert, "mitigation.rotate-after-cut").outcome).toBe("met");
    const finding = findingOf(slipped, "mitigation.rotate-after-cut");
    expect(finding.outcome).toBe("partial");
    expect(finding.summary).toContain("legacy-etl rotated at T+0:20 while parcelpoint (not yet purged)");
    expect(total(slipped)).toBeLessThan(total(expert) - 2);
  });

  it("imaging a running, connected host before isolating it costs the image its worth as evidence", () => {
    const slipped = expertPlay({ late: ["isolate"] });
    expect(findingOf(expert, "evidence.image-early").outcome).toBe("met");
    const finding = findingOf(slipped, "evidence.image-early");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.5 });
    expect(finding.summary).toContain("web-1 imaged at T+0:11 while still running and connected");
    expect(total(slipped)).toBeLessThan(total(expert) - 2);
  });

  it("blocking the attack's addresses days after they were known earns nothing", () => {
    const slipped = expertPlay({ late: ["block-ips"] });
    expect(findingOf(expert, "mitigation.block-ips").outcome).toBe("met");
    expect(findingOf(slipped, "mitigation.block-ips").outcome).toBe("violated");
    expect(total(slipped)).toBeLessThan(total(expert) - 2);
  });
});
