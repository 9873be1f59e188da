import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { expertPlay } from "../support/harbourPlays";
import { playthrough } from "../support/playthrough";

const start = () => playthrough(HARBOUR_LIGHTS);

describe("investigation rules", () => {
  it("investigation.timeline is the share of timeline facts discovered", () => {
    const play = start().act({ type: "investigate", logSource: "cloudtrail" }).at("T+1:00").end();
    // cloudtrail holds recon, initial access and the db query; dwell time and the shell need other sources
    expect(findingOf(play, "investigation.timeline")).toMatchObject({ outcome: "partial", credit: 0.6 });
    expect(findingOf(start().at("T+1:00").end(), "investigation.timeline").outcome).toBe("violated");
  });

  it("investigation.backdoors needs the back-door fact, met for the expert", () => {
    expect(findingOf(expertPlay(), "investigation.backdoors").outcome).toBe("met");
    expect(findingOf(start().at("T+1:00").end(), "investigation.backdoors").outcome).toBe("violated");
  });

  it("investigation.compromised-data reports facts lost with a terminated instance", () => {
    const play = start()
      .act({ type: "investigate", logSource: "cloudtrail" })
      .at("T+0:40")
      .act({ type: "terminate-instance", instance: "web-1" })
      .at("T+1:00")
      .end();
    const finding = findingOf(play, "investigation.compromised-data");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.5 });
    expect(finding.summary).toContain("lost with their evidence");
    expect(findingOf(start().at("T+1:00").end(), "investigation.compromised-data").outcome).toBe("violated");
  });

  it("investigation.other-systems is the share of linked systems examined", () => {
    const play = start().act({ type: "investigate", logSource: "cloudtrail" }).at("T+1:00").end();
    expect(findingOf(play, "investigation.other-systems")).toMatchObject({ outcome: "partial", credit: 0.5 });
    expect(findingOf(start().at("T+1:00").end(), "investigation.other-systems").outcome).toBe("violated");
    expect(findingOf(expertPlay(), "investigation.other-systems").outcome).toBe("met");
  });
});
