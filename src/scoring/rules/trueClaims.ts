import { formatSimTime } from "../../engine/time";
import { factsInDrill, vectorParties } from "../context/groundTruth";
import type { ScoringContext } from "../context/ScoringContext";
import { namesDataClass } from "../text/coverage";
import { denialIn, sentencesOf } from "../text/denial";
import { customerNotices, type ExternalText, externalTexts } from "./disclosure";
import { listOf, notApplicable, quote, type RuleDefinition, scored } from "./RuleDefinition";

const NEGATION = /\b(?:no|not|never|none|neither|nor|unaffected|without)\b/i;

/** Every data class the attack really reached in this drill: what was taken, and what the drill's facts say it touched. */
function compromisedClasses(ctx: ScoringContext): Set<string> {
  return new Set([
    ...factsInDrill(ctx).flatMap((fact) => fact.dataClasses ?? []),
    ...ctx.entries("exfiltration").flatMap((entry) => entry.dataClasses),
  ]);
}

/**
 * `disclosure.true-claims` (S14 "Be honest… present the facts"): what the team says outside is checked against what
 * really happened. A denial that data was touched when it was is false (violated, and a critical task); naming data
 * classes the attack never reached overstates the scope (credit falls with the share overstated).
 */
export const trueClaims: RuleDefinition = {
  id: "disclosure.true-claims",
  dimension: "disclosure",
  step: "S14",
  checklistLine: quote("S14", "Be honest"),
  weight: 3,
  title: "Say only what is true",
  evaluate(ctx) {
    const texts: ExternalText[] = [...externalTexts(ctx), ...customerNotices(ctx)].sort(
      (a, b) => a.seq - b.seq,
    );
    if (texts.length === 0) return notApplicable("Nothing was said publicly, to the press or to customers.");
    const reached = compromisedClasses(ctx);
    const untouched = [
      ...new Set(ctx.scenario.world.dataStores.flatMap((store) => store.dataClasses)),
    ].filter((dataClass) => !reached.has(dataClass));
    const denials =
      reached.size === 0
        ? []
        : texts.flatMap((text) => {
            const sentence = denialIn(`${text.title}\n${text.body}`);
            return sentence ? [{ text, sentence }] : [];
          });
    if (denials.length > 0) {
      const first = denials[0]!;
      return scored(0, {
        at: first.text.at,
        evidence: denials.map((d) => d.text.seq),
        summary: `A ${first.text.kind} at ${formatSimTime(first.text.at)} said "${first.sentence}", but the attack reached ${listOf([...reached])}.`,
        advice:
          "Never deny what you have not ruled out: say what is known, what is still being investigated, and when you will update.",
      });
    }
    // why: "no payment data was accessed" names a class to rule it out — only affirmative sentences claim scope.
    const affirmativeOf = (text: ExternalText) =>
      sentencesOf(`${text.title}\n${text.body}`).filter((sentence) => !NEGATION.test(sentence));
    const innocent = innocentParties(ctx);
    const blamed = texts.flatMap((text) =>
      affirmativeOf(text).flatMap((sentence) => {
        const parties = falselyBlamed(sentence, innocent);
        return parties.length > 0 ? [{ text, sentence, parties }] : [];
      }),
    );
    if (blamed.length > 0) {
      const first = blamed[0]!;
      return scored(0, {
        at: first.text.at,
        evidence: blamed.map((b) => b.text.seq),
        summary: `A ${first.text.kind} at ${formatSimTime(first.text.at)} said "${first.sentence}", but ${listOf(first.parties)} had no part in the attack.`,
        advice:
          "Attribute only what the investigation shows: blaming a partner or supplier that had no part in it is false, and it is theirs to answer.",
      });
    }
    const named = new Set<string>();
    const overstated = new Set<string>();
    const affirmative = texts.flatMap(affirmativeOf);
    for (const sentence of affirmative) {
      for (const dataClass of reached) if (namesDataClass(sentence, dataClass)) named.add(dataClass);
      for (const dataClass of untouched)
        if (namesDataClass(sentence, dataClass)) {
          named.add(dataClass);
          overstated.add(dataClass);
        }
    }
    const credit = named.size === 0 ? 1 : 1 - overstated.size / named.size;
    return scored(credit, {
      at: texts[0]!.at,
      evidence: texts.map((text) => text.seq),
      summary:
        overstated.size === 0
          ? "Nothing said outside contradicted what really happened."
          : `Data the attack never reached was named as affected: ${listOf([...overstated])}.`,
      advice:
        overstated.size === 0
          ? "Right call: every claim matched the facts."
          : "Name only the data the investigation shows was reached; a list of everything you hold alarms customers for nothing.",
    });
  },
};

/** Outside people whose organisation can be a victim of the same attack (so "was compromised" may be true of it). */
const MAY_BE_VICTIM = new Set(["customer-security", "affected-individuals", "operator"]);

/**
 * The outside organisations the scenario names that had no part in the attack and are not among its victims: every
 * provider and outside organisation but the vector's parties, the company itself, and those who may be victims
 * (customers, affected people, operators of systems the attacker used) — each with the patterns that blame it.
 */
function innocentParties(ctx: ScoringContext): { id: string; patterns: RegExp[] }[] {
  const vector = new Set(
    vectorParties(ctx).flatMap((party) => party.names.map((name) => name.trim().toLowerCase())),
  );
  const own = ctx.profile.name.trim().toLowerCase();
  const parties = new Map<string, string[]>();
  for (const provider of ctx.scenario.world.providers)
    parties.set(provider.name, [provider.name, provider.id]);
  for (const person of ctx.scenario.world.people)
    if (!person.internal && person.organisation !== undefined && !MAY_BE_VICTIM.has(person.contactKind ?? ""))
      parties.set(person.organisation, [person.organisation]);
  return [...parties.entries()]
    .map(([id, names]) => ({
      id,
      names: names.map((name) => name.trim()).filter((name) => name.length >= 2),
    }))
    .filter(
      ({ id, names }) =>
        names.length > 0 &&
        id.trim().toLowerCase() !== own &&
        !names.some((name) => vector.has(name.toLowerCase())),
    )
    .map(({ id, names }) => ({ id, patterns: names.flatMap((name) => blamePatterns(escapeRegExp(name))) }));
}

/**
 * The ways a sentence puts the breach on a party named `name` (a regular-expression fragment), with the party as
 * the subject or the object of the blame itself: "X was breached", "X caused", "caused by X", "a breach at X".
 */
function blamePatterns(name: string): RegExp[] {
  const end = "(?![\\w-])";
  return [
    new RegExp(
      `\\b${name}(?:['’]s)?\\s+(?:was|were|had been|has been|got)\\s+(?:breached|hacked|compromised)\\b`,
      "i",
    ),
    new RegExp(
      `\\b${name}\\s+(?:caused|is responsible for|was responsible for|is to blame|was to blame)\\b`,
      "i",
    ),
    new RegExp(
      `\\b(?:caused by|the fault of|blamed? on|originated (?:at|with))\\s+(?:the\\s+)?${name}${end}`,
      "i",
    ),
    new RegExp(`\\b(?:breach|compromise|hack|intrusion)\\s+(?:at|of)\\s+(?:the\\s+)?${name}${end}`, "i"),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** The innocent parties a sentence blames. */
function falselyBlamed(sentence: string, parties: readonly { id: string; patterns: RegExp[] }[]): string[] {
  return parties
    .filter((party) => party.patterns.some((pattern) => pattern.test(sentence)))
    .map((party) => party.id);
}
