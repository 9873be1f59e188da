import { formatSimTime, MINUTES_PER_HOUR, type SimMinutes } from "./time";

/** When T0 happens on the organisation's wall clock: a calendar date, a local clock time and an IANA time zone. */
export interface WallClockStart {
  /** `YYYY-MM-DD`, the local date at T0. */
  date: string;
  /** `HH:MM` (24-hour), the local clock time at T0. */
  time: string;
  /** An IANA time zone name (`UTC`, `Europe/London`, `America/New_York`). */
  zone: string;
}

/** The date and clock time a sim minute falls on, in the scenario's zone. */
export interface WallClockMoment {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24-hour. */
  time: string;
  weekday: string;
  day: number;
  month: string;
  year: number;
  /** `UTC`, or the zone's offset from UTC then (`UTC+1`, `UTC-4`, `UTC+5:30`). */
  zoneLabel: string;
}

const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const MS_PER_MINUTE = 60_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The default wall clock of a scenario that names none: a Monday morning, in UTC. */
export const DEFAULT_WALL_CLOCK_START: WallClockStart = { date: "2026-11-16", time: "09:00", zone: "UTC" };

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** Whether `zone` is a time zone this runtime knows (an IANA name such as `Europe/London`, or `UTC`). */
export function isKnownTimeZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The year, month, day, hour and minute of a calendar date and clock time, or undefined if either is not real. */
export function readDateAndClock(
  date: string,
  time: string,
): { year: number; month: number; day: number; hour: number; minute: number } | undefined {
  const d = DATE.exec(date);
  const t = CLOCK.exec(time);
  if (!d || !t) return undefined;
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day)
    return undefined;
  return { year, month, day, hour: Number(t[1]), minute: Number(t[2]) };
}

/** Minutes the zone's clock is ahead of UTC at the instant `utcMs`. */
function offsetAt(zone: string, utcMs: number): number {
  const parts = Object.fromEntries(
    formatterFor(zone)
      .formatToParts(new Date(utcMs))
      .map((part) => [part.type, part.value]),
  );
  const local = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour) % 24,
    Number(parts.minute),
  );
  return Math.round((local - Math.floor(utcMs / MS_PER_MINUTE) * MS_PER_MINUTE) / MS_PER_MINUTE);
}

/** The UTC instant (ms) of a local date and clock time in `zone`; undefined if the date, time or zone is not real. */
export function instantOf(date: string, time: string, zone: string): number | undefined {
  const parts = readDateAndClock(date, time);
  if (!parts || !isKnownTimeZone(zone)) return undefined;
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  let instant = asUtc - offsetAt(zone, asUtc) * MS_PER_MINUTE;
  instant = asUtc - offsetAt(zone, instant) * MS_PER_MINUTE;
  return instant;
}

/** Sim minutes from T0 to a local date and clock time in the start's zone; undefined if the date or time is not real. */
export function simMinutesAt(start: WallClockStart, date: string, time: string): SimMinutes | undefined {
  const t0 = instantOf(start.date, start.time, start.zone);
  const then = instantOf(date, time, start.zone);
  if (t0 === undefined || then === undefined) return undefined;
  return Math.round((then - t0) / MS_PER_MINUTE);
}

function zoneLabel(zone: string, offset: number): string {
  if (zone === "UTC" || zone === "Etc/UTC") return "UTC";
  const sign = offset < 0 ? "-" : "+";
  const abs = Math.abs(offset);
  const hours = Math.floor(abs / MINUTES_PER_HOUR);
  const mins = abs % MINUTES_PER_HOUR;
  return offset === 0 ? "UTC" : `UTC${sign}${hours}${mins > 0 ? `:${String(mins).padStart(2, "0")}` : ""}`;
}

/** The wall-clock date and time of a sim minute, in the scenario's zone. */
export function wallClockAt(start: WallClockStart, minutes: SimMinutes): WallClockMoment {
  const t0 = instantOf(start.date, start.time, start.zone) ?? instantOf("2026-11-16", "09:00", "UTC")!;
  const zone = isKnownTimeZone(start.zone) ? start.zone : "UTC";
  const instant = t0 + Math.trunc(minutes) * MS_PER_MINUTE;
  const offset = offsetAt(zone, instant);
  const local = new Date(instant + offset * MS_PER_MINUTE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`,
    time: `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`,
    weekday: WEEKDAYS[local.getUTCDay()] as string,
    day: local.getUTCDate(),
    month: MONTHS[local.getUTCMonth()] as string,
    year: local.getUTCFullYear(),
    zoneLabel: zoneLabel(zone, offset),
  };
}

/** A sim minute as people read it on a clock, with the day: `Tue 17 Nov 09:01`. */
export function formatClockTime(start: WallClockStart, minutes: SimMinutes): string {
  const at = wallClockAt(start, minutes);
  return `${at.weekday.slice(0, 3)} ${at.day} ${at.month.slice(0, 3)} ${at.time}`;
}

/** A sim minute as a clock time with the exercise time after it: `Tue 17 Nov 09:01 (T+0:01)`. */
export function formatWhen(start: WallClockStart, minutes: SimMinutes): string {
  return `${formatClockTime(start, minutes)} (${formatSimTime(minutes)})`;
}

/** A sim minute in full, with the year and the zone: `Tuesday 17 November 2026, 09:01 UTC`. */
export function formatFullDateTime(start: WallClockStart, minutes: SimMinutes): string {
  const at = wallClockAt(start, minutes);
  return `${at.weekday} ${at.day} ${at.month} ${at.year}, ${at.time} ${at.zoneLabel}`;
}

/** A calendar date, as in a dated statement title: `17 November 2026`. */
export function formatDate(start: WallClockStart, minutes: SimMinutes): string {
  const at = wallClockAt(start, minutes);
  return `${at.day} ${at.month} ${at.year}`;
}
