import type { LogEntry } from "../../../src/engine/log";
import type { Finding } from "../../../src/scoring/scoreCard";
import { scoreDrill } from "../../../src/scoring/scoreDrill";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import type { Playthrough } from "./playthrough";

/** Scores a Harbour Lights playthrough and returns the finding of one rule. */
export function findingOf(play: Playthrough | LogEntry[], rule: string): Finding {
  const log = Array.isArray(play) ? play : play.log();
  const found = scoreDrill(HARBOUR_LIGHTS, log).findings.find((finding) => finding.rule === rule);
  if (!found) throw new Error(`no finding for ${rule}`);
  return found;
}
