import { describe, expect, it } from "vitest";
import { parseDuration, parseSimTime, parseTypedSimTime } from "../../src/engine/simTime";

describe("sim time syntax", () => {
  it.each([
    ["T+0", 0],
    ["T-0", 0],
    ["T+45m", 45],
    ["T+1:30", 90],
    ["T+0:02", 2],
    ["T-3d 04:12", -(3 * 1440 + 252)],
    ["T+3d", 3 * 1440],
    ["T+32h", 32 * 60],
    ["T-120d", -120 * 1440],
    ["T+1d 6h", 1440 + 360],
    ["T+1d 6h 30m", 1440 + 390],
    ["T-1d 22:40", -(1440 + 22 * 60 + 40)],
  ])("%s is %i minutes", (text, minutes) => {
    expect(parseSimTime(text)).toBe(minutes);
  });

  it.each([
    "T+5",
    "0:05",
    "+45m",
    "T45m",
    "T+1:75",
    "T+6h 1d",
    "T+1:30 5m",
    "T+",
    "T+1h1h",
    "T+99999999d",
    "",
  ])("%j is not a time", (text) => {
    expect(parseSimTime(text)).toBeUndefined();
  });

  it.each([
    ["45m", 45],
    ["3h", 180],
    ["2d", 2880],
    ["1d 6h", 1800],
    ["1:30", 90],
  ])("duration %s is %i minutes", (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(["-5m", "5", "1 day", "3h 2d", "T+3h"])("%j is not a duration", (text) => {
    expect(parseDuration(text)).toBeUndefined();
  });
});

describe("parseTypedSimTime reads what a person types, in the same grammar", () => {
  it.each([
    ["T+0", 0],
    ["T-3d 04:12", -(3 * 1440 + 4 * 60 + 12)],
    ["T+1:30", 90],
    ["+1:30", 90],
    ["1:30", 90],
    ["t+45m", 45],
    ["T-9d", -9 * 1440],
    ["-90", -90],
    ["T+1d 6h", 1440 + 360],
  ])("%s is %i sim minutes", (text, minutes) => {
    expect(parseTypedSimTime(text)).toBe(minutes);
  });

  it.each(["yesterday", "", "T+1:75", "T+6h 1d", "T"])("refuses %j", (text) => {
    expect(parseTypedSimTime(text)).toBeUndefined();
  });
});
