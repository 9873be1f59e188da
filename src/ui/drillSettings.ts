/** How the player chose to run a drill: which scenario, which seed, how time passes, and whether the checklist helps. */
export interface DrillSettings {
  scenarioId: string;
  seed: string;
  pacing: "live" | "turn";
  /** Live pacing: sim minutes per real second. */
  minutesPerSecond: number;
  assist: boolean;
}

export const SPEEDS: readonly number[] = [1, 2, 5, 10, 30, 60];

/** Reads settings from hash query parameters (`scenario`, `seed`, `pace`, `speed`, `mode`), filling defaults. */
export function settingsFromParams(params: URLSearchParams, fallback: DrillSettings): DrillSettings {
  const speed = Number(params.get("speed"));
  return {
    scenarioId: params.get("scenario") || fallback.scenarioId,
    seed: params.get("seed") || fallback.seed,
    pacing: params.get("pace") === "turn" ? "turn" : params.get("pace") === "live" ? "live" : fallback.pacing,
    minutesPerSecond: SPEEDS.includes(speed) ? speed : fallback.minutesPerSecond,
    assist: params.get("mode") === "exam" ? false : params.get("mode") === "assist" ? true : fallback.assist,
  };
}

/** The hash query string that reproduces these settings (shareable). */
export function settingsToParams(settings: DrillSettings): string {
  const params = new URLSearchParams({
    scenario: settings.scenarioId,
    seed: settings.seed,
    pace: settings.pacing,
    speed: String(settings.minutesPerSecond),
    mode: settings.assist ? "assist" : "exam",
  });
  return params.toString();
}
