import { readDrillFile } from "../content/readDrillFile";
import type { ParsedDrill, SavedDrill } from "./savedDrill";

/**
 * The solo drill in a drill file's text (docs/drill-file.md), read strictly; a refusal is one line naming `file`.
 * A facilitated session is refused with where to open it instead. (Loaded on demand: the picker stays small.)
 */
export function readSavedDrill(text: string, file: string): ParsedDrill {
  const read = readDrillFile(text, file);
  if (!read.ok) return read;
  const { drill } = read;
  if (drill.mode !== "solo")
    return {
      ok: false,
      message: `${file}: a facilitated session, not a solo drill (load it in the facilitator console, #/facilitator)`,
    };
  return {
    ok: true,
    drill: {
      scenarioId: drill.scenario,
      contentHash: drill.contentHash,
      seed: drill.seed,
      inputs: drill.inputs,
      now: drill.now,
      settings: drill.settings,
      ...(drill.savedAt !== undefined ? { savedAt: drill.savedAt } : {}),
      ...(drill.planEdits?.length ? { planEdits: drill.planEdits } : {}),
    },
  };
}

/** The drill if its scenario is here and unchanged, else a sentence for the player naming `file`. */
export function againstScenario(
  drill: SavedDrill,
  scenario: { contentHash: string; title: string } | undefined,
  file: string,
): ParsedDrill {
  if (!scenario)
    return {
      ok: false,
      message: `${file}: the drill is of the scenario “${drill.scenarioId}”, which this Hotwash does not have.`,
    };
  if (scenario.contentHash !== drill.contentHash)
    return {
      ok: false,
      message: `${file}: the drill was played on a different version of “${scenario.title}” (content hash differs), so it cannot be replayed exactly.`,
    };
  return { ok: true, drill };
}

/** Reads a saved drill and checks it against the catalogue (scenario id → content hash and title). */
export function parseSavedDrill(
  text: string,
  catalogue: ReadonlyMap<string, { contentHash: string; title: string }>,
  file = "This drill file",
): ParsedDrill {
  const read = readSavedDrill(text, file);
  return read.ok ? againstScenario(read.drill, catalogue.get(read.drill.scenarioId), file) : read;
}
