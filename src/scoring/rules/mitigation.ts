import type { AttackerEffect, Credential } from "../../engine/scenario";
import { formatDuration, formatSimTime } from "../../engine/time";
import { flagViolations } from "../context/flagViolations";
import { affectedInstances, attackerIpKnownAt, compromisedCredentials } from "../context/groundTruth";
import { waitsOnOutreach } from "../context/guardingRule";
import type { ScoringContext } from "../context/ScoringContext";
import { STOPPING_ACTIONS } from "../context/stoppingActions";
import { creditAfterOffences, lateCredit, overdueAfterPar } from "../penalties";
import {
  listOf,
  mean,
  notApplicable,
  quote,
  type RuleDefinition,
  type RuleVerdict,
  scored,
} from "./RuleDefinition";

function firstRotation(ctx: ScoringContext, credential: string) {
  return ctx
    .completed("rotate-credential", "revoke-credential", "rotate-overlapping", "deny-old-credentials")
    .find((entry) => entry.action.credential === credential);
}

function rotatedShare(
  ctx: ScoringContext,
  credentials: Credential[],
  what: string,
  advice: string,
): RuleVerdict {
  if (credentials.length === 0) return notApplicable(`No ${what} in this drill.`);
  const rotations = credentials.map((credential) => firstRotation(ctx, credential.id));
  const missed = credentials.filter((_, index) => rotations[index] === undefined);
  return scored(rotations.filter(Boolean).length / credentials.length, {
    evidence: rotations.map((entry) => entry?.seq),
    summary:
      missed.length === 0
        ? `All ${credentials.length} ${what} were rotated or revoked.`
        : `Never rotated: ${listOf(missed.map((c) => `${c.id}${c.inventoryNote ? ` (inventory: "${c.inventoryNote}")` : ""}`))}.`,
    advice,
  });
}

const rotateHostSecrets: RuleDefinition = {
  id: "mitigation.rotate-host-secrets",
  dimension: "mitigation",
  step: "S7",
  checklistLine: quote("S7", "passwords or keys stored on the host"),
  weight: 2,
  title: "Rotate every secret stored on an affected host",
  evaluate(ctx) {
    const ids = new Set(affectedInstances(ctx).flatMap((known) => known.item.secrets));
    const credentials = ctx.scenario.world.credentials.filter((credential) => ids.has(credential.id));
    return rotatedShare(
      ctx,
      credentials,
      "secrets stored on affected hosts",
      "Treat every key or password on an affected host as compromised, however it was stored.",
    );
  },
};

const rotateAttackAccounts: RuleDefinition = {
  id: "mitigation.rotate-attack-accounts",
  dimension: "mitigation",
  step: "S7",
  checklistLine: quote("S7", "used in the initial attack"),
  weight: 2,
  title: "Rotate the accounts used in the attack everywhere",
  evaluate(ctx) {
    const credentials = ctx.scenario.world.credentials.filter((credential) => credential.usedInAttack);
    return rotatedShare(
      ctx,
      credentials,
      "credentials used in the attack",
      "Rotate every key and password of the accounts used in the attack, on every system.",
    );
  },
};

const revokePromptly: RuleDefinition = {
  id: "mitigation.revoke-promptly",
  dimension: "mitigation",
  step: "S9",
  checklistLine: quote("S9", "revoke their access immediately"),
  weight: 2,
  title: "Revoke compromised credentials within par",
  evaluate(ctx) {
    const compromised = compromisedCredentials(ctx);
    if (compromised.length === 0) return notApplicable("No credential was compromised in this drill.");
    const par = ctx.scenario.par.revoke;
    const notes: string[] = [];
    const evidence: (number | undefined)[] = [];
    let overdue = 0;
    const credits = compromised.map(({ item, couldHaveKnownAt, knownSeq }) => {
      const rotation = firstRotation(ctx, item.id);
      evidence.push(knownSeq, rotation?.seq);
      if (couldHaveKnownAt !== undefined)
        overdue = Math.max(overdue, overdueAfterPar((rotation?.at ?? ctx.endAt) - couldHaveKnownAt, par));
      if (!rotation) {
        notes.push(
          `${item.id} never revoked${couldHaveKnownAt !== undefined ? ` (identifiable from ${formatSimTime(couldHaveKnownAt)})` : ""}`,
        );
        return 0;
      }
      const credit = lateCredit(rotation.at - (couldHaveKnownAt ?? rotation.at), par);
      if (credit < 1)
        notes.push(
          `${item.id} revoked ${formatDuration(rotation.at - (couldHaveKnownAt ?? 0))} after it was identified`,
        );
      return credit;
    });
    const known = compromised.map((c) => c.couldHaveKnownAt).filter((at): at is number => at !== undefined);
    return scored(mean(credits), {
      evidence,
      overdue,
      ...(known.length > 0 ? { couldHaveKnownAt: Math.min(...known) } : {}),
      summary:
        notes.length === 0
          ? `Every compromised credential was revoked within ${formatDuration(par)} of being identified.`
          : `${listOf(notes)}.`,
      advice: "Revoke a credential the moment it is identified as compromised.",
    });
  },
};

/**
 * The minute the team decided the move that next closed a foothold after minute `after` (undefined: it stayed open);
 * a foothold can close, reopen and close again.
 */
function closureDecidedAt(ctx: ScoringContext, foothold: string, after: number): number | undefined {
  const closed = ctx
    .entries("foothold.closed")
    .find((entry) => entry.foothold === foothold && entry.at > after);
  if (!closed) return undefined;
  if (closed.cause.kind !== "action") return closed.at;
  const move = ctx.log[closed.cause.entry];
  const accepted = move?.type === "action.completed" ? ctx.log[move.acceptedSeq] : move;
  return accepted?.at ?? closed.at;
}

/**
 * The ways in that still reached any of these places when a new secret landed there (the end of minute
 * `landedAt`): open footholds through them, and a breached vendor of the vector not yet purged — unless the move
 * that closed the way was decided by `decidedAt` (decided together).
 */
function openWaysReaching(
  ctx: ScoringContext,
  places: readonly string[],
  decidedAt: number,
  landedAt: number,
): string[] {
  const world = ctx.worldAt(landedAt);
  const footholds = ctx.scenario.world.footholds
    .filter((foothold) => foothold.via.some((place) => places.includes(place)))
    .filter((foothold) => world.footholds[foothold.id]?.open === true)
    .filter(
      (foothold) => (closureDecidedAt(ctx, foothold.id, landedAt) ?? Number.POSITIVE_INFINITY) > decidedAt,
    )
    .map((foothold) => foothold.id);
  const purgedInTime = (provider: string) =>
    ctx
      .accepted("purge-provider-accounts")
      .some((entry) => entry.action.provider === provider && entry.at <= decidedAt);
  const vendors = vectorProviders(ctx)
    .filter((provider) => places.includes(provider))
    .filter((provider) => world.providers[provider]?.purged !== true && !purgedInTime(provider))
    .map((provider) => `${provider} (not yet purged)`);
  return [...footholds, ...vendors];
}

/** The vendors whose purge closes the vector: until then, whatever is kept with them is the attacker's to read. */
function vectorProviders(ctx: ScoringContext): string[] {
  return ctx.scenario.vector.closedBy.flatMap((condition) =>
    "provider" in condition && condition.is === "purged" ? [condition.provider] : [],
  );
}

const rotateAfterCut: RuleDefinition = {
  id: "mitigation.rotate-after-cut",
  dimension: "mitigation",
  step: "S9",
  alsoSteps: ["S2"],
  checklistLine: quote("S9", "Rotate any compromised data"),
  weight: 2,
  title: "Rotate a secret only once the way in to where it lives is closed",
  evaluate(ctx) {
    const reachable = new Set([
      ...ctx.scenario.world.footholds.flatMap((foothold) => foothold.via),
      ...vectorProviders(ctx),
    ]);
    const exposable = ctx.scenario.world.credentials.filter((credential) =>
      credential.storedOn.some((place) => reachable.has(place)),
    );
    if (exposable.length === 0)
      return notApplicable("No secret in this scenario is kept where the attacker's access reaches.");
    const rotations = ctx.completed("rotate-credential", "rotate-overlapping");
    // why: a credential's last new secret is the one that stays; rotating again once the vector is cut repairs it.
    const finalRotations = exposable.flatMap((credential) => {
      const last = rotations.filter((entry) => entry.action.credential === credential.id).at(-1);
      return last ? [{ credential, entry: last }] : [];
    });
    if (finalRotations.length === 0)
      return notApplicable("No secret kept where the attacker's access reaches was rotated.");
    const exposed = finalRotations
      .map((rotation) => ({
        ...rotation,
        open: openWaysReaching(
          ctx,
          rotation.credential.storedOn,
          rotation.entry.decidedAt,
          rotation.entry.at,
        ),
      }))
      .filter((rotation) => rotation.open.length > 0);
    const first = exposed[0];
    return scored(creditAfterOffences(exposed.length), {
      decisions: new Set(exposed.map((rotation) => rotation.entry.decidedAt)).size,
      ...(first ? { at: first.entry.decidedAt } : {}),
      evidence: (exposed.length > 0 ? exposed : finalRotations).map((rotation) => rotation.entry.seq),
      summary:
        exposed.length === 0
          ? `${listOf(finalRotations.map((r) => r.credential.id))} rotated once the attacker's way to where ${finalRotations.length === 1 ? "it is" : "they are"} kept was closed.`
          : `${listOf(exposed.map((r) => `${r.credential.id} rotated at ${formatSimTime(r.entry.decidedAt)} while ${listOf(r.open)} ${r.open.length === 1 ? "was" : "were"} still open`))}: the new secret went where the attacker could still read it.`,
      advice:
        exposed.length === 0
          ? "Right order: the vector was cut before new secrets went where it reached."
          : "Cut the vector first (purge the vendor's accounts, disable the code path, isolate the host), then rotate; revoking is safe at any time, but a new secret is only as safe as the place it is kept. Rotate again once it is closed.",
    });
  },
};

const blockIps: RuleDefinition = {
  id: "mitigation.block-ips",
  dimension: "mitigation",
  step: "S9",
  checklistLine: quote("S9", "Block any IP"),
  weight: 1,
  title: "Block the attack's IP addresses in time",
  evaluate(ctx) {
    if (ctx.scenario.world.attackerIps.length === 0)
      return notApplicable("The scenario names no attacker IP addresses.");
    // why: judged by what the team could know — an address no message or findable fact ever named is not theirs to block.
    const knowable = ctx.scenario.world.attackerIps.flatMap((ip) => {
      const known = attackerIpKnownAt(ctx, ip);
      return known ? [{ ip, known }] : [];
    });
    if (knowable.length === 0) return notApplicable("No attacker address was ever knowable in this drill.");
    // why: S4 names blacklisting addresses with isolation; the edge block runs on the same clock.
    const par = ctx.scenario.par.isolate;
    const evidence: (number | undefined)[] = [];
    const missed: string[] = [];
    const late: string[] = [];
    const credits = knowable.map(({ ip, known }) => {
      const block = ctx.completed("block-ip").find((entry) => entry.action.ip === ip);
      evidence.push(known.seq, block?.seq);
      if (!block) {
        missed.push(`${ip} (knowable from ${formatSimTime(known.at)})`);
        return 0;
      }
      const credit = lateCredit(block.decidedAt - known.at, par);
      if (credit < 1)
        late.push(`${ip} blocked ${formatDuration(block.decidedAt - known.at)} after it was knowable`);
      return credit;
    });
    const notes = [...(missed.length > 0 ? [`Not blocked: ${listOf(missed)}`] : []), ...late];
    return scored(mean(credits), {
      evidence,
      couldHaveKnownAt: Math.min(...knowable.map((k) => k.known.at)),
      summary:
        notes.length === 0
          ? `${knowable.length === 1 ? "The attacker's address was" : `All ${knowable.length} attacker addresses were`} blocked within ${formatDuration(par)} of being knowable.`
          : `${notes.join("; ")}.`,
      advice:
        "Block every IP address associated with the attack at the edge as soon as a log, alert or message names it; a block days later protects nothing.",
    });
  },
};

const alerting: RuleDefinition = {
  id: "mitigation.alerting",
  dimension: "mitigation",
  step: "S9",
  checklistLine: quote("S9", "new alerting"),
  weight: 1,
  title: "Add alerting for a similar breach",
  evaluate(ctx) {
    const added = ctx.completed("add-alerting");
    return scored(added.length > 0 ? 1 : 0, {
      ...(added[0] ? { at: added[0].at } : {}),
      evidence: added.map((entry) => entry.seq),
      summary:
        added.length > 0
          ? `Alerting added: ${listOf(added.map((e) => `"${e.action.description}"`))}.`
          : "No new alerting was added.",
      advice: "Add alerting that would catch the same breach next time.",
    });
  },
};

/** True for an attacker effect that gives the attacker access (or data) rather than reacting to the response. */
function isAccessEffect(effect: AttackerEffect): boolean {
  return (
    "openFoothold" in effect ||
    "compromiseCredential" in effect ||
    "createInstance" in effect ||
    "exfiltrate" in effect
  );
}

const monitorReentry: RuleDefinition = {
  id: "mitigation.monitor-reentry",
  dimension: "mitigation",
  step: "S8",
  alsoSteps: ["S10"],
  checklistLine: quote("S8", "another back door"),
  weight: 2,
  title: "Monitor for re-entry; leave no way back in",
  evaluate(ctx) {
    const firstStop = ctx.completed().find((entry) => STOPPING_ACTIONS.has(entry.action.type));
    // why: S8 — a preventable step that regains access (opens a foothold, takes a credential, creates an
    // instance, takes data) after containment began means a way back in was left open; a customer's blog post,
    // screenshots or a resignation are consequences, not re-entry.
    // why: a step that waits only on the team not calling someone (a bank recall) is the price of that missing call,
    // judged by the outreach rule, not a way back in.
    const regainsAccess = new Set(
      ctx.scenario.attacker
        .filter(
          (step) =>
            step.preventable && step.effects.some(isAccessEffect) && !waitsOnOutreach(step, ctx.scenario),
        )
        .map((step) => step.id),
    );
    const reentries = firstStop
      ? ctx
          .entries("attacker.step")
          .filter((entry) => entry.seq > firstStop.seq && regainsAccess.has(entry.step))
      : [];
    const flags = flagViolations(ctx, "mitigation.monitor-reentry").set;
    const monitoring = ctx.completed("monitor-reentry")[0];
    if (reentries.length > 0 || flags.length > 0) {
      const first = [...reentries, ...flags].sort((a, b) => a.seq - b.seq)[0]!;
      const firstStep =
        first.type === "attacker.step"
          ? ctx.scenario.attacker.find((step) => step.id === first.step)
          : undefined;
      const tookOnly =
        firstStep !== undefined &&
        !firstStep.effects.some((effect) => isAccessEffect(effect) && !("exfiltrate" in effect));
      return scored(0, {
        at: first.at,
        evidence: [...reentries, ...flags].map((entry) => entry.seq),
        summary: tookOnly
          ? `After containment began, the attacker still reached in and took more at ${formatSimTime(first.at)}: ${firstStep.title}.`
          : `The attacker regained access at ${formatSimTime(first.at)} after containment began${firstStep ? `: ${firstStep.title}` : ""}.`,
        advice:
          "Complete the inventory: every credential the attacker could hold, however unused it looks, must be rotated.",
      });
    }
    if (!monitoring)
      return scored(0, {
        summary: "Nobody watched the logs for attempts to regain access.",
        advice: "Monitor logs for attempts to regain access once the attacker is out.",
      });
    return scored(1, {
      at: monitoring.at,
      evidence: [monitoring.seq],
      summary: `Re-entry monitoring from ${formatSimTime(monitoring.at)}, and the attacker did not get back in.`,
      advice: "Right call: watch the old ways in after closing them.",
    });
  },
};

export const mitigationRules: readonly RuleDefinition[] = [
  rotateHostSecrets,
  rotateAttackAccounts,
  revokePromptly,
  rotateAfterCut,
  blockIps,
  alerting,
  monitorReentry,
];
