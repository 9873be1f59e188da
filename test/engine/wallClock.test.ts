import { describe, expect, it } from "vitest";
import {
  calendarDaysBetween,
  formatClockTime,
  formatWhen,
  simMinutesAt,
  wallClockAt,
  wallClockStartProblem,
} from "../../src/engine/wallClock";

const BORROWED_KEYS = { date: "2026-11-17", time: "09:00", zone: "UTC" };

describe("the wall clock of a scenario", () => {
  it("reads T+0 as the declared start and later minutes as dates and clock times", () => {
    expect(wallClockAt(BORROWED_KEYS, 0).text).toBe("Tue 17 Nov 2026, 09:00 UTC");
    expect(wallClockAt(BORROWED_KEYS, 14).text).toBe("Tue 17 Nov 2026, 09:14 UTC");
    expect(wallClockAt(BORROWED_KEYS, 3 * 24 * 60 + 6 * 60).text).toBe("Fri 20 Nov 2026, 15:00 UTC");
  });

  it("reads times before T+0 backwards across days and months", () => {
    expect(wallClockAt(BORROWED_KEYS, -(17 * 24 * 60)).text).toBe("Sat 31 Oct 2026, 09:00 UTC");
  });

  it("keeps the zone's clock and gives the instant with its offset", () => {
    const moment = wallClockAt({ date: "2026-12-31", time: "23:30", zone: "UTC+02:00" }, 45);
    expect(moment.text).toBe("Fri 1 Jan 2027, 00:15 UTC+02:00");
    expect(moment.iso).toBe("2027-01-01T00:15:00+02:00");
    expect(new Date(moment.epochMs).toISOString()).toBe("2026-12-31T22:15:00.000Z");
  });

  it("counts calendar days, not 24-hour spans", () => {
    const late = { date: "2026-09-16", time: "23:58", zone: "UTC" };
    expect(calendarDaysBetween(late, 0, 5)).toBe(1);
    expect(calendarDaysBetween(late, 0, 1)).toBe(0);
  });

  it("names what is wrong with a start that is not a real moment", () => {
    expect(wallClockStartProblem(BORROWED_KEYS)).toBeUndefined();
    expect(wallClockStartProblem({ ...BORROWED_KEYS, date: "2026-02-30" })).toMatch(/not a day/);
    expect(wallClockStartProblem({ ...BORROWED_KEYS, time: "9:00" })).toMatch(/HH:MM/);
    expect(wallClockStartProblem({ ...BORROWED_KEYS, zone: "CET" })).toMatch(/UTC/);
  });
});

describe("times as players read them", () => {
  it("shows the day and clock time, with the exercise time where it helps", () => {
    expect(formatClockTime(BORROWED_KEYS, 1)).toBe("Tue 17 Nov 09:01");
    expect(formatWhen(BORROWED_KEYS, 1)).toBe("Tue 17 Nov 09:01 (T+0:01)");
    expect(formatWhen(BORROWED_KEYS, 15 * 60 + 1)).toBe("Wed 18 Nov 00:01 (T+15:01)");
    expect(formatClockTime(BORROWED_KEYS, -4572)).toBe("Sat 14 Nov 04:48");
  });

  it("falls back to the exercise clock for a scenario without a start", () => {
    expect(formatWhen(undefined, 90)).toBe("T+1:30");
  });

  it("turns a date and clock time in the scenario's zone back into sim minutes", () => {
    expect(simMinutesAt(BORROWED_KEYS, "2026-11-14", "04:48")).toBe(-4572);
    expect(simMinutesAt({ ...BORROWED_KEYS, zone: "UTC+02:00" }, "2026-11-17", "09:30")).toBe(30);
    expect(simMinutesAt(BORROWED_KEYS, "2026-02-30", "04:48")).toBeUndefined();
  });
});
