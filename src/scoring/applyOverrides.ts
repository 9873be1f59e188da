import type { LogEntry, LogEntryOf } from "../engine/log";
import type { Finding, Outcome } from "./scoreCard";

const OUTCOMES: readonly Outcome[] = ["met", "partial", "violated", "n/a"];

function creditFor(
  outcome: Outcome,
  given: number | undefined,
  computed: number | undefined,
): number | undefined {
  if (outcome === "met") return 1;
  if (outcome === "violated") return 0;
  if (outcome === "n/a") return undefined;
  const credit = given ?? computed ?? 0.5;
  return Math.min(1, Math.max(0, credit));
}

/**
 * Replaces computed outcomes with the facilitator's `finding.overridden` entries (the last one per rule wins),
 * keeping the computed outcome in `Finding.override`. Overrides naming unknown rules or outcomes are ignored.
 */
export function applyOverrides(findings: readonly Finding[], log: readonly LogEntry[]): Finding[] {
  const latest = new Map<string, LogEntryOf<"finding.overridden">>();
  for (const entry of log)
    if (entry.type === "finding.overridden" && OUTCOMES.includes(entry.outcome as Outcome))
      latest.set(entry.rule, entry);
  return findings.map((finding) => {
    const entry = latest.get(finding.rule);
    if (!entry) return finding;
    const outcome = entry.outcome as Outcome;
    const credit = creditFor(outcome, entry.credit, finding.credit);
    const { credit: _computed, ...rest } = finding;
    return {
      ...rest,
      outcome,
      ...(credit !== undefined ? { credit } : {}),
      override: {
        from: finding.outcome,
        ...(finding.credit !== undefined ? { fromCredit: finding.credit } : {}),
        rationale: entry.rationale,
        ...(entry.by !== undefined ? { by: entry.by } : {}),
        seq: entry.seq,
      },
    };
  });
}
