import { MINUTES_PER_DAY, MINUTES_PER_HOUR, type SimMinutes } from "./time";

const TOKEN = /^(?:(\d{1,6})d|(\d{1,7})h|(\d{1,9})m|(\d{1,7}):([0-5]\d))$/;
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

/** Sim minutes of a time written `T+0`, `T+45m`, `T+1:30`, `T-3d 04:12`, `T+32h`, `T+1d 6h`; undefined if malformed. */
export function parseSimTime(text: string): SimMinutes | undefined {
  const match = /^T([+-])\s*(.*)$/.exec(text.trim());
  if (!match) return undefined;
  const [, sign, rest] = match as unknown as [string, string, string];
  const span = /^0+$/.test(rest) ? 0 : parseSpan(rest);
  if (span === undefined) return undefined;
  return sign === "-" && span !== 0 ? -span : span;
}

/** Minutes of a duration written `45m`, `3h`, `2d`, `1:30`, `1d 6h`; undefined if malformed. */
export function parseDuration(text: string): SimMinutes | undefined {
  return parseSpan(text);
}

/**
 * Sim minutes of a time a person typed in the ops room or the console: the same grammar as scenario files, with
 * the `T` optional (`+1:30`, `1:30`, `t-3d`) and a bare number read as minutes (`-90`); undefined if unreadable.
 */
export function parseTypedSimTime(text: string): SimMinutes | undefined {
  const trimmed = text.trim();
  if (/^[+-]?\d+$/.test(trimmed)) return Number(trimmed);
  const withoutT = trimmed.replace(/^t/i, "").trim();
  if (withoutT === "") return undefined;
  return parseSimTime(/^[+-]/.test(withoutT) ? `T${withoutT}` : `T+${withoutT}`);
}
