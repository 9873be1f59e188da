import { describe, expect, it } from "vitest";
import { overviewParts } from "../../../src/scoring/text/internalOverview";

describe("overviewParts", () => {
  it.each([
    [
      "Since Monday a vendor exposed a key. We rotated it. We will follow up.",
      { timeline: true, mitigations: true, followUp: true },
    ],
    ["At 14:05 we isolated two hosts.", { timeline: true, mitigations: true, followUp: false }],
    ["Heads up, more information soon.", { timeline: false, mitigations: false, followUp: true }],
    [
      "On 2026-11-28 keys were revoked; next update tomorrow.",
      { timeline: true, mitigations: true, followUp: true },
    ],
    ["Something happened.", { timeline: false, mitigations: false, followUp: false }],
  ])("%s → %j", (text, expected) => {
    expect(overviewParts(text)).toEqual(expected);
  });
});
