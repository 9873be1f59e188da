import type { RoleId } from "../../engine/organisation";
import { formatDuration, formatSimTime } from "../../engine/time";
import { delegatedTo, firstContacts, roleBehind, sentMessages } from "../context/comms";
import { discovery, factsInDrill, vectorParties } from "../context/groundTruth";
import { validationsAfter } from "../context/milestones";
import type { ScoringContext } from "../context/ScoringContext";
import { windowCredit } from "../penalties";
import { bannedPhraseIn } from "../text/bannedPhrase";
import { coverageShare, coversFact, namesDataClass } from "../text/coverage";
import { dateIn } from "../text/dateInTitle";
import { namedBeforeDisclosure } from "../text/thirdPartyNames";
import { listOf, mean, notApplicable, quote, type RuleDefinition, scored, summaryOf } from "./RuleDefinition";

/** Something said outside the company: a published statement, a reply to the press or a customer notice. */
export interface ExternalText {
  kind: "statement" | "press reply" | "customer notice";
  seq: number;
  at: number;
  title: string;
  body: string;
  by?: RoleId;
}

function statements(ctx: ScoringContext): ExternalText[] {
  return ctx.entries("statement.published").map((entry) => {
    const by = roleBehind(ctx, entry);
    return {
      kind: "statement",
      seq: entry.seq,
      at: entry.at,
      title: entry.title,
      body: entry.body,
      ...(by ? { by } : {}),
    };
  });
}

/** Statements and press replies, in log order. */
export function externalTexts(ctx: ScoringContext): ExternalText[] {
  const isPress = (id: string) => ctx.person(id)?.contactKind === "journalist";
  const messages: ExternalText[] = sentMessages(ctx)
    .filter((message) => message.to.some(isPress))
    .map((message) => ({
      kind: "press reply",
      seq: message.seq,
      at: message.at,
      title: message.subject ?? "",
      body: message.body,
      ...(message.by ? { by: message.by } : {}),
    }));
  // why: a contact that says something is logged as a message, so press replies by any verb are among them.
  return [...statements(ctx), ...messages].sort((a, b) => a.seq - b.seq);
}

/**
 * Notices to customers about the incident: a `contact` to a customer security team (by the person's or the
 * action's kind), or a message to an external customer security person.
 */
export function customerNotices(ctx: ScoringContext): ExternalText[] {
  const isCustomer = (id: string) => {
    const person = ctx.person(id);
    return person?.contactKind === "customer-security" && !person.internal;
  };
  const contacts: ExternalText[] = ctx
    .completed("contact")
    // why: a contact with a body is logged as a message (counted below); a bare contact is a notice of its own.
    .filter((entry) => !entry.action.body?.trim())
    .filter((entry) => entry.action.kind === "customer-security" || isCustomer(entry.action.party))
    .map((entry) => ({
      kind: "customer notice",
      seq: entry.seq,
      at: entry.at,
      title: "",
      body: entry.action.body ?? "",
    }));
  const messages: ExternalText[] = sentMessages(ctx)
    .filter((message) => message.to.some(isCustomer))
    .map((message) => ({
      kind: "customer notice",
      seq: message.seq,
      at: message.at,
      title: message.subject ?? "",
      body: message.body,
    }));
  return [...contacts, ...messages];
}

const afterValidation: RuleDefinition = {
  id: "disclosure.after-validation",
  dimension: "disclosure",
  step: "S14",
  checklistLine: summaryOf("S14"),
  weight: 3,
  title: "Disclose only validated facts",
  evaluate(ctx) {
    // why: RUBRIC.md — "public post, press reply, customer notice" all wait for validated facts (S14).
    const texts = [...externalTexts(ctx), ...customerNotices(ctx)].sort((a, b) => a.seq - b.seq);
    if (texts.length === 0) return notApplicable("Nothing was said publicly, to the press or to customers.");
    const validations = validationsAfter(
      ctx,
      texts.map((text) => text.seq),
    );
    const premature = texts
      .map((text) => ({ text, validation: validations.get(text.seq)! }))
      .filter(({ validation }) => !validation.timeline || !validation.data || !validation.vector);
    if (premature.length === 0)
      return scored(1, {
        at: texts[0]!.at,
        evidence: texts.map((t) => t.seq),
        summary:
          "Every external statement came after the timeline, the compromised data and the vector closure were established.",
        advice: "Right call: a premature statement usually has to be corrected later.",
      });
    const first = premature[0]!;
    const missing = [
      first.validation.timeline ? undefined : "the timeline (how the attacker got in)",
      first.validation.data ? undefined : "the compromised data",
      first.validation.vector ? undefined : "closing the vector",
    ].filter((m): m is string => m !== undefined);
    return scored(0, {
      at: first.text.at,
      evidence: premature.map((p) => p.text.seq),
      summary: `A ${first.text.kind} went out at ${formatSimTime(first.text.at)} before ${listOf(missing)}.`,
      advice:
        "Hold external statements until the facts are validated; route press questions to comms and legal meanwhile.",
    });
  },
};

const withinDays: RuleDefinition = {
  id: "disclosure.within-days",
  dimension: "disclosure",
  step: "S14",
  checklistLine: quote("S14", "as soon as possible"),
  weight: 2,
  title: "Publish within days",
  evaluate(ctx) {
    const { fullCreditWithin, zeroCreditAfter } = ctx.profile.disclosure;
    const first = ctx.entries("statement.published")[0];
    if (!first)
      return scored(0, {
        overdue: Math.max(0, ctx.endAt - zeroCreditAfter),
        summary: "No public statement was published.",
        advice: `Publish within ${formatDuration(fullCreditWithin)} of detection: the longer the wait, the worse it gets.`,
        ...(ctx.endAt < fullCreditWithin
          ? {
              undecided: `The drill ended at ${formatSimTime(ctx.endAt)}, before its window of ${formatDuration(fullCreditWithin)} closed.`,
            }
          : {}),
      });
    return scored(windowCredit(first.at, fullCreditWithin, zeroCreditAfter), {
      at: first.at,
      overdue: Math.max(0, first.at - zeroCreditAfter),
      evidence: [first.seq],
      summary: `The statement was published at ${formatSimTime(first.at)} (full credit within ${formatDuration(fullCreditWithin)}, none after ${formatDuration(zeroCreditAfter)}).`,
      advice:
        first.at <= fullCreditWithin
          ? "Right call: customers heard it from us, promptly."
          : "Release sooner, preferably within a few days.",
    });
  },
};

const customersFirst: RuleDefinition = {
  id: "disclosure.customers-first",
  dimension: "disclosure",
  step: "S14",
  checklistLine: quote("S14", "customers' internal security teams"),
  weight: 1,
  title: "Customers' security teams before the public",
  evaluate(ctx) {
    const customers = ctx.scenario.world.people.filter(
      (person) => person.contactKind === "customer-security",
    );
    if (customers.length === 0)
      return notApplicable("The scenario has no customer security team to contact.");
    const contacts = firstContacts(ctx, (person) => person.contactKind === "customer-security");
    const published = ctx.entries("statement.published")[0];
    const credits = customers.map((person) => {
      const contact = contacts.get(person.id);
      if (!contact) return 0;
      return published === undefined || contact.seq < published.seq ? 1 : 0.5;
    });
    const late = customers.filter(
      (p) => contacts.has(p.id) && published !== undefined && contacts.get(p.id)!.seq > published.seq,
    );
    const never = customers.filter((p) => !contacts.has(p.id));
    return scored(mean(credits), {
      evidence: [...[...contacts.values()].map((c) => c.seq), published?.seq],
      summary:
        never.length === 0 && late.length === 0
          ? "Customers' security teams were contacted before the public notice."
          : `${never.length > 0 ? `Never contacted: ${listOf(never.map((p) => p.id))}. ` : ""}${late.length > 0 ? `Contacted only after the public notice: ${listOf(late.map((p) => p.id))}.` : ""}`.trim(),
      advice: "Call customers' security teams with validated IOCs before the general notice goes out.",
    });
  },
};

const dateInTitle: RuleDefinition = {
  id: "disclosure.date-in-title",
  dimension: "disclosure",
  step: "S14",
  checklistLine: quote("S14", "date in the title"),
  weight: 1,
  title: "The date in the statement's title",
  evaluate(ctx) {
    const published = statements(ctx);
    if (published.length === 0) return notApplicable("No statement was published.");
    const dated = published.map((s) => dateIn(s.title) !== undefined);
    return scored(mean(dated.map((d) => (d ? 1 : 0))), {
      at: published[0]!.at,
      evidence: published.map((s) => s.seq),
      summary: dated.every(Boolean)
        ? "Every statement title carries its date."
        : `Title(s) without a date: ${listOf(published.filter((_, i) => !dated[i]).map((s) => `"${s.title}"`))}.`,
      advice: "Put the date in the title so the notice is never mistaken for a new breach.",
    });
  },
};

const noCliche: RuleDefinition = {
  id: "disclosure.no-cliche",
  dimension: "disclosure",
  step: "S14",
  checklistLine: quote("S14", "We take security very seriously"),
  weight: 1,
  title: 'No "we take security very seriously"',
  evaluate(ctx) {
    const texts = externalTexts(ctx);
    if (texts.length === 0) return notApplicable("Nothing was said publicly or to the press.");
    const bad = texts.filter(
      (text) => bannedPhraseIn(`${text.title}\n${text.body}`, ctx.profile.bannedPhrases) !== undefined,
    );
    return scored(bad.length === 0 ? 1 : 0, {
      ...(bad[0] ? { at: bad[0].at } : {}),
      evidence: bad.map((t) => t.seq),
      summary:
        bad.length === 0
          ? "No statement used the banned cliché."
          : `${bad.length} ${bad[0]!.kind}(s) said a variant of "${ctx.profile.bannedPhrases[0]}".`,
      advice: "Show it instead: what happened, what we did, what changes.",
    });
  },
};

const TIMELINE_KINDS = [
  "recon",
  "initial-access",
  "attacker-action",
  "dwell-time",
  "db-query",
  "exfiltration",
] as const;

const honestDetailed: RuleDefinition = {
  id: "disclosure.honest-detailed",
  dimension: "disclosure",
  step: "S14",
  checklistLine: quote("S14", "what information was compromised"),
  weight: 2,
  title: "Honest, detailed statement",
  evaluate(ctx) {
    const published = statements(ctx);
    if (published.length === 0) return notApplicable("No statement was published.");
    const last = published[published.length - 1]!;
    const text = published.map((s) => `${s.title}\n${s.body}`).join("\n");
    const classes = [
      ...new Set([
        ...factsInDrill(ctx).flatMap((fact) => fact.dataClasses ?? []),
        ...ctx.entries("exfiltration").flatMap((entry) => entry.dataClasses),
      ]),
    ];
    const known = factsInDrill(ctx, TIMELINE_KINDS).filter((fact) => {
      const found = discovery(ctx, fact.id);
      return found !== undefined && found.seq < last.seq;
    });
    const parts: { name: string; share: number }[] = [];
    const classShare = coverageShare(text, classes, namesDataClass);
    if (classShare !== undefined) parts.push({ name: "compromised data classes", share: classShare });
    parts.push({
      name: "timeline facts established",
      share:
        coverageShare(
          text,
          known.map((f) => f.text),
          coversFact,
        ) ?? 0,
    });
    const admissions = coverageShare(text, ctx.scenario.shouldNotHaveStored, namesDataClass);
    if (admissions !== undefined)
      parts.push({ name: "data that should not have been stored", share: admissions });
    const credit = mean(parts.map((p) => p.share));
    return scored(credit, {
      at: last.at,
      evidence: published.map((s) => s.seq),
      summary: `Coverage — ${listOf(parts.map((p) => `${p.name}: ${Math.round(p.share * 100)}%`))}.`,
      advice:
        "Name every compromised data class, give the timeline in detail, and admit data that should not have been stored.",
      ...(credit < 1
        ? { undecided: "Coverage is judged by word overlap with the facts; the facilitator may adjudicate." }
        : {}),
    });
  },
};

const noNaming: RuleDefinition = {
  id: "disclosure.no-naming",
  dimension: "disclosure",
  step: "S14",
  checklistLine: quote("S14", "name and shame"),
  weight: 2,
  title: "Do not name third parties before they disclose",
  evaluate(ctx) {
    const parties = vectorParties(ctx);
    if (parties.length === 0) return notApplicable("No external party is the vector.");
    const texts = externalTexts(ctx);
    if (texts.length === 0) return notApplicable("Nothing was said publicly or to the press.");
    const named = texts
      .map((text) => ({
        text,
        parties: namedBeforeDisclosure(`${text.title}\n${text.body}`, parties, text.at),
      }))
      .filter((n) => n.parties.length > 0);
    return scored(named.length === 0 ? 1 : 0, {
      ...(named[0] ? { at: named[0].text.at } : {}),
      evidence: named.map((n) => n.text.seq),
      summary:
        named.length === 0
          ? "No third party was named before its own disclosure."
          : `${named[0]!.text.kind} at ${formatSimTime(named[0]!.text.at)} named ${listOf(named[0]!.parties.map((p) => p.names[p.names.length - 1]!))} before they disclosed.`,
      advice: "Do not name a vendor before it discloses; afterwards, link to its disclosure.",
    });
  },
};

const viaMarketing: RuleDefinition = {
  id: "disclosure.via-marketing",
  dimension: "disclosure",
  step: "S14",
  checklistLine: summaryOf("S14"),
  weight: 1,
  title: "Marketing prepares and releases the statement and answers the press",
  evaluate(ctx) {
    // why: the press hears the company through Communications only — a statement or a press reply alike.
    const published = externalTexts(ctx);
    if (published.length === 0)
      return notApplicable("No statement was published and the press was not answered.");
    const ok = published.map((s) => s.by === "communications" || delegatedTo(ctx, "communications", s.seq));
    const wrong = published.filter((_, i) => !ok[i]);
    return scored(mean(ok.map((o) => (o ? 1 : 0))), {
      at: (wrong[0] ?? published[0]!).at,
      evidence: (wrong.length > 0 ? wrong : published).map((s) => s.seq),
      summary: ok.every(Boolean)
        ? "Communications/Marketing released every statement and answered the press."
        : `${listOf([...new Set(wrong.map((s) => s.kind))])} by ${listOf([...new Set(wrong.map((s) => s.by ?? "an unassigned responder"))])}.`,
      advice:
        "Delegate the statement and every press answer to the Marketing team (assign them to the communications role).",
    });
  },
};

export const disclosureRules: readonly RuleDefinition[] = [
  afterValidation,
  withinDays,
  customersFirst,
  dateInTitle,
  noCliche,
  honestDetailed,
  noNaming,
  viaMarketing,
];
