/** Integer minutes of simulated time from T0, the first signal; negative before it. */
export type SimMinutes = number;

export const MINUTES_PER_HOUR = 60;
export const MINUTES_PER_DAY = 24 * 60;

/** Formats sim minutes as the exercise clock, e.g. `T+0:00`, `T+1:30`, `T+3d 04:00`, `T-9d`. */
export function formatSimTime(minutes: SimMinutes): string {
  const sign = minutes < 0 ? "-" : "+";
  const abs = Math.abs(Math.trunc(minutes));
  const days = Math.floor(abs / MINUTES_PER_DAY);
  const hours = Math.floor((abs % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const mins = abs % MINUTES_PER_HOUR;
  const clock = `${days > 0 ? String(hours).padStart(2, "0") : hours}:${String(mins).padStart(2, "0")}`;
  if (days === 0) return `T${sign}${clock}`;
  if (hours === 0 && mins === 0) return `T${sign}${days}d`;
  return `T${sign}${days}d ${clock}`;
}

/** Formats a duration in sim minutes for people, e.g. `45 min`, `3 h 10 min`, `2 d 4 h`. */
export function formatDuration(minutes: SimMinutes): string {
  const abs = Math.abs(Math.round(minutes));
  if (abs < MINUTES_PER_HOUR) return `${abs} min`;
  const days = Math.floor(abs / MINUTES_PER_DAY);
  const hours = Math.floor((abs % MINUTES_PER_DAY) / MINUTES_PER_HOUR);
  const mins = abs % MINUTES_PER_HOUR;
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  return mins > 0 ? `${hours} h ${mins} min` : `${hours} h`;
}
