import { type ActionType, actionTarget } from "../../engine/actions";
import { formatDuration, formatSimTime } from "../../engine/time";
import { conditionEvidence, evaluateCondition } from "../../engine/world/evaluateCondition";
import { flagViolations } from "../context/flagViolations";
import { affectedInstances, compromisedCredentials, vectorParties } from "../context/groundTruth";
import { firstInstanceMoment } from "../context/instanceHistory";
import type { ScoringContext } from "../context/ScoringContext";
import { STOPPING_ACTIONS } from "../context/stoppingActions";
import { creditAfterOffences, lateCredit, windowCredit } from "../penalties";
import { listOf, mean, notApplicable, quote, type RuleDefinition, scored, summaryOf } from "./RuleDefinition";

/** Setting up the team and its channels is not a diversion from stopping the attack (S3 runs in parallel). */
const SETUP: readonly ActionType[] = [
  "page-ic",
  "set-codename",
  "start-voice-call",
  "create-room",
  "invite",
  "assign",
  "note",
  "reply",
  "suspend-autoscaling",
  "deploy-freeze",
  "maintenance-notice",
  "verify-caller",
  "close-incident",
];

function attackTargets(ctx: ScoringContext): Set<string> {
  const targets = new Set<string>(ctx.scenario.world.footholds.flatMap((foothold) => foothold.via));
  for (const known of affectedInstances(ctx)) targets.add(known.item.id);
  for (const known of compromisedCredentials(ctx)) targets.add(known.item.id);
  for (const party of vectorParties(ctx)) targets.add(party.id);
  for (const service of ctx.scenario.world.services.filter((candidate) => candidate.affected)) {
    targets.add(service.id);
    for (const path of service.codePaths) targets.add(path.id);
  }
  return targets;
}

function isTeamMessage(action: { type: string; channel?: string }): boolean {
  return action.type === "send-message" && (action.channel === "room" || action.channel === "call");
}

const stopFirst: RuleDefinition = {
  id: "containment.stop-first",
  dimension: "containment",
  step: "S1",
  checklistLine: summaryOf("S1"),
  weight: 3,
  title: "Stop the attack first",
  evaluate(ctx) {
    if (ctx.scenario.world.footholds.length === 0)
      return notApplicable("The scenario has no attacker access to stop.");
    const targets = attackTargets(ctx);
    const decisions = ctx.entries("action.accepted").filter((entry) => entry.at >= 0);
    const diversions: typeof decisions = [];
    for (const entry of decisions) {
      const target = actionTarget(entry.action);
      // why: forcing everyone to sign in again aims at every stolen session at once; it has no single target.
      const aimed = (target !== undefined && targets.has(target)) || entry.action.type === "force-reauth";
      if (STOPPING_ACTIONS.has(entry.action.type) && aimed) {
        // why: what the team decided in the same sim minute was decided together; click order inside it is noise.
        const earlier = diversions.filter((diversion) => diversion.at < entry.at);
        diversions.length = 0;
        diversions.push(...earlier);
        const advice =
          diversions.length === 0
            ? "Right call: with the IC paged, cutting the attacker's access comes before anything else."
            : "Stop the attack before investigating, publishing or messaging beyond the team: every minute of access is more damage.";
        return scored(creditAfterOffences(diversions.length), {
          at: entry.at,
          evidence: [...diversions.map((d) => d.seq), entry.seq],
          summary:
            diversions.length === 0
              ? `The first substantive action (${entry.action.type}${target !== undefined ? ` on ${target}` : " (every session)"} at ${formatSimTime(entry.at)}) stopped the attack.`
              : `${diversions.length} other action(s) (${listOf(diversions.map((d) => d.action.type))}) came before the first stopping action, ${entry.action.type}${target !== undefined ? ` on ${target}` : " (every session)"} at ${formatSimTime(entry.at)}.`,
          advice,
        });
      }
      if (SETUP.includes(entry.action.type) || isTeamMessage(entry.action)) continue;
      diversions.push(entry);
    }
    return scored(0, {
      evidence: diversions.map((d) => d.seq),
      summary:
        "No action aimed at the attacker's access (sessions, instances, credentials, vendor accounts, code paths).",
      advice:
        "After paging the IC, stop the attack by any means: kill sessions, shut down or isolate the instance, revoke the credential.",
    });
  },
};

const timeToStop: RuleDefinition = {
  id: "containment.time-to-stop",
  dimension: "containment",
  step: "S1",
  checklistLine: summaryOf("S1"),
  weight: 3,
  title: "Time until the attacker has no foothold",
  evaluate(ctx) {
    const everOpen =
      ctx.scenario.world.footholds.some((foothold) => foothold.openAtStart) ||
      ctx.entries("foothold.opened").length > 0;
    if (!everOpen) return notApplicable("The attacker never held a foothold in this drill.");
    const open = Object.entries(ctx.end.footholds)
      .filter(([, state]) => state.open)
      .map(([id]) => id);
    const { stopAttack, stopAttackLimit } = ctx.scenario.par;
    if (open.length > 0)
      return scored(0, {
        evidence: ctx
          .entries("foothold.opened")
          .filter((entry) => open.includes(entry.foothold))
          .map((entry) => entry.seq),
        overdue: Math.max(0, ctx.endAt - stopAttackLimit),
        summary: `The attacker still had ${listOf(open)} when the drill ended.`,
        advice:
          "Close every foothold: the credential, the instance, the vendor account — whatever the attacker holds.",
      });
    const lastClose = ctx.entries("foothold.closed").at(-1);
    const at = lastClose?.at ?? 0;
    return scored(windowCredit(at, stopAttack, stopAttackLimit), {
      at,
      overdue: Math.max(0, at - stopAttackLimit),
      evidence: [lastClose?.seq],
      summary: `The last foothold closed at ${formatSimTime(at)} (par ${formatDuration(stopAttack)}, no credit after ${formatDuration(stopAttackLimit)}).`,
      advice:
        at <= stopAttack
          ? "Fast containment: the attacker lost access within par."
          : "Stop faster: close the attacker's access before investigating; par is where the damage starts to compound.",
    });
  },
};

const vectorCut: RuleDefinition = {
  id: "containment.vector-cut",
  dimension: "containment",
  step: "S2",
  checklistLine: summaryOf("S2"),
  weight: 3,
  title: "Cut off the attack vector",
  evaluate(ctx) {
    const conditions = ctx.scenario.vector.closedBy;
    if (conditions.length === 0) return notApplicable("The scenario defines no way to close the vector.");
    const held = conditions.filter((condition) => evaluateCondition(condition, ctx.end));
    const evidence = held.flatMap((condition) => conditionEvidence(condition, ctx.end, ctx.log));
    const at = evidence.length > 0 ? Math.max(...evidence.map((seq) => ctx.log[seq]?.at ?? 0)) : undefined;
    return scored(held.length / conditions.length, {
      ...(at !== undefined ? { at } : {}),
      evidence,
      summary: `${held.length} of ${conditions.length} steps that close the ${ctx.scenario.vector.kind} vector were done by the end.`,
      advice:
        held.length === conditions.length
          ? "The vector is closed: the attacker cannot come back the same way."
          : `Close the vector completely (${ctx.scenario.vector.description}): ${quote("S2", ctx.scenario.vector.kind === "service-application" ? "service application" : "third-party")}`,
    });
  },
};

const isolateEarly: RuleDefinition = {
  id: "containment.isolate-early",
  dimension: "containment",
  step: "S4",
  checklistLine: quote("S4", "Blacklist the IP"),
  weight: 2,
  title: "Isolate and shut down affected instances",
  evaluate(ctx) {
    const affected = affectedInstances(ctx);
    if (affected.length === 0) return notApplicable("No instance was affected in this drill.");
    const par = ctx.scenario.par.isolate;
    const evidence: (number | undefined)[] = [];
    const notes: string[] = [];
    const credits = affected.map(({ item, couldHaveKnownAt }) => {
      const reference = couldHaveKnownAt ?? 0;
      const isolated = firstInstanceMoment(ctx, item.id, "isolated");
      const down = firstInstanceMoment(ctx, item.id, "down");
      evidence.push(isolated?.seq, down?.seq);
      const part = (moment: typeof isolated) => (moment ? lateCredit(moment.at - reference, par) : 0);
      if (!isolated) notes.push(`${item.id} was never isolated`);
      if (!down) notes.push(`${item.id} was never shut down`);
      return mean([part(isolated), part(down)]);
    });
    const known = affected.map((a) => a.couldHaveKnownAt).filter((at): at is number => at !== undefined);
    return scored(mean(credits), {
      evidence,
      ...(known.length > 0 ? { couldHaveKnownAt: Math.min(...known) } : {}),
      summary:
        notes.length === 0
          ? `Affected instance(s) ${listOf(affected.map((a) => a.item.id))} isolated and shut down (par ${formatDuration(par)} from when each was known).`
          : `${listOf(notes)}.`,
      advice:
        "Block each affected instance's IP from all other hosts, then shut it down from the console — never terminate it.",
    });
  },
};

const forensicsAfterSecure: RuleDefinition = {
  id: "containment.forensics-after-secure",
  dimension: "containment",
  step: "S10",
  checklistLine: summaryOf("S10"),
  weight: 1,
  title: "Forensics only once the systems are secured",
  evaluate(ctx) {
    const first = ctx.accepted("forensic-analysis")[0];
    if (!first) return notApplicable("No forensic analysis was started.");
    // why: "once you are confident the systems are secured" is about the decision, so judge the submission moment.
    const world = ctx.worldAfter(first.seq);
    const stopped = Object.values(world.footholds).every((state) => !state.open);
    const vector = ctx.scenario.vector.closedBy.every((condition) => evaluateCondition(condition, world));
    const isolated = affectedInstances(ctx)
      .filter((known) => known.couldHaveKnownAt !== undefined && known.couldHaveKnownAt <= first.at)
      .every((known) => {
        const state = world.instances[known.item.id];
        return state !== undefined && (state.isolated || state.state !== "running");
      });
    const monitored =
      !!world.completed["monitor-reentry"]?.length || !!world.completed["add-alerting"]?.length;
    const checks = {
      "attack stopped": stopped,
      "vector cut": vector,
      "affected instances isolated": isolated,
      "monitoring added": monitored,
    };
    const missing = Object.entries(checks)
      .filter(([, ok]) => !ok)
      .map(([name]) => name);
    return scored(Object.values(checks).filter(Boolean).length / 4, {
      at: first.at,
      evidence: [first.seq],
      summary:
        missing.length === 0
          ? `Forensic analysis started at ${formatSimTime(first.at)}, after the systems were secured.`
          : `Forensic analysis started at ${formatSimTime(first.at)} before: ${listOf(missing)}.`,
      advice: "Secure first (stop, cut the vector, isolate, add monitoring), then comb through the images.",
    });
  },
};

const noTipOff: RuleDefinition = {
  id: "containment.no-tip-off",
  dimension: "containment",
  step: "S1",
  checklistLine: summaryOf("S1"),
  weight: 2,
  title: "No half-measure that tips off the attacker",
  evaluate(ctx) {
    const flags = flagViolations(ctx, "containment.no-tip-off");
    if (!flags.defined) return notApplicable("The scenario defines no tip-off.");
    const first = flags.set[0];
    if (!first)
      return scored(1, {
        summary: "No half-measure alerted the attacker while they still held other access.",
        advice: "Right call: cut every access at once so the attacker cannot retaliate.",
      });
    return scored(0, {
      at: first.at,
      evidence: flags.set.map((entry) => entry.seq),
      summary: [
        `The attacker was tipped off at ${formatSimTime(first.at)}.`,
        ...flags.set.map((entry) => {
          const text = ctx.scenario.flags.find((flag) => flag.id === entry.flag)?.description ?? entry.flag;
          return /[.!?]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
        }),
      ].join(" "),
      advice:
        "Close all of the attacker's access in one coordinated move; a single password change warns them while a backdoor remains.",
    });
  },
};

export const containmentRules: readonly RuleDefinition[] = [
  stopFirst,
  timeToStop,
  vectorCut,
  isolateEarly,
  forensicsAfterSecure,
  noTipOff,
];
