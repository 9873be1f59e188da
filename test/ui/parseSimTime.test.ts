import { describe, expect, it } from "vitest";
import { parseSimTime } from "../../src/ui/parseSimTime";

describe("parseSimTime reads what a player types", () => {
  it.each([
    ["T+0", 0],
    ["T-3d 04:12", -(3 * 1440 + 4 * 60 + 12)],
    ["T+1:30", 90],
    ["T+45m", 45],
    ["T-9d", -9 * 1440],
    ["-90", -90],
    ["T+1d 6h", 1440 + 360],
  ])("%s is %i sim minutes", (text, minutes) => {
    expect(parseSimTime(text)).toBe(minutes);
  });

  it("refuses text that is not a time", () => {
    expect(parseSimTime("yesterday")).toBeUndefined();
    expect(parseSimTime("")).toBeUndefined();
  });
});
