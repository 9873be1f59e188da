import { describe, expect, it } from "vitest";
import { namedBeforeDisclosure } from "../../../src/scoring/text/thirdPartyNames";

const PARTIES = [
  { id: "parcelpoint", names: ["parcelpoint", "ParcelPoint"], disclosesAt: 1920 },
  { id: "quietco", names: ["QuietCo Hosting"] },
];

describe("namedBeforeDisclosure", () => {
  it.each([
    ["Our vendor ParcelPoint was breached.", 60, ["parcelpoint"]],
    ["parcel-point's systems", 60, ["parcelpoint"]],
    ["Our vendor ParcelPoint was breached.", 1920, []],
    ["See ParcelPoint's disclosure.", 2000, []],
    ["QuietCo hosting was the way in", 9999, ["quietco"]],
    ["QuietCo alone is not the full name", 60, []],
    ["A third-party provider was breached.", 60, []],
  ])("%s at %i names %j", (text, at, ids) => {
    expect(namedBeforeDisclosure(text, PARTIES, at).map((p) => p.id)).toEqual(ids);
  });
});
