import type { SimMinutes } from "../../engine/time";
import { evaluateCondition } from "./evaluateCondition";
import { discovery, factsInDrill } from "./groundTruth";
import type { ScoringContext } from "./ScoringContext";

/** A moment in the drill that rules measure against, and the entry that marks it. */
export interface Milestone {
  at: SimMinutes;
  seq: number;
  how: string;
}

/**
 * When forensics showed where the attack came from: the first completed forensic analysis, or the moment every
 * attribution fact (else every initial-access fact) of this drill was discovered — whichever comes first.
 */
export function forensicsDone(ctx: ScoringContext): Milestone | undefined {
  const analysis = ctx.completed("forensic-analysis")[0];
  const candidates: Milestone[] = analysis
    ? [
        {
          at: analysis.at,
          seq: analysis.seq,
          how: `forensic analysis of ${analysis.action.instance} completed`,
        },
      ]
    : [];
  const attribution = factsInDrill(ctx, ["attribution"]);
  const relevant = attribution.length > 0 ? attribution : factsInDrill(ctx, ["initial-access"]);
  const found = relevant.map((fact) => discovery(ctx, fact.id));
  if (relevant.length > 0 && found.every((entry) => entry !== undefined)) {
    const last = found.sort((a, b) => a!.seq - b!.seq)[found.length - 1]!;
    candidates.push({
      at: last.at,
      seq: last.seq,
      how: "the facts showing how the attacker got in were established",
    });
  }
  return candidates.sort((a, b) => a.seq - b.seq)[0];
}

/** What S14 requires before a statement, as of one moment. */
export interface Validation {
  timeline: boolean;
  data: boolean;
  vector: boolean;
}

/**
 * Whether, just after log entry `seq`, the timeline was identified (every initial-access fact discovered),
 * the compromised data known (every exfiltration and customer-data fact discovered) and the vector closed
 * (every `vector.closedBy` condition holds).
 */
export function validationAfter(ctx: ScoringContext, seq: number): Validation {
  const world = ctx.worldAfter(seq);
  const discovered = (kinds: Parameters<typeof factsInDrill>[1]) =>
    factsInDrill(ctx, kinds).every((fact) => world.facts.get(fact.id) === "discovered");
  return {
    timeline: discovered(["initial-access"]),
    data: discovered(["exfiltration", "customer-data"]),
    vector: ctx.scenario.vector.closedBy.every((condition) => evaluateCondition(condition, world).holds),
  };
}
