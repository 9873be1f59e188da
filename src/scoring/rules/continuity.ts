import { actionTarget } from "../../engine/actions";
import type { Condition } from "../../engine/condition";
import type { LogEntry, LogEntryOf } from "../../engine/log";
import type { BusinessImpact, ImpactSeverity } from "../../engine/scenario";
import { formatSimTime } from "../../engine/time";
import type { ScoringContext } from "../context/ScoringContext";
import { listOf, notApplicable, type RuleDefinition, scored, summaryOf } from "./RuleDefinition";

/** How much an impact weighs in the continuity rules. */
export const SEVERITY_WEIGHT: Record<ImpactSeverity, number> = { minor: 1, major: 2, critical: 3 };

/** One impact the drill's business felt, with the move that caused it and whether that move was needed. */
export interface FeltImpact {
  impact: BusinessImpact;
  entry: LogEntryOf<"business.impacted">;
  /** The completed action behind it (the cause chain followed back), if a player's move caused it. */
  move?: LogEntryOf<"action.completed">;
  /** The move stopped the attack or cut the vector, or acted on something the attack really touched. */
  needed: boolean;
  /** 1 softened before it began, 0.5 softened while it lasted, 0 never. */
  softening: number;
}

function moveBehind(log: readonly LogEntry[], entry: LogEntry): LogEntryOf<"action.completed"> | undefined {
  let current: LogEntry | undefined = entry;
  for (let hops = 0; current && hops < 16; hops++) {
    if (current.type === "action.completed") return current;
    if (current.cause.kind !== "action") return undefined;
    current = log[current.cause.entry];
  }
  return undefined;
}

function ids(condition: Condition, into: Set<string>): void {
  if ("all" in condition) for (const part of condition.all) ids(part, into);
  else if ("any" in condition) for (const part of condition.any) ids(part, into);
  else if ("credential" in condition) into.add(condition.credential);
  else if ("codePath" in condition) into.add(condition.codePath);
  else if ("service" in condition) into.add(condition.service);
  else if ("provider" in condition) into.add(condition.provider);
  else if ("instance" in condition) into.add(condition.instance);
  else if ("action" in condition && condition.target !== undefined) into.add(condition.target);
}

/** What the attack really touched, plus what closes its vector: a move on any of these is needed. */
function attackSurface(ctx: ScoringContext): Set<string> {
  const surface = new Set<string>(ctx.scenario.vector.parties);
  for (const condition of ctx.scenario.vector.closedBy) ids(condition, surface);
  for (const [id, credential] of Object.entries(ctx.end.credentials))
    if (credential.compromised) surface.add(id);
  for (const [id, instance] of Object.entries(ctx.end.instances)) if (instance.affected) surface.add(id);
  for (const service of ctx.scenario.world.services) {
    if (!service.affected) continue;
    surface.add(service.id);
    for (const codePath of service.codePaths) surface.add(codePath.id);
  }
  for (const foothold of ctx.scenario.world.footholds) for (const path of foothold.via) surface.add(path);
  return surface;
}

/** Every impact the business felt in this drill, in log order, judged needed or needless and softened or not. */
export function feltImpacts(ctx: ScoringContext): FeltImpact[] {
  const surface = attackSurface(ctx);
  const closedBy = new Set(
    ctx
      .entries("foothold.closed")
      .flatMap((entry) => (entry.cause.kind === "action" ? [entry.cause.entry] : [])),
  );
  const softenedAt = new Map(ctx.entries("business.softened").map((entry) => [entry.impact, entry]));
  return ctx.entries("business.impacted").flatMap((entry) => {
    const impact = ctx.scenario.business.impacts.find((item) => item.id === entry.impact);
    if (!impact) return [];
    const move = entry.cause.kind === "action" ? moveBehind(ctx.log, ctx.log[entry.cause.entry]!) : undefined;
    const target = move ? actionTarget(move.action) : undefined;
    const needed =
      move === undefined ||
      closedBy.has(move.seq) ||
      (target !== undefined && surface.has(target)) ||
      move.action.type === "force-reauth";
    const softening = entry.softened ? 1 : softenedAt.has(entry.impact) ? 0.5 : 0;
    return [{ impact, entry, ...(move ? { move } : {}), needed, softening }];
  });
}

function describe(felt: FeltImpact): string {
  const by = felt.move
    ? ` by ${felt.move.action.type}${actionTarget(felt.move.action) ? ` ${actionTarget(felt.move.action)}` : ""}`
    : "";
  return `${felt.impact.id} at ${formatSimTime(felt.entry.at)}${by}`;
}

const noNeedlessOutage: RuleDefinition = {
  id: "mitigation.no-needless-outage",
  dimension: "mitigation",
  step: "S1",
  checklistLine: summaryOf("S1"),
  weight: 3,
  title: "Break nothing the response does not need",
  evaluate(ctx) {
    if (ctx.scenario.business.impacts.length === 0)
      return notApplicable("The scenario declares no business services.");
    const needless = feltImpacts(ctx).filter((felt) => !felt.needed);
    // why: "any means necessary" covers what stops the attack; a needless outage costs its severity (a critical one all of it), half when softened.
    const cost = needless.reduce(
      (sum, felt) => sum + SEVERITY_WEIGHT[felt.impact.severity] * (felt.softening > 0 ? 0.5 : 1),
      0,
    );
    return scored(Math.max(0, 1 - cost / 3), {
      evidence: needless.flatMap((felt) => [felt.entry.seq, felt.move?.seq]),
      ...(needless.length > 0 ? { at: needless[0]!.entry.at } : {}),
      summary:
        needless.length === 0
          ? "Every outage the response caused came from a move that stopped the attack or cut its vector."
          : `Outages from moves that stopped nothing: ${listOf(needless.map(describe))}.`,
      advice:
        "Stop the attack by any means necessary, but shut down or revoke only what the attack touches: each needless outage is a cost the business pays.",
    });
  },
};

const softenOutage: RuleDefinition = {
  id: "mitigation.soften-outage",
  dimension: "mitigation",
  step: "S9",
  checklistLine: summaryOf("S9"),
  weight: 2,
  title: "Soften the outages the response needs",
  evaluate(ctx) {
    const needed = feltImpacts(ctx).filter((felt) => felt.needed);
    if (needed.length === 0) return notApplicable("The response broke no business service it needed to.");
    const weight = needed.reduce((sum, felt) => sum + SEVERITY_WEIGHT[felt.impact.severity], 0);
    const earned = needed.reduce(
      (sum, felt) => sum + SEVERITY_WEIGHT[felt.impact.severity] * felt.softening,
      0,
    );
    const bare = needed.filter((felt) => felt.softening < 1);
    return scored(earned / weight, {
      evidence: needed.map((felt) => felt.entry.seq),
      summary:
        bare.length === 0
          ? `Every outage the response needed was softened beforehand (${listOf(needed.map((felt) => felt.impact.id))}).`
          : `Not softened beforehand: ${listOf(bare.map((felt) => `${describe(felt)}${felt.softening > 0 ? " (softened late)" : ""}`))}.`,
      advice:
        "Before a move that breaks the business, soften it: freeze deploys and announce it, rotate with overlap, post a maintenance notice.",
    });
  },
};

/** The continuity rules (rubric v2, "decisions with a price"): what the response's own moves cost the business. */
export const continuityRules: readonly RuleDefinition[] = [noNeedlessOutage, softenOutage];
