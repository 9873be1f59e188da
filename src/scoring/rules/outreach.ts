import type { ContactKind } from "../../engine/actions";
import type { Condition } from "../../engine/condition";
import type { RuleId } from "../../engine/rubricRuleIds";
import type { AttackerStep, Person } from "../../engine/scenario";
import { formatDuration, formatSimTime } from "../../engine/time";
import { delegatedTo, firstContacts } from "../context/comms";
import { vectorParties } from "../context/groundTruth";
import type { ScoringContext } from "../context/ScoringContext";
import { lateCredit } from "../penalties";
import { listOf, mean, notApplicable, quote, type RuleDefinition, scored, summaryOf } from "./RuleDefinition";

function ofKind(ctx: ScoringContext, kind: ContactKind): Person[] {
  return ctx.scenario.world.people.filter((person) => person.contactKind === kind);
}

function contacted(ctx: ScoringContext, kind: ContactKind) {
  return [...firstContacts(ctx, (person) => person.contactKind === kind).values()];
}

const lawEnforcement: RuleDefinition = {
  id: "outreach.law-enforcement",
  dimension: "outreach",
  step: "S12",
  checklistLine: summaryOf("S12"),
  weight: 2,
  title: "Contact local law enforcement and the FBI via the VP Engineering",
  evaluate(ctx) {
    const local = ofKind(ctx, "law-enforcement");
    const fbi = ofKind(ctx, "fbi");
    if (local.length === 0 && fbi.length === 0)
      return notApplicable("The scenario has no law-enforcement contacts.");
    const localContact = contacted(ctx, "law-enforcement")[0];
    const fbiContact = contacted(ctx, "fbi")[0];
    const made = [localContact, fbiContact].filter((c) => c !== undefined);
    const viaVp =
      made.length > 0 &&
      made.every((c) => c.by === "vp-engineering" || delegatedTo(ctx, "vp-engineering", c.seq));
    const parts = [
      ...(local.length > 0 ? [localContact ? 1 : 0] : []),
      ...(fbi.length > 0 ? [fbiContact ? 1 : 0] : []),
      viaVp ? 1 : 0,
    ];
    const notes = [
      local.length > 0 && !localContact ? "local law enforcement not contacted" : undefined,
      fbi.length > 0 && !fbiContact ? "the FBI not contacted" : undefined,
      made.length > 0 && !viaVp ? "not via the VP/Director of Engineering" : undefined,
    ].filter((n): n is string => n !== undefined);
    return scored(mean(parts), {
      evidence: made.map((c) => c.seq),
      summary:
        notes.length === 0
          ? "Local law enforcement and the FBI were contacted via the VP Engineering."
          : `${listOf(notes)}.`,
      advice: "Have the VP/Director of Engineering contact local law enforcement and the FBI.",
    });
  },
};

function anyOfKind(
  id: RuleId,
  kind: ContactKind,
  title: string,
  line: string,
  advice: string,
): RuleDefinition {
  return {
    id,
    dimension: "outreach",
    step: "S12",
    checklistLine: line,
    weight: 1,
    title,
    evaluate(ctx) {
      const people = ofKind(ctx, kind);
      if (people.length === 0) return notApplicable(`The scenario has no ${kind} contact.`);
      const made = firstContacts(ctx, (person) => person.contactKind === kind);
      const missed = people.filter((person) => !made.has(person.id));
      const first = [...made.values()][0];
      // why: a call that comes after the harm it would have stopped (a bank recall after the money moved on) is late,
      // whatever the list of contacts says — for the parties that harm waited on, each judged on its own.
      const tooLate = harmWaitingOn(ctx, people);
      const inTime = people.filter((person) => {
        const contact = made.get(person.id);
        return (
          contact !== undefined &&
          !tooLate.some((harm) => harm.parties.includes(person.id) && harm.entry.seq < contact.seq)
        );
      });
      return scored(inTime.length / people.length, {
        ...(tooLate[0] ? { at: tooLate[0].entry.at } : first ? { at: first.at } : {}),
        evidence: [...[...made.values()].map((c) => c.seq), ...tooLate.map((harm) => harm.entry.seq)],
        summary: [
          missed.length === 0
            ? `Contacted: ${listOf(people.map((p) => p.name))}.`
            : `Not contacted: ${listOf(missed.map((p) => p.name))}.`,
          ...tooLate.map(
            ({ entry }) =>
              `Too late to stop what waited on that call: ${ctx.scenario.attacker.find((step) => step.id === entry.step)?.title ?? entry.step} (${formatSimTime(entry.at)}).`,
          ),
        ].join(" "),
        advice:
          tooLate.length > 0
            ? "Make the call the moment the facts point to it: what waits on it does not wait for the investigation."
            : advice,
      });
    },
  };
}

const insurer: RuleDefinition = {
  id: "outreach.insurer",
  dimension: "outreach",
  step: "S12",
  checklistLine: quote("S12", "cyber insurance"),
  weight: 1,
  title: "Notify the cyber insurer",
  evaluate(ctx) {
    if (ofKind(ctx, "insurer").length === 0) return notApplicable("The scenario has no insurer contact.");
    const contact = contacted(ctx, "insurer")[0];
    const window = ctx.scenario.par.insurerNotice;
    if (!contact)
      return scored(0, {
        summary: "The cyber insurer was never notified.",
        advice: `Notify the insurer${window !== undefined ? ` within the policy window (${formatDuration(window)})` : ""}.`,
      });
    const credit = window === undefined ? 1 : lateCredit(contact.at, window);
    return scored(credit, {
      at: contact.at,
      evidence: [contact.seq],
      summary: `The insurer was notified at ${formatSimTime(contact.at)}${window !== undefined ? ` (policy window ${formatDuration(window)})` : ""}.`,
      advice: "Notify the insurer early; late notice can void cover.",
    });
  },
};

const vectorPartiesRule: RuleDefinition = {
  id: "outreach.vector-parties",
  dimension: "outreach",
  step: "S13",
  checklistLine: quote("S13", "Reach out to external parties"),
  weight: 1,
  title: "Reach out to the parties used as the vector",
  evaluate(ctx) {
    const parties = vectorParties(ctx);
    if (parties.length === 0) return notApplicable("No external party is the vector.");
    const lower = (s: string) => s.toLowerCase();
    const reached = parties.map((party) => {
      const names = party.names.map(lower);
      const contacts = firstContacts(
        ctx,
        (person) =>
          !person.internal && person.organisation !== undefined && names.includes(lower(person.organisation)),
      );
      const direct = ctx.completed("contact").find((entry) => names.includes(lower(entry.action.party)));
      return [...contacts.values()][0] ?? (direct ? { at: direct.at, seq: direct.seq } : undefined);
    });
    const missed = parties.filter((_, index) => reached[index] === undefined);
    return scored(reached.filter(Boolean).length / parties.length, {
      evidence: reached.map((r) => r?.seq),
      summary:
        missed.length === 0
          ? `Reached: ${listOf(parties.map((p) => p.names[p.names.length - 1]!))}.`
          : `Not reached: ${listOf(missed.map((p) => p.names[p.names.length - 1]!))}.`,
      advice: "Tell the vendor privately that its systems were the way in.",
    });
  },
};

export const outreachRules: readonly RuleDefinition[] = [
  lawEnforcement,
  anyOfKind(
    "outreach.operators",
    "operator",
    "Tell operators of systems used in the attack",
    quote("S12", "Contact operators"),
    "Tell the operators of systems the attacker used that theirs may be compromised too.",
  ),
  anyOfKind(
    "outreach.security-firm",
    "security-firm",
    "Engage a security company",
    quote("S12", "security companies"),
    "Engage a security company to assess the risk and advise on PR next steps.",
  ),
  insurer,
  vectorPartiesRule,
];

/**
 * Preventable attacker steps that ran because the team had not yet called one of these people (a step that waits on
 * `not: { action: contact, target: … }`), each with the people it waited on.
 */
function harmWaitingOn(ctx: ScoringContext, people: readonly Person[]) {
  const ids = new Set(people.map((person) => person.id));
  const waiting = new Map(
    ctx.scenario.attacker
      .filter((step) => step.preventable)
      .map((step) => [step.id, partiesWaitedOn(step).filter((id) => ids.has(id))] as const)
      .filter(([, parties]) => parties.length > 0),
  );
  return ctx
    .entries("attacker.step")
    .filter((entry) => entry.at >= 0 && waiting.has(entry.step))
    .map((entry) => ({ entry, parties: waiting.get(entry.step) ?? [] }));
}

/** The people an attacker step waits on the team not having contacted (targets of a negated action condition). */
function partiesWaitedOn(step: AttackerStep): string[] {
  const found: string[] = [];
  const visit = (condition: Condition | undefined, negated: boolean): void => {
    if (!condition) return;
    if ("all" in condition) for (const part of condition.all) visit(part, negated);
    else if ("any" in condition) for (const part of condition.any) visit(part, negated);
    else if ("not" in condition) visit(condition.not, !negated);
    else if (negated && "action" in condition && condition.target !== undefined) found.push(condition.target);
  };
  visit(step.when, false);
  visit(step.trigger?.when, false);
  return found;
}
