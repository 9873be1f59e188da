import type { LogEntry } from "../../engine/log";
import type { ScenarioDefinition } from "../../engine/scenario";
import type { ScoreCard } from "../../scoring/scoreCard";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsoleSnapshot } from "./consoleDeps";

type Score = (scenario: ScenarioDefinition, log: readonly LogEntry[]) => ScoreCard;

/**
 * Builds the console's snapshot for each render, re-scoring only when the log grew (the log is append-only), so a
 * clock tick that adds no entry costs the same however long the drill has run.
 */
export function createConsoleFrame(runner: SessionRunner, score: Score | undefined): () => ConsoleSnapshot {
  let scored: { length: number; result: Pick<ConsoleSnapshot, "scoreCard" | "scoreError"> } | undefined;
  return () => {
    const view = runner.view();
    const log = runner.log();
    if (score && scored?.length !== log.length) {
      try {
        scored = { length: log.length, result: { scoreCard: score(runner.scenario, log) } };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        scored = { length: log.length, result: { scoreError: `Scoring failed: ${message}` } };
      }
    }
    return { runner, view, log, ...(scored?.result ?? {}) };
  };
}
