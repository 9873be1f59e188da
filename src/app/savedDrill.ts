import type { DrillPlanEdit, SoloSettings } from "../content/drillFileFormat";
import { writeDrillFile } from "../content/writeDrillFile";
import type { DrillInput } from "../engine/log";

/** A solo drill as the game keeps it, saves it in a slot and exports it: event-sourced, so the inputs rebuild it. */
export interface SavedDrill {
  scenarioId: string;
  contentHash: string;
  seed: string;
  inputs: DrillInput[];
  /** Sim minute the clock had reached (time passes without inputs). */
  now: number;
  settings: SoloSettings;
  savedAt?: string;
  /** Edits of the debrief's improvement plan, kept in the drill so every export carries them. */
  planEdits?: DrillPlanEdit[];
}

export type ParsedDrill = { ok: true; drill: SavedDrill } | { ok: false; message: string };

/** The drill file text of a saved drill (docs/drill-file.md: mode solo, stable and indented). */
export function serializeDrill(drill: SavedDrill): string {
  const { scenarioId, contentHash, seed, inputs, now, settings, savedAt, planEdits } = drill;
  return writeDrillFile({
    mode: "solo",
    scenario: scenarioId,
    contentHash,
    seed,
    now,
    ...(savedAt !== undefined ? { savedAt } : {}),
    settings,
    inputs,
    ...(planEdits?.length ? { planEdits } : {}),
  });
}
