import type { SimMinutes } from "../engine/time";

const PATTERN = /^T?\s*([+-])?\s*(?:(\d+)d)?\s*(?:(\d+)h)?\s*(?:(\d+):(\d{2}))?\s*(?:(\d+)m)?$/i;

/** Parses what a player types as a sim time (`T-3d 04:12`, `T+1:30`, `T+45m`, `-90`); undefined when unreadable. */
export function parseSimTime(text: string): SimMinutes | undefined {
  const trimmed = text.trim();
  if (trimmed === "") return undefined;
  const bare = trimmed.replace(/^T\s*/i, "");
  if (/^[+-]?\d+$/.test(bare)) return Number(bare);
  const match = PATTERN.exec(trimmed);
  if (!match || !/\d/.test(trimmed)) return undefined;
  const [, sign, days, hours, clockHours, clockMinutes, minutes] = match;
  const total =
    Number(days ?? 0) * 1440 +
    Number(hours ?? 0) * 60 +
    Number(clockHours ?? 0) * 60 +
    Number(clockMinutes ?? 0) +
    Number(minutes ?? 0);
  return sign === "-" ? -total : total;
}
