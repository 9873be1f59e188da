import { formatSimTime, MINUTES_PER_DAY, MINUTES_PER_HOUR, type SimMinutes } from "./time";

/** When T+0 happened on the wall clock: a calendar date, a 24-hour time and a zone (`UTC` or `UTC+02:00`). */
export interface WallClockStart {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24-hour. */
  time: string;
  /** `UTC`, or a fixed offset from it such as `UTC+02:00` or `UTC-05:00`. */
  zone: string;
}

/** A sim minute on the wall clock, in the scenario's zone. */
export interface WallClockMoment {
  /** `YYYY-MM-DD` in the scenario's zone. */
  date: string;
  /** `HH:MM` in the scenario's zone. */
  time: string;
  zone: string;
  /** `Tue 17 Nov 2026`. */
  day: string;
  /** `Tue 17 Nov 2026, 09:14 UTC`. */
  text: string;
  /** Milliseconds since the Unix epoch (UTC), for machine formats. */
  epochMs: number;
  /** ISO 8601 with the zone's offset, e.g. `2026-11-17T09:14:00Z` or `2026-11-17T11:14:00+02:00`. */
  iso: string;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const ZONE = /^UTC(?:([+-])(0\d|1[0-4]):([0-5]\d))?$/;

/** Minutes east of UTC of a zone written `UTC` or `UTC±HH:MM`; undefined if malformed. */
export function zoneOffsetMinutes(zone: string): number | undefined {
  const match = ZONE.exec(zone);
  if (!match) return undefined;
  const [, sign, hours, minutes] = match;
  if (sign === undefined) return 0;
  const offset = Number(hours) * MINUTES_PER_HOUR + Number(minutes);
  return sign === "-" ? -offset : offset;
}

/** Why a start cannot be read (`date must be a real day written YYYY-MM-DD`), or undefined when it is valid. */
export function wallClockStartProblem(start: WallClockStart): string | undefined {
  const date = DATE.exec(start.date);
  if (!date) return "date must be written YYYY-MM-DD";
  const [, year, month, day] = date.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day)
    return `date ${start.date} is not a day of the calendar`;
  if (!TIME.test(start.time)) return "time must be a 24-hour HH:MM";
  if (zoneOffsetMinutes(start.zone) === undefined) return "zone must be UTC or UTC±HH:MM";
  return undefined;
}

/** The wall-clock moment of sim minute `at` for a scenario that started at `start` (a pure calendar sum). */
export function wallClockAt(start: WallClockStart, at: SimMinutes): WallClockMoment {
  const [year, month, day] = start.date.split("-").map(Number) as [number, number, number];
  const [hours, minutes] = start.time.split(":").map(Number) as [number, number];
  const offset = zoneOffsetMinutes(start.zone) ?? 0;
  const localMs = Date.UTC(year, month - 1, day, hours, minutes) + Math.trunc(at) * 60_000;
  const local = new Date(localMs);
  const pad = (value: number) => String(value).padStart(2, "0");
  const date = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
  const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
  const dayText = `${WEEKDAYS[local.getUTCDay()]} ${local.getUTCDate()} ${MONTHS[local.getUTCMonth()]} ${local.getUTCFullYear()}`;
  const isoOffset =
    offset === 0
      ? "Z"
      : `${offset < 0 ? "-" : "+"}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return {
    date,
    time,
    zone: start.zone,
    day: dayText,
    text: `${dayText}, ${time} ${start.zone}`,
    epochMs: localMs - offset * 60_000,
    iso: `${date}T${time}:00${isoOffset}`,
  };
}

/** Whole days between two sim minutes' calendar dates (0 when both fall on the same day). */
export function calendarDaysBetween(start: WallClockStart, from: SimMinutes, to: SimMinutes): number {
  const dayOf = (at: SimMinutes) => Date.parse(`${wallClockAt(start, at).date}T00:00:00Z`) / 60_000;
  return Math.round((dayOf(to) - dayOf(from)) / MINUTES_PER_DAY);
}

/** Sim minutes from T0 to a date (`YYYY-MM-DD`) and clock time (`HH:MM`) in the start's zone; undefined if not real. */
export function simMinutesAt(start: WallClockStart, date: string, time: string): SimMinutes | undefined {
  if (wallClockStartProblem({ date, time, zone: start.zone }) !== undefined) return undefined;
  const local = (day: string, clock: string) => Date.parse(`${day}T${clock}:00Z`) / 60_000;
  return local(date, time) - local(start.date, start.time);
}

/** A sim minute as people read it on a clock, with the day (`Tue 17 Nov 09:01`); the exercise clock without a start. */
export function formatClockTime(start: WallClockStart | undefined, at: SimMinutes): string {
  if (start === undefined) return formatSimTime(at);
  const moment = wallClockAt(start, at);
  return `${moment.day.replace(/ \d{4}$/, "")} ${moment.time}`;
}

/** A sim minute as a clock time with the exercise time after it (`Tue 17 Nov 09:01 (T+0:01)`); `T+0:01` without a start. */
export function formatWhen(start: WallClockStart | undefined, at: SimMinutes): string {
  return start === undefined ? formatSimTime(at) : `${formatClockTime(start, at)} (${formatSimTime(at)})`;
}
