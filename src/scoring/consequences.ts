import type { LogEntry } from "../engine/log";
import { ELIMU_PROFILE, type OrganisationProfile } from "../engine/organisation";
import type { RuleId } from "../engine/rubricRuleIds";
import type { ScenarioDefinition } from "../engine/scenario";
import type { SimMinutes } from "../engine/time";
import { ruleForStep } from "./context/guardingRule";
import { type FeltImpact, SEVERITY_WEIGHT } from "./rules/continuity";

/** What a response failed to prevent, in the world: the harm a trainee should feel, not a box left unticked. */
export type ConsequenceKind =
  | "data-taken"
  | "access-regained"
  | "evidence-destroyed"
  | "evidence-lost"
  | "needless-outage";

/** Points each kind of harm costs the total (`evidence-lost` per fact), and the most all harm may cost. */
export type ConsequencePoints = OrganisationProfile["consequencePoints"];

/** One harm the drill's world suffered after the first signal, traced to the act or omission that allowed it. */
export interface Consequence {
  kinds: ConsequenceKind[];
  at: SimMinutes;
  /** The log entry that records the harm (the attacker step, or the loss of a fact). */
  seq: number;
  /** Points it costs the total (after the cap is shared out). */
  points: number;
  /** What happened, in plain words. */
  summary: string;
  /** The rule whose failure let it happen (the report lists the harm under that finding). */
  rule: RuleId;
}

const HARMFUL: Record<ConsequenceKind, (entry: LogEntry) => boolean> = {
  "data-taken": (entry) => entry.type === "exfiltration",
  "access-regained": (entry) =>
    entry.type === "foothold.opened" ||
    entry.type === "credential.compromised" ||
    (entry.type === "state.changed" && entry.from === "absent"),
  "evidence-destroyed": (entry) =>
    entry.type === "evidence.destroyed" || (entry.type === "state.changed" && entry.to === "terminated"),
  "evidence-lost": () => false,
  "needless-outage": () => false,
};

function describeKinds(kinds: readonly ConsequenceKind[], entries: readonly LogEntry[]): string {
  const parts: string[] = [];
  for (const entry of entries) {
    if (entry.type === "exfiltration")
      parts.push(`took ${entry.amount} from ${entry.dataStore} (${entry.dataClasses.join(", ")})`);
  }
  if (kinds.includes("access-regained")) parts.push("regained access");
  if (kinds.includes("evidence-destroyed")) parts.push("destroyed evidence");
  return parts.join("; ");
}

/**
 * Every harm the team could have prevented, from the log: each preventable attacker step that ran after the first
 * signal and took data, regained access or destroyed evidence (one step, one consequence, whatever its effects),
 * each fact lost for good after the signal by anything but the attacker (retention, a termination), and each outage
 * in `outages` that a move caused for nothing. Points follow the harm, and together never exceed the cap.
 */
export function consequencesOf(
  scenario: ScenarioDefinition,
  log: readonly LogEntry[],
  points: ConsequencePoints = ELIMU_PROFILE.consequencePoints,
  outages: readonly FeltImpact[] = [],
): Consequence[] {
  const steps = new Map(scenario.attacker.map((step) => [step.id, step]));
  const herrings = new Set([
    ...scenario.variation.redHerrings,
    ...scenario.facts.filter((fact) => fact.kind === "red-herring").map((fact) => fact.id),
  ]);
  const found: Omit<Consequence, "points">[] = [];
  const raw: number[] = [];
  for (const entry of log) {
    if (entry.at < 0) continue;
    if (entry.type === "attacker.step") {
      const step = steps.get(entry.step);
      if (!step?.preventable) continue;
      const effects = log.filter(
        (other) =>
          other.cause.kind === "attacker" && other.cause.step === entry.step && other.seq > entry.seq,
      );
      const kinds = (Object.keys(HARMFUL) as ConsequenceKind[]).filter((kind) => effects.some(HARMFUL[kind]));
      if (kinds.length === 0) continue;
      found.push({
        kinds,
        at: entry.at,
        seq: entry.seq,
        summary: `The attacker ${describeKinds(kinds, effects)}: ${step.title}.`,
        rule: ruleForStep(step, scenario),
      });
      raw.push(kinds.reduce((sum, kind) => sum + points[kind], 0));
    } else if (entry.type === "fact.lost" && entry.actor.kind !== "attacker" && !herrings.has(entry.fact)) {
      const byTeam = entry.actor.kind === "team";
      found.push({
        kinds: ["evidence-lost"],
        at: entry.at,
        seq: entry.seq,
        summary: `Evidence was lost for good (${entry.reason}): ${scenario.facts.find((fact) => fact.id === entry.fact)?.text ?? entry.fact}`,
        rule: byTeam ? "evidence.no-terminate" : "evidence.preserve-logs",
      });
      raw.push(points["evidence-lost"]);
    }
  }
  // why: an outage a move caused that stopped nothing harmed customers or staff for nothing — harm like any other.
  for (const felt of outages.filter((item) => !item.needed && item.entry.at >= 0)) {
    found.push({
      kinds: ["needless-outage"],
      at: felt.entry.at,
      seq: felt.entry.seq,
      summary: `${felt.impact.text} (caused by a move that stopped nothing${felt.softening > 0 ? ", softened" : ""}).`,
      rule: "mitigation.no-needless-outage",
    });
    raw.push(points["needless-outage"] * SEVERITY_WEIGHT[felt.impact.severity] * (1 - felt.softening / 2));
  }
  const total = raw.reduce((sum, value) => sum + value, 0);
  const scale = total > points.cap ? points.cap / total : 1;
  return found.map((consequence, index) => ({
    ...consequence,
    points: Math.round(10 * (raw[index] ?? 0) * scale) / 10,
  }));
}
