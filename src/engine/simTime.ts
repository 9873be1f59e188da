import { formatSimTime, MINUTES_PER_DAY, MINUTES_PER_HOUR, type SimMinutes } from "./time";
import { formatClockTime, simMinutesAt, type WallClockStart, wallClockAt } from "./wallClock";

const TOKEN = /^(?:(\d{1,6})d|(\d{1,7})h|(\d{1,9})m|(\d{1,7}):([0-5]\d))$/;
const DATE_TIME = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})$/;
/** Largest accepted magnitude (about 19 years): keeps arithmetic exact and rejects typos like `T+99999999d`. */
export const MAX_SIM_MINUTES = 10_000_000;

/** Minutes in a span written as `45m`, `3h`, `2d`, `1:30` or `1d 6h` / `3d 04:12` (units in d, h, m order). */
function parseSpan(text: string): number | undefined {
  const tokens = text.trim().split(/\s+/);
  if (tokens.length === 0 || tokens[0] === "") return undefined;
  let total = 0;
  let lastRank = -1;
  let sawHourOrMinute = false;
  let sawClock = false;
  for (const token of tokens) {
    const match = TOKEN.exec(token);
    if (!match) return undefined;
    const [, days, hours, minutes, clockHours, clockMinutes] = match;
    let rank: number;
    if (days !== undefined) {
      rank = 0;
      total += Number(days) * MINUTES_PER_DAY;
    } else if (hours !== undefined) {
      rank = 1;
      sawHourOrMinute = true;
      total += Number(hours) * MINUTES_PER_HOUR;
    } else if (minutes !== undefined) {
      rank = 3;
      sawHourOrMinute = true;
      total += Number(minutes);
    } else {
      rank = 2;
      sawClock = true;
      total += Number(clockHours) * MINUTES_PER_HOUR + Number(clockMinutes);
    }
    if (rank <= lastRank || (sawClock && sawHourOrMinute)) return undefined;
    lastRank = rank;
  }
  return total <= MAX_SIM_MINUTES ? total : undefined;
}

/** A time read from text: its sim minutes, or why it is not one, to follow the quoted text (with the fix). */
export type SimTimeReading = { minutes: SimMinutes } | { problem: string };

const SYNTAX =
  "is not a time; write T+45m, T+1:30, T+1d 6h, T-3d, T-3d +04:12 or a date and time such as 2026-11-14 04:12";

/**
 * Reads a time in the one grammar of scenario files, plays and typed times:
 * - `T+<span>`: that long after T0 (`T+0`, `T+45m`, `T+1:30`, `T+32h`, `T+1d 6h`, `T+3d 04:12`);
 * - `T-<one unit>`: that long before T0 (`T-90m`, `T-4h`, `T-3d`, `T-0:45`);
 * - `T-<one unit> +<span>`: that long before T0, then forward (`T-3d +04:12` is 3 days before T0, plus 4 h 12 min);
 * - `YYYY-MM-DD HH:MM`: a date and clock time in the scenario's zone (only when its wall-clock `start` is known).
 * A negative time with more than one unit and no `+` (`T-3d 04:12`) reads two ways and is refused with the fix.
 */
export function readSimTime(text: string, start?: WallClockStart): SimTimeReading {
  const trimmed = text.trim();
  const dateTime = DATE_TIME.exec(trimmed);
  if (dateTime) {
    if (!start)
      return {
        problem:
          "is a date and time, which needs the scenario's wall-clock start `start:`; write T+… or T-… instead",
      };
    const minutes = simMinutesAt(start, dateTime[1] as string, dateTime[2] as string);
    if (minutes === undefined) return { problem: "is not a real date and time" };
    if (Math.abs(minutes) > MAX_SIM_MINUTES) return { problem: "is too far from the start" };
    return { minutes };
  }
  const match = /^T([+-])\s*(.*)$/.exec(trimmed);
  if (!match) return { problem: SYNTAX };
  const [, sign, rest] = match as unknown as [string, string, string];
  if (/^0+$/.test(rest)) return { minutes: 0 };
  if (sign === "+") {
    const span = parseSpan(rest);
    return span === undefined ? { problem: SYNTAX } : { minutes: span };
  }
  const [back, ...more] = rest.split(/\s+/);
  const before = back === undefined ? undefined : parseSpan(back);
  if (before === undefined) return { problem: SYNTAX };
  if (more.length === 0) return { minutes: -before };
  const forwardText = more.join(" ");
  if (forwardText.startsWith("+")) {
    const forward = parseSpan(forwardText.slice(1));
    return forward === undefined ? { problem: SYNTAX } : { minutes: forward - before };
  }
  const whole = parseSpan(rest);
  const forward = parseSpan(forwardText);
  if (whole === undefined || forward === undefined) return { problem: SYNTAX };
  const plus = `T-${back} +${forwardText}`;
  const old = formatSimTime(-whole);
  const when = (minutes: number) => (start ? ` (${formatClockTime(start, minutes)})` : "");
  const clock = /^(\d{1,2}):([0-5]\d)$/.exec(forwardText);
  const onThatDay =
    start && clock && /d$/.test(back ?? "") && Number(clock[1]) < 24
      ? `, or "${wallClockAt(start, -before).date} ${clock[1]?.padStart(2, "0")}:${clock[2]}" for that clock time on that day`
      : "";
  return {
    problem:
      `reads two ways; write "${plus}" for ${back} before T0 and then ${forwardText} later${when(forward - before)}, ` +
      `or "${old}" for ${rest} before T0${when(-whole)}${onThatDay}`,
  };
}

/** Sim minutes of a time written `T+0`, `T+45m`, `T+1:30`, `T-3d +04:12`, `T+32h`, `T+1d 6h`; undefined if malformed. */
export function parseSimTime(text: string, start?: WallClockStart): SimMinutes | undefined {
  const reading = readSimTime(text, start);
  return "minutes" in reading ? reading.minutes : undefined;
}

/** Minutes of a duration written `45m`, `3h`, `2d`, `1:30`, `1d 6h`; undefined if malformed. */
export function parseDuration(text: string): SimMinutes | undefined {
  return parseSpan(text);
}

/**
 * Sim minutes of a time a person typed in the ops room or the console: the same grammar as scenario files, with
 * the `T` optional (`+1:30`, `1:30`, `t-3d`) and a bare number read as minutes (`-90`); undefined if unreadable.
 */
export function parseTypedSimTime(text: string, start?: WallClockStart): SimMinutes | undefined {
  const trimmed = text.trim();
  if (/^[+-]?\d+$/.test(trimmed)) return Number(trimmed);
  if (DATE_TIME.test(trimmed)) return parseSimTime(trimmed, start);
  const withoutT = trimmed.replace(/^t/i, "").trim();
  if (withoutT === "") return undefined;
  return parseSimTime(/^[+-]/.test(withoutT) ? `T${withoutT}` : `T+${withoutT}`, start);
}
