import type { RuleId } from "../../engine/rubricRuleIds";
import { formatDuration, formatSimTime } from "../../engine/time";
import { affectedInstances } from "../context/groundTruth";
import type { ScoringContext } from "../context/ScoringContext";
import { creditAfterOffences, lateCredit, overdueAfterPar } from "../penalties";
import { listOf, mean, notApplicable, quote, type RuleDefinition, scored } from "./RuleDefinition";

function joins(ctx: ScoringContext, to?: "call" | "room") {
  return ctx.entries("team.joined").filter((entry) => to === undefined || entry.to === to);
}

function firstJoin(ctx: ScoringContext, person: string) {
  return ctx.entries("team.joined").find((entry) => entry.person === person);
}

const pageIcEarly: RuleDefinition = {
  id: "team.page-ic-early",
  dimension: "team",
  step: "S3",
  checklistLine: quote("S3", "Page an Incident Commander"),
  weight: 2,
  title: "Page an Incident Commander within par",
  evaluate(ctx) {
    const par = ctx.scenario.par.pageIc;
    // why: "page one at the earliest possible opportunity" — the page counts when sent (submitted).
    const page = ctx.accepted("page-ic")[0];
    if (!page)
      return scored(0, {
        overdue: overdueAfterPar(ctx.endAt, par),
        summary: "No Incident Commander was paged.",
        advice: "Page an IC first (!ir page), even when unsure it is a security incident.",
      });
    return scored(lateCredit(page.at, par), {
      at: page.at,
      overdue: overdueAfterPar(page.at, par),
      evidence: [page.seq],
      summary: `The IC was paged at ${formatSimTime(page.at)} (par ${formatDuration(par)}).`,
      advice:
        page.at <= par
          ? "Right call: the IC coordinates everything else."
          : "Page the IC before anything else.",
    });
  },
};

function channelRule(
  id: RuleId,
  title: string,
  line: string,
  action: "start-voice-call" | "create-room",
  to: "call" | "room",
  noun: string,
): RuleDefinition {
  return {
    id,
    dimension: "team",
    step: "S3",
    checklistLine: line,
    weight: 1,
    title,
    evaluate(ctx) {
      const started = ctx.completed(action)[0];
      const invited = joins(ctx, to);
      if (!started)
        return scored(0, {
          summary: `No ${noun} was set up.`,
          advice: `Set up the ${noun} and invite all responders.`,
        });
      return scored(invited.length > 0 ? 1 : 0.5, {
        at: started.at,
        evidence: [started.seq, ...invited.map((entry) => entry.seq)],
        summary:
          invited.length > 0
            ? `The ${noun} was set up at ${formatSimTime(started.at)} and ${invited.length} responder(s) joined.`
            : `The ${noun} was set up but nobody was invited.`,
        advice: `Invite all responders to the ${noun}.`,
      });
    },
  };
}

const securityIncluded: RuleDefinition = {
  id: "team.security-included",
  dimension: "team",
  step: "S3",
  checklistLine: quote("S3", "security team should always"),
  weight: 2,
  title: "The security team is included",
  evaluate(ctx) {
    const security = ctx.scenario.world.people.filter((person) => person.security);
    if (security.length === 0) return notApplicable("The scenario has no security team members.");
    const joined = security.map((person) => firstJoin(ctx, person.id)).filter((entry) => entry !== undefined);
    return scored(joined.length > 0 ? 1 : 0, {
      ...(joined[0] ? { at: joined[0].at } : {}),
      evidence: joined.map((entry) => entry.seq),
      summary:
        joined.length > 0
          ? `Security (${listOf(joined.map((e) => e.person))}) joined the response.`
          : "Nobody from the security team joined.",
      advice: "Always bring the security team in.",
    });
  },
};

const serviceReps: RuleDefinition = {
  id: "team.service-reps",
  dimension: "team",
  step: "S3",
  checklistLine: quote("S3", "representative for any affected services"),
  weight: 1,
  title: "A representative of each affected service",
  evaluate(ctx) {
    const affectedServices = new Set([
      ...ctx.scenario.world.services.filter((service) => service.affected).map((service) => service.id),
      ...affectedInstances(ctx).flatMap((known) => (known.item.service ? [known.item.service] : [])),
    ]);
    const people = ctx.scenario.world.people;
    const covered = [...affectedServices].filter((service) =>
      people.some((person) => person.represents?.includes(service)),
    );
    if (covered.length === 0)
      return notApplicable("No affected service has a representative in the scenario.");
    const reps = covered.map((service) =>
      people
        .filter((person) => person.represents?.includes(service))
        .map((person) => firstJoin(ctx, person.id))
        .find((entry) => entry !== undefined),
    );
    const missing = covered.filter((_, index) => reps[index] === undefined);
    return scored(reps.filter(Boolean).length / covered.length, {
      evidence: reps.map((entry) => entry?.seq),
      summary:
        missing.length === 0
          ? `Every affected service (${listOf(covered)}) had a representative.`
          : `No representative for ${listOf(missing)}.`,
      advice: "Invite an owner of each affected service: they know what normal looks like.",
    });
  },
};

const execLegal: RuleDefinition = {
  id: "team.exec-legal",
  dimension: "team",
  step: "S3",
  checklistLine: quote("S3", "Executive stakeholders and legal counsel"),
  weight: 1,
  title: "Executives and legal early, after operational responders",
  evaluate(ctx) {
    const people = ctx.scenario.world.people.filter((person) => person.internal);
    const execs = people.filter((person) => person.role === "executive");
    const legal = people.filter((person) => person.role === "legal");
    if (execs.length === 0 && legal.length === 0)
      return notApplicable("The scenario has no executives or legal counsel.");
    const joinOf = (group: typeof people) =>
      group.map((p) => firstJoin(ctx, p.id)).find((e) => e !== undefined);
    const execJoin = joinOf(execs);
    const legalJoin = joinOf(legal);
    const operational = joinOf(people.filter((p) => p.operational || p.security));
    const stakeholderJoins = [execJoin, legalJoin].filter((e) => e !== undefined);
    const ordered =
      operational !== undefined && stakeholderJoins.every((entry) => entry.seq > operational.seq);
    const parts = [
      ...(execs.length > 0 ? [execJoin ? 1 : 0] : []),
      ...(legal.length > 0 ? [legalJoin ? 1 : 0] : []),
      stakeholderJoins.length > 0 && ordered ? 1 : 0,
    ];
    const notes = [
      execs.length > 0 && !execJoin ? "no executive invited" : undefined,
      legal.length > 0 && !legalJoin ? "no legal counsel invited" : undefined,
      stakeholderJoins.length > 0 && !ordered
        ? "executives or legal came before the operational responders"
        : undefined,
    ].filter((n): n is string => n !== undefined);
    return scored(mean(parts), {
      evidence: [operational?.seq, execJoin?.seq, legalJoin?.seq],
      summary:
        notes.length === 0
          ? "Executives and legal joined early, after the operational responders."
          : `${listOf(notes)}.`,
      advice: "Invite executives and legal counsel early, right after the operational responders.",
    });
  },
};

const needToKnowMembers: RuleDefinition = {
  id: "team.need-to-know-members",
  dimension: "team",
  step: "S3",
  checklistLine: quote("S3", "Do not communicate with anyone not on the response team"),
  weight: 2,
  title: "Only need-to-know members on the team",
  evaluate(ctx) {
    if (ctx.scenario.needToKnow.length === 0)
      return notApplicable("The scenario does not define a need-to-know set.");
    const allowed = new Set(ctx.scenario.needToKnow);
    const outsiders = new Map<string, number>();
    for (const entry of ctx.entries("team.joined"))
      if (!allowed.has(entry.person) && !outsiders.has(entry.person)) outsiders.set(entry.person, entry.seq);
    const insider = [...outsiders.keys()].find((id) => ctx.person(id)?.insider);
    const credit = insider ? 0 : creditAfterOffences(outsiders.size);
    return scored(credit, {
      evidence: [...outsiders.values()],
      summary:
        outsiders.size === 0
          ? "Only need-to-know people joined the response team."
          : `Outside the need-to-know set: ${listOf([...outsiders.keys()])}${insider ? ` (including the insider, ${insider})` : ""}.`,
      advice: "Invite only people the response needs; everyone else hears later, through the VP Engineering.",
    });
  },
};

export const teamRules: readonly RuleDefinition[] = [
  pageIcEarly,
  channelRule(
    "team.voice-call",
    "A voice call with responders",
    quote("S3", "Start the voice call"),
    "start-voice-call",
    "call",
    "voice call",
  ),
  channelRule(
    "team.room",
    "A private chat room with responders",
    quote("S3", "Invite all responders"),
    "create-room",
    "room",
    "chat room",
  ),
  securityIncluded,
  serviceReps,
  execLegal,
  needToKnowMembers,
];
