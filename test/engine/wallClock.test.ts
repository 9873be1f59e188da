import { describe, expect, it } from "vitest";
import {
  formatClockTime,
  formatDate,
  formatFullDateTime,
  formatWhen,
  isKnownTimeZone,
  simMinutesAt,
  wallClockAt,
} from "../../src/engine/wallClock";

const borrowedKeys = { date: "2026-11-17", time: "09:00", zone: "UTC" };

describe("the wall clock a scenario starts on", () => {
  it("shows sim minutes as the day and clock time people read", () => {
    expect(formatClockTime(borrowedKeys, 1)).toBe("Tue 17 Nov 09:01");
    expect(formatWhen(borrowedKeys, 1)).toBe("Tue 17 Nov 09:01 (T+0:01)");
    expect(formatWhen(borrowedKeys, 15 * 60 + 1)).toBe("Wed 18 Nov 00:01 (T+15:01)");
    expect(formatFullDateTime(borrowedKeys, -4572)).toBe("Saturday 14 November 2026, 04:48 UTC");
    expect(formatDate(borrowedKeys, 2 * 1440)).toBe("19 November 2026");
  });

  it("follows the zone's daylight-saving change within a drill", () => {
    const newYork = { date: "2026-03-07", time: "23:30", zone: "America/New_York" };
    expect(formatFullDateTime(newYork, 0)).toBe("Saturday 7 March 2026, 23:30 UTC-5");
    expect(formatFullDateTime(newYork, 1440)).toBe("Monday 9 March 2026, 00:30 UTC-4");
    expect(simMinutesAt(newYork, "2026-03-08", "23:30")).toBe(1380);
  });

  it("reads a half-hour zone and refuses an unknown one", () => {
    expect(wallClockAt({ date: "2026-01-05", time: "10:00", zone: "Asia/Kolkata" }, 0).zoneLabel).toBe(
      "UTC+5:30",
    );
    expect(isKnownTimeZone("Europe/London")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus_Mons")).toBe(false);
  });

  it("counts back across a month boundary", () => {
    expect(wallClockAt(borrowedKeys, -20 * 1440)).toMatchObject({
      date: "2026-10-28",
      time: "09:00",
      weekday: "Wednesday",
    });
  });
});
