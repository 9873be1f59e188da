import type { DrillInput } from "../engine/log";
import { formatSimTime } from "../engine/time";
import { DRILL_FILE_FORMAT, DRILL_FILE_VERSION, type DrillFile, MAX_DRILL_CHARS } from "./drillFileFormat";
import { readPlainValue } from "./readPlainValue";
import { DRILL_SHAPE } from "./shape/drillShape";
import { upgradeDrillFile } from "./upgradeDrillFile";

export type DrillFileRead = { ok: true; drill: DrillFile } | { ok: false; message: string };

/**
 * Reads a drill file's text strictly and never throws: the size is checked before parsing, every value against
 * DRILL_SHAPE, and inputs must go forward in time. A refusal is one line, `<file>: <what is wrong>`.
 */
export function readDrillFile(text: string, file: string): DrillFileRead {
  const refuse = (problem: string): DrillFileRead => ({ ok: false, message: `${file}: ${problem}` });
  if (text.length > MAX_DRILL_CHARS)
    return refuse(`the file has ${text.length} characters; the limit is ${MAX_DRILL_CHARS}`);
  if (nestsDeeperThan(text, MAX_JSON_DEPTH))
    return refuse(`not a Hotwash drill file: it nests deeper than ${MAX_JSON_DEPTH} levels`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return refuse("not a Hotwash drill file: it is not valid JSON");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return refuse("not a Hotwash drill file: it holds no drill");
  const upgraded = upgradeDrillFile(data as Record<string, unknown>);
  if (upgraded.format !== DRILL_FILE_FORMAT) return refuse("not a Hotwash drill file");
  if (upgraded.formatVersion !== DRILL_FILE_VERSION)
    return refuse(
      `format version ${String(upgraded.formatVersion).slice(0, 20)}; this Hotwash reads version ${DRILL_FILE_VERSION}`,
    );
  const read = readPlainValue(upgraded, DRILL_SHAPE);
  if (!read.ok) return refuse(read.problem);
  const {
    format: _format,
    formatVersion: _version,
    ...drill
  } = read.value as DrillFile & {
    format: string;
    formatVersion: number;
  };
  const backwards = drill.inputs.findIndex(
    (input, index) => index > 0 && input.at < (drill.inputs[index - 1] as DrillInput).at,
  );
  if (backwards > 0)
    return refuse(
      `input ${backwards + 1} at ${formatSimTime(drill.inputs[backwards]?.at ?? 0)} goes back in time (input ${backwards} is at ${formatSimTime(drill.inputs[backwards - 1]?.at ?? 0)})`,
    );
  const last = drill.inputs[drill.inputs.length - 1]?.at ?? 0;
  if (drill.now < last)
    return refuse(
      `the clock (now ${formatSimTime(drill.now)}) is before the last input (${formatSimTime(last)})`,
    );
  return { ok: true, drill: drill as DrillFile };
}

/** why: a drill nests six levels deep; parsing millions of nested brackets takes the JSON parser seconds. */
const MAX_JSON_DEPTH = 32;

/** Whether JSON text opens more than `limit` arrays or objects inside each other (brackets in strings skipped). */
function nestsDeeperThan(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return true;
    } else if (c === 93 || c === 125) depth--;
  }
  return false;
}
