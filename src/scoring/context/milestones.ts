import type { LogEntryType } from "../../engine/log";
import type { Fact, FactKind } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";
import { evaluateCondition } from "../../engine/world/evaluateCondition";
import { factsInDrill } from "./groundTruth";
import type { ScoringContext } from "./ScoringContext";

/** A moment in the drill that rules measure against, and the entry that marks it. */
export interface Milestone {
  at: SimMinutes;
  seq: number;
  how: string;
}

const DECISIVE: ReadonlySet<LogEntryType> = new Set<LogEntryType>([
  "fact.discovered",
  "foothold.closed",
  "state.changed",
  "action.completed",
  "image.taken",
  "instance.isolated",
]);

/**
 * For an insider attack, forensics cannot show it was not internal — it was. Leaks stay leaks until, besides the
 * forensics, the insider is identified (an attribution fact discovered) and the evidence preserved (no at-risk log
 * source still merely intact, every affected instance still standing imaged): the first moment all hold.
 */
function insiderIdentified(ctx: ScoringContext, shown: Milestone): Milestone | undefined {
  const attribution = factsInDrill(ctx, ["attribution"]).map((fact) => fact.id);
  const atRisk = ctx.scenario.world.logSources.filter((source) => source.atRisk).map((source) => source.id);
  const moment = ctx.firstMoment(
    (world) => {
      const identified = attribution.some((fact) => world.facts[fact]?.status === "discovered");
      const preserved =
        atRisk.every((id) => world.logSources[id]?.status !== "intact") &&
        Object.values(world.instances).every(
          (instance) =>
            !instance.affected ||
            !instance.exists ||
            instance.state === "terminated" ||
            instance.images.length > 0,
        );
      return identified && preserved;
    },
    { fromSeq: shown.seq, types: DECISIVE },
  );
  return moment && { ...moment, how: "the insider was identified and the evidence preserved" };
}

/**
 * When forensics showed the attack was not sourced internally: the first completed forensic analysis, or the
 * first moment the attack's origin was established (every attribution fact of this drill discovered, else every
 * initial-access fact) while the systems were secured (no foothold open, every `vector.closedBy` condition holds) —
 * S10 "once you are confident the systems are secured" — whichever comes first.
 */
export function forensicsDone(ctx: ScoringContext): Milestone | undefined {
  const done = forensicsShown(ctx);
  return done && ctx.scenario.vector.kind === "insider" ? insiderIdentified(ctx, done) : done;
}

function forensicsShown(ctx: ScoringContext): Milestone | undefined {
  const analysis = ctx.completed("forensic-analysis")[0];
  const attribution = factsInDrill(ctx, ["attribution"]);
  const origin = attribution.length > 0 ? attribution : factsInDrill(ctx, ["initial-access"]);
  const established =
    origin.length === 0
      ? undefined
      : ctx.firstMoment(
          (world) =>
            origin.every((fact) => world.facts[fact.id]?.status === "discovered") &&
            Object.values(world.footholds).every((state) => !state.open) &&
            ctx.scenario.vector.closedBy.every((condition) => evaluateCondition(condition, world)),
          { types: DECISIVE },
        );
  if (analysis && (!established || analysis.seq <= established.seq))
    return {
      at: analysis.at,
      seq: analysis.seq,
      how: `forensic analysis of ${analysis.action.instance} completed`,
    };
  return (
    established && { ...established, how: "the attack's origin was established and the systems secured" }
  );
}

/** What S14 requires before a statement, as of one moment. */
export interface Validation {
  timeline: boolean;
  data: boolean;
  vector: boolean;
}

const TIMELINE: FactKind[] = ["recon", "initial-access", "attacker-action", "dwell-time", "db-query"];
const DATA: FactKind[] = ["exfiltration", "customer-data", "keys-on-host"];

/**
 * Whether, just after log entry `seq`, the timeline was identified (every timeline fact — recon, initial access,
 * attacker actions, dwell time, queries — of this drill that had occurred by then was discovered), the compromised
 * data known (likewise every exfiltration, customer-data and keys-on-host fact) and the vector closed (every
 * `vector.closedBy` condition holds).
 */
export function validationAfter(ctx: ScoringContext, seq: number): Validation {
  return validationsAfter(ctx, [seq]).get(seq) ?? { timeline: false, data: false, vector: false };
}

/** `validationAfter` for many entries at once, in one pass over the log. */
export function validationsAfter(ctx: ScoringContext, seqs: readonly number[]): Map<number, Validation> {
  const timeline = factsInDrill(ctx, TIMELINE);
  const data = factsInDrill(ctx, DATA);
  return ctx.worldsAfter(seqs, (world) => {
    const discovered = (facts: Fact[]) =>
      facts
        .filter((fact) => fact.occurredAt <= world.now)
        .every((fact) => world.facts[fact.id]?.status === "discovered");
    return {
      timeline: discovered(timeline),
      data: discovered(data),
      vector: ctx.scenario.vector.closedBy.every((condition) => evaluateCondition(condition, world)),
    };
  });
}
