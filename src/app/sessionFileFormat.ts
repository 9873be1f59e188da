import { type DrillFile, MAX_DRILL_CHARS } from "../content/drillFileFormat";
import { readDrillFile } from "../content/readDrillFile";
import { writeDrillFile } from "../content/writeDrillFile";
import { isSessionRole } from "../facilitator/roster";
import type { FacilitatedSession } from "../facilitator/session/facilitatedSession";
import type { SessionFileFormat } from "../facilitator/session/sessionFile";

/** A facilitated session as a drill file of mode `facilitated`. */
function drillFileOf(session: FacilitatedSession): DrillFile {
  const { id, scenario, contentHash, seed, roster, inputs, now, started, speed, startedAt, planEdits } =
    session;
  return {
    mode: "facilitated",
    scenario,
    contentHash,
    seed,
    now,
    session: { id, started, speed, ...(startedAt !== undefined ? { startedAt } : {}), roster },
    inputs,
    ...(planEdits?.length ? { planEdits } : {}),
  };
}

/** Session files are drill files of mode `facilitated`, read strictly by the content reader. */
export const SESSION_FILE_FORMAT: SessionFileFormat = {
  maxBytes: MAX_DRILL_CHARS,
  write: (session) => writeDrillFile(drillFileOf(session)),
  read(text, file) {
    const read = readDrillFile(text, file);
    if (!read.ok) return read;
    const { drill } = read;
    if (drill.mode !== "facilitated")
      return {
        ok: false,
        message: `${file}: a solo drill, not a facilitated session (import it on the start page)`,
      };
    const seatless = drill.session.roster.findIndex((entry) => !isSessionRole(entry.role));
    if (seatless >= 0)
      return {
        ok: false,
        message: `${file}: session › roster entry ${seatless + 1} › role: "${drill.session.roster[seatless]?.role}" is not a role a session seats`,
      };
    const { id, started, speed, startedAt, roster } = drill.session;
    const session: FacilitatedSession = {
      id,
      scenario: drill.scenario,
      contentHash: drill.contentHash,
      seed: drill.seed,
      roster,
      inputs: drill.inputs,
      now: drill.now,
      started,
      speed,
    };
    if (startedAt !== undefined) session.startedAt = startedAt;
    if (drill.planEdits?.length) session.planEdits = drill.planEdits;
    return { ok: true, session };
  },
};
