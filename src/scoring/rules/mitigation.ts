import type { AttackerEffect, Credential } from "../../engine/scenario";
import { formatDuration, formatSimTime } from "../../engine/time";
import { flagViolations } from "../context/flagViolations";
import { affectedInstances, compromisedCredentials } from "../context/groundTruth";
import type { ScoringContext } from "../context/ScoringContext";
import { STOPPING_ACTIONS } from "../context/stoppingActions";
import { lateCredit, overdueAfterPar } from "../penalties";
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

const blockIps: RuleDefinition = {
  id: "mitigation.block-ips",
  dimension: "mitigation",
  step: "S9",
  checklistLine: quote("S9", "Block any IP"),
  weight: 1,
  title: "Block the attack's IP addresses",
  evaluate(ctx) {
    const ips = ctx.scenario.world.attackerIps;
    if (ips.length === 0) return notApplicable("The scenario names no attacker IP addresses.");
    const blocks = ips.map((ip) => ctx.completed("block-ip").find((entry) => entry.action.ip === ip));
    const missed = ips.filter((_, index) => blocks[index] === undefined);
    return scored(blocks.filter(Boolean).length / ips.length, {
      evidence: blocks.map((entry) => entry?.seq),
      summary:
        missed.length === 0
          ? `All ${ips.length} attacker address(es) blocked.`
          : `Not blocked: ${listOf(missed)}.`,
      advice: "Block every IP address associated with the attack at the edge.",
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
    const regainsAccess = new Set(
      ctx.scenario.attacker
        .filter((step) => step.preventable && step.effects.some(isAccessEffect))
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
      return scored(0, {
        at: first.at,
        evidence: [...reentries, ...flags].map((entry) => entry.seq),
        summary: `The attacker regained access at ${formatSimTime(first.at)} after containment began.`,
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
  blockIps,
  alerting,
  monitorReentry,
];
