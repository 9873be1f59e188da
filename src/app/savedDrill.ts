import type { DrillInput } from "../engine/log";

export const SAVED_DRILL_FORMAT_VERSION = 1;

/** A drill as saved, exported and imported: event-sourced, so the inputs rebuild it exactly. */
export interface SavedDrill {
  formatVersion: typeof SAVED_DRILL_FORMAT_VERSION;
  kind: "hotwash-drill";
  scenarioId: string;
  contentHash: string;
  seed: string;
  inputs: DrillInput[];
  /** Sim minute the clock had reached (time passes without inputs). */
  now: number;
  settings: { pacing: "live" | "turn"; minutesPerSecond: number; assist: boolean };
  savedAt?: string;
}

export type ParsedDrill = { ok: true; drill: SavedDrill } | { ok: false; message: string };

/** Validates a saved-drill file against the catalogue; every refusal is a sentence for the player. */
export function parseSavedDrill(
  text: string,
  catalogue: ReadonlyMap<string, { contentHash: string; title: string }>,
): ParsedDrill {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, message: "This file is not a Hotwash drill: it is not valid JSON." };
  }
  if (!isRecord(data) || data.kind !== "hotwash-drill") {
    return { ok: false, message: "This file is not a Hotwash drill export." };
  }
  if (data.formatVersion !== SAVED_DRILL_FORMAT_VERSION) {
    return {
      ok: false,
      message: `This drill file has format version ${String(data.formatVersion)}; this Hotwash reads version ${SAVED_DRILL_FORMAT_VERSION}.`,
    };
  }
  if (
    typeof data.scenarioId !== "string" ||
    typeof data.contentHash !== "string" ||
    typeof data.seed !== "string"
  ) {
    return {
      ok: false,
      message: "This drill file is damaged: the scenario, content hash or seed is missing.",
    };
  }
  const scenario = catalogue.get(data.scenarioId);
  if (!scenario)
    return {
      ok: false,
      message: `This drill is of the scenario “${data.scenarioId}”, which this Hotwash does not have.`,
    };
  if (scenario.contentHash !== data.contentHash) {
    return {
      ok: false,
      message: `This drill was played on a different version of “${scenario.title}” (content hash differs), so it cannot be replayed exactly.`,
    };
  }
  if (!Array.isArray(data.inputs) || !data.inputs.every(isInput)) {
    return { ok: false, message: "This drill file is damaged: its inputs are not a list of timed actions." };
  }
  const settings = isRecord(data.settings) ? data.settings : {};
  return {
    ok: true,
    drill: {
      formatVersion: SAVED_DRILL_FORMAT_VERSION,
      kind: "hotwash-drill",
      scenarioId: data.scenarioId,
      contentHash: data.contentHash,
      seed: data.seed,
      inputs: data.inputs as DrillInput[],
      now: typeof data.now === "number" && Number.isFinite(data.now) ? data.now : 0,
      settings: {
        pacing: settings.pacing === "live" ? "live" : "turn",
        minutesPerSecond: typeof settings.minutesPerSecond === "number" ? settings.minutesPerSecond : 5,
        assist: settings.assist !== false,
      },
      ...(typeof data.savedAt === "string" ? { savedAt: data.savedAt } : {}),
    },
  };
}

/** The JSON text of a saved drill (stable, indented). */
export function serializeDrill(drill: SavedDrill): string {
  return `${JSON.stringify(drill, null, 2)}\n`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isInput(value: unknown): boolean {
  return (
    isRecord(value) &&
    typeof value.at === "number" &&
    isRecord(value.intent) &&
    typeof value.intent.type === "string"
  );
}
