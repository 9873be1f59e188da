import type { LogEntry } from "../../../src/engine/log";
import type { ScenarioDefinition } from "../../../src/engine/scenario";
import type { Finding } from "../../../src/scoring/scoreCard";
import { scoreDrill } from "../../../src/scoring/scoreDrill";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import type { Playthrough } from "./playthrough";

/** Scores a playthrough (of Harbour Lights unless another scenario is given) and returns one rule's finding. */
export function findingOf(
  play: Playthrough | LogEntry[],
  rule: string,
  scenario: ScenarioDefinition = HARBOUR_LIGHTS,
): Finding {
  const log = Array.isArray(play) ? play : play.log();
  const found = scoreDrill(scenario, log).findings.find((finding) => finding.rule === rule);
  if (!found) throw new Error(`no finding for ${rule}`);
  return found;
}
