import type { DrillPort } from "../engine/playerView";

/** Advances a live drill by `minutesPerSecond()` sim minutes per real second while it runs; returns a stop function. */
export function startLiveClock(port: DrillPort, minutesPerSecond: () => number, tickMs = 1000): () => void {
  let owed = 0;
  const timer = setInterval(() => {
    const view = port.view();
    if (view.phase !== "live" || view.ended) return;
    owed += (minutesPerSecond() * tickMs) / 1000;
    const whole = Math.floor(owed);
    if (whole >= 1) {
      owed -= whole;
      port.advance(whole);
    }
  }, tickMs);
  return () => clearInterval(timer);
}
