import type { FactKind } from "../../engine/scenario";
import { discovery, factsInDrill } from "../context/groundTruth";
import type { ScoringContext } from "../context/ScoringContext";
import {
  listOf,
  notApplicable,
  quote,
  type RuleDefinition,
  type RuleVerdict,
  scored,
  summaryOf,
} from "./RuleDefinition";

function shareDiscovered(
  ctx: ScoringContext,
  kinds: readonly FactKind[],
  what: string,
  advice: string,
): RuleVerdict {
  const facts = factsInDrill(ctx, kinds);
  if (facts.length === 0) return notApplicable(`The scenario has no ${what} facts in this drill.`);
  const found = facts.map((fact) => discovery(ctx, fact.id));
  const missed = facts.filter((_, index) => found[index] === undefined);
  const lost = missed.filter((fact) => ctx.end.facts[fact.id]?.status === "lost");
  const count = found.filter(Boolean).length;
  return scored(count / facts.length, {
    evidence: [
      ...found.map((entry) => entry?.seq),
      ...ctx
        .entries("fact.lost")
        .filter((e) => lost.some((f) => f.id === e.fact))
        .map((e) => e.seq),
    ],
    summary: `${count} of ${facts.length} ${what} facts discovered${missed.length > 0 ? `; missed: ${listOf(missed.map((f) => f.id))}` : ""}${lost.length > 0 ? ` (${lost.length} lost with their evidence)` : ""}.`,
    advice,
  });
}

const timeline: RuleDefinition = {
  id: "investigation.timeline",
  dimension: "investigation",
  step: "S5",
  checklistLine: summaryOf("S5"),
  weight: 2,
  title: "Identify the timeline of the attack",
  evaluate: (ctx) =>
    shareDiscovered(
      ctx,
      ["recon", "initial-access", "attacker-action", "dwell-time", "db-query"],
      "timeline",
      "Query each log source over the window the attack covers: recon, initial access, actions, dwell time, queries.",
    ),
};

const backdoors: RuleDefinition = {
  id: "investigation.backdoors",
  dimension: "investigation",
  step: "S5",
  checklistLine: quote("S5", "another back door"),
  weight: 1,
  title: "Look for other back doors",
  evaluate: (ctx) =>
    shareDiscovered(
      ctx,
      ["backdoor"],
      "back-door",
      "Assume a second way in exists and look for it: new users, keys, instances.",
    ),
};

const compromisedData: RuleDefinition = {
  id: "investigation.compromised-data",
  dimension: "investigation",
  step: "S6",
  checklistLine: summaryOf("S6"),
  weight: 2,
  title: "Identify compromised data",
  evaluate: (ctx) =>
    shareDiscovered(
      ctx,
      ["exfiltration", "keys-on-host", "network-mapping", "customer-data"],
      "compromised-data",
      "Establish what left (data-event logs), which keys sat on the hosts, what the attacker mapped, which customer data.",
    ),
};

const otherSystems: RuleDefinition = {
  id: "investigation.other-systems",
  dimension: "investigation",
  step: "S7",
  checklistLine: summaryOf("S7"),
  weight: 1,
  title: "Assess the risk to other systems",
  evaluate(ctx) {
    const linked = ctx.scenario.world.linkedSystems;
    if (linked.length === 0) return notApplicable("The scenario names no linked systems.");
    const looked = linked.map((id) =>
      ctx
        .completed("investigate", "forensic-analysis", "image-disk")
        .find((entry) =>
          entry.action.type === "investigate"
            ? entry.action.logSource === id || entry.action.target === id
            : entry.action.instance === id,
        ),
    );
    const missed = linked.filter((_, index) => looked[index] === undefined);
    return scored(looked.filter(Boolean).length / linked.length, {
      evidence: looked.map((entry) => entry?.seq),
      summary:
        missed.length === 0
          ? `Every linked system (${listOf(linked)}) was examined.`
          : `Not examined: ${listOf(missed)}.`,
      advice: "Ask what the attacker could reach with what they took, and examine those systems.",
    });
  },
};

export const investigationRules: readonly RuleDefinition[] = [
  timeline,
  backdoors,
  compromisedData,
  otherSystems,
];
