import { DRILL_FILE_FORMAT, DRILL_FILE_VERSION, type DrillFile } from "./drillFileFormat";

/** The text of a drill file: the current format, keys in a stable order, 2-space indent. */
export function writeDrillFile(drill: DrillFile): string {
  const { mode, scenario, contentHash, seed, now, savedAt, inputs, planEdits } = drill;
  const own = drill.mode === "solo" ? { settings: drill.settings } : { session: drill.session };
  const file = {
    format: DRILL_FILE_FORMAT,
    formatVersion: DRILL_FILE_VERSION,
    mode,
    scenario,
    contentHash,
    seed,
    now,
    ...(savedAt !== undefined ? { savedAt } : {}),
    ...own,
    ...(planEdits !== undefined && planEdits.length > 0 ? { planEdits } : {}),
    inputs,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
