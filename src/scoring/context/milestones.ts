import type { FactKind } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";
import { evaluateCondition } from "./evaluateCondition";
import { factsInDrill } from "./groundTruth";
import type { ScoringContext } from "./ScoringContext";

/** A moment in the drill that rules measure against, and the entry that marks it. */
export interface Milestone {
  at: SimMinutes;
  seq: number;
  how: string;
}

const DECISIVE = new Set(["fact.discovered", "foothold.closed", "state.changed", "action.completed"]);

/**
 * For an insider attack, forensics cannot show it was not internal — it was. Leaks stay leaks until, besides the
 * forensics, the insider is identified (an attribution fact discovered) and the evidence preserved (no at-risk log
 * source still merely intact, every affected instance still standing imaged): the first moment all hold.
 */
function insiderIdentified(ctx: ScoringContext, shown: Milestone): Milestone | undefined {
  const attribution = new Set(factsInDrill(ctx, ["attribution"]).map((fact) => fact.id));
  const atRisk = ctx.scenario.world.logSources.filter((source) => source.atRisk).map((source) => source.id);
  const affected = new Set(ctx.scenario.world.instances.filter((i) => i.affected).map((i) => i.id));
  if (ctx.patientZero !== undefined) affected.add(ctx.patientZero);
  for (const entry of ctx.log) {
    if (entry.seq < shown.seq || (entry.seq > shown.seq && !DECISIVE.has(entry.type))) continue;
    const world = ctx.worldAfter(entry.seq);
    const identified = [...attribution].some((fact) => world.facts.get(fact) === "discovered");
    const preserved =
      atRisk.every((id) => world.logSources.get(id) !== "intact") &&
      [...affected].every(
        (id) =>
          world.instances.get(id)?.state === "terminated" ||
          !ctx.scenario.world.instances.some(
            (i) => i.id === id && (!i.createdBy || world.stepsDone.has(i.createdBy)),
          ) ||
          world.images.some((image) => image.instance === id),
      );
    if (identified && preserved)
      return { at: entry.at, seq: entry.seq, how: "the insider was identified and the evidence preserved" };
  }
  return undefined;
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
  for (const entry of ctx.log) {
    if (analysis && entry.seq >= analysis.seq)
      return {
        at: analysis.at,
        seq: analysis.seq,
        how: `forensic analysis of ${analysis.action.instance} completed`,
      };
    if (origin.length === 0 || !DECISIVE.has(entry.type)) continue;
    const world = ctx.worldAfter(entry.seq);
    const established = origin.every((fact) => world.facts.get(fact.id) === "discovered");
    const secured =
      [...world.footholds.values()].every((state) => state === "closed") &&
      ctx.scenario.vector.closedBy.every((condition) => evaluateCondition(condition, world).holds);
    if (established && secured)
      return {
        at: entry.at,
        seq: entry.seq,
        how: "the attack's origin was established and the systems secured",
      };
  }
  return undefined;
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
  const world = ctx.worldAfter(seq);
  const discovered = (kinds: FactKind[]) =>
    factsInDrill(ctx, kinds)
      .filter((fact) => fact.occurredAt <= world.at)
      .every((fact) => world.facts.get(fact.id) === "discovered");
  return {
    timeline: discovered(TIMELINE),
    data: discovered(DATA),
    vector: ctx.scenario.vector.closedBy.every((condition) => evaluateCondition(condition, world).holds),
  };
}
