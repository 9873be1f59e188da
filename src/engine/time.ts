/** Integer minutes of simulated time from T0, the first signal; negative before it. */
export type SimMinutes = number;

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 24 * 60;

/**
 * Formats sim minutes as the exercise clock, in the grammar `simTime.ts` reads: `T+0:00`, `T+1:30`, `T+3d 04:00`,
 * `T-0:45`, `T-9d`, and before T0 with days and a remainder `T-4d +19:48` (4 days before T0, then 19 h 48 min on),
 * so that later times never have smaller numbers.
 */
export function formatSimTime(minutes: SimMinutes): string {
  const whole = Math.trunc(minutes);
  const abs = Math.abs(whole);
  if (whole < 0 && abs >= MINUTES_PER_DAY && abs % MINUTES_PER_DAY !== 0) {
    const days = Math.ceil(abs / MINUTES_PER_DAY);
    const forward = days * MINUTES_PER_DAY - abs;
    const hours = Math.floor(forward / MINUTES_PER_HOUR);
    return `T-${days}d +${String(hours).padStart(2, "0")}:${String(forward % MINUTES_PER_HOUR).padStart(2, "0")}`;
  }
  const sign = whole < 0 ? "-" : "+";
  const days = Math.floor(abs / MINUTES_PER_DAY);
  const hours = Math.floor((abs % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const mins = abs % MINUTES_PER_HOUR;
  const clock = `${days > 0 ? String(hours).padStart(2, "0") : hours}:${String(mins).padStart(2, "0")}`;
  if (days === 0) return `T${sign}${clock}`;
  if (hours === 0 && mins === 0) return `T${sign}${days}d`;
  return `T${sign}${days}d ${clock}`;
}

/** Formats a duration in sim minutes for people, e.g. `45 min`, `3 h 10 min`, `2 days 4 h`, `1 day`. */
export function formatDuration(minutes: SimMinutes): string {
  const abs = Math.abs(Math.round(minutes));
  if (abs < MINUTES_PER_HOUR) return `${abs} min`;
  const days = Math.floor(abs / MINUTES_PER_DAY);
  const hours = Math.floor((abs % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const mins = abs % MINUTES_PER_HOUR;
  const dayWord = days === 1 ? "day" : "days";
  if (days > 0) return hours > 0 ? `${days} ${dayWord} ${hours} h` : `${days} ${dayWord}`;
  return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
}
