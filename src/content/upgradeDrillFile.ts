import { DRILL_FILE_FORMAT, DRILL_FILE_VERSION } from "./drillFileFormat";

/**
 * A first-version drill file (a browser export `kind: hotwash-drill`, or a facilitator session file
 * `format: hotwash/facilitated-session`) rewritten in the current layout, keys renamed and nothing dropped, so
 * the strict reader judges it like any other; any other value is returned as it is.
 */
export function upgradeDrillFile(data: Record<string, unknown>): Record<string, unknown> {
  if (data.formatVersion !== 1) return data;
  if (data.kind === "hotwash-drill" && data.format === undefined) {
    const { kind: _kind, formatVersion: _version, scenarioId, ...rest } = data;
    return {
      format: DRILL_FILE_FORMAT,
      formatVersion: DRILL_FILE_VERSION,
      mode: "solo",
      scenario: scenarioId,
      ...rest,
    };
  }
  if (data.format === "hotwash/facilitated-session") {
    const { format: _format, formatVersion: _version, id, started, speed, startedAt, roster, ...rest } = data;
    const session: Record<string, unknown> = { id, started, speed, roster };
    if (startedAt !== undefined) session.startedAt = startedAt;
    return {
      format: DRILL_FILE_FORMAT,
      formatVersion: DRILL_FILE_VERSION,
      mode: "facilitated",
      ...rest,
      session,
    };
  }
  return data;
}
