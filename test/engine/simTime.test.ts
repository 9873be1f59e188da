import { describe, expect, it } from "vitest";
import { parseDuration, parseSimTime, parseTypedSimTime, readSimTime } from "../../src/engine/simTime";
import { formatSimTime } from "../../src/engine/time";

describe("sim time syntax", () => {
  it.each([
    ["T+0", 0],
    ["T-0", 0],
    ["T+45m", 45],
    ["T+1:30", 90],
    ["T+0:02", 2],
    ["T-3d +04:12", -(3 * 1440) + 252],
    ["T-3d", -(3 * 1440)],
    ["T-0:45", -45],
    ["T-90m", -90],
    ["T+3d", 3 * 1440],
    ["T+32h", 32 * 60],
    ["T-120d", -120 * 1440],
    ["T+1d 6h", 1440 + 360],
    ["T+1d 6h 30m", 1440 + 390],
    ["T-2d +01:20", -(1440 + 22 * 60 + 40)],
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
    "T-3d 04:12",
    "T-1d 6h",
    "T-3d -1h",
    "2026-11-14 04:12",
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
    ["T-3d +04:12", -(3 * 1440) + 4 * 60 + 12],
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

  it.each(["yesterday", "", "T+1:75", "T+6h 1d", "T", "T-3d 04:12"])("refuses %j", (text) => {
    expect(parseTypedSimTime(text)).toBeUndefined();
  });
});

describe("a negative time cannot be read backwards", () => {
  const start = { date: "2026-11-24", time: "07:40", zone: "UTC" };

  it("refuses T-3d 04:12 and offers both readings, and the clock time on that day", () => {
    const reading = readSimTime("T-3d 04:12", start);
    expect(reading).toEqual({
      problem:
        'reads two ways; write "T-3d +04:12" for 3d before T0 and then 04:12 later (Sat 21 Nov 11:52), or ' +
        '"T-4d +19:48" for 3d 04:12 before T0 (Sat 21 Nov 03:28), or "2026-11-21 04:12" for that clock time on that day',
    });
  });

  it("orders later moments with larger numbers: seven minutes after T-3d +04:05 is T-3d +04:12", () => {
    expect(parseSimTime("T-3d +04:12")! - parseSimTime("T-3d +04:05")!).toBe(7);
  });

  it("reads a date and clock time in the scenario's zone", () => {
    expect(parseSimTime("2026-11-22 02:55", start)).toBe(-(2 * 1440 + 4 * 60 + 45));
    expect(parseSimTime("2026-11-24 07:40", { ...start, zone: "UTC-05:00" })).toBe(0);
    expect(readSimTime("2026-02-30 02:55", start)).toEqual({ problem: "is not a real date and time" });
  });

  it("formats every minute in a form it reads back", () => {
    for (const minutes of [-172800, -4572, -2800, -1440, -45, 0, 1, 90, 1800, 4572]) {
      expect(parseSimTime(formatSimTime(minutes))).toBe(minutes);
    }
    expect(formatSimTime(-4572)).toBe("T-4d +19:48");
  });
});
