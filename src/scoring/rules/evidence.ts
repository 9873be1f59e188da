import { formatDuration, formatSimTime } from "../../engine/time";
import { affectedInstances, imagesIn, instanceExists } from "../context/groundTruth";
import { firstInstanceMoment } from "../context/instanceHistory";
import { lateCredit } from "../penalties";
import { listOf, mean, notApplicable, quote, type RuleDefinition, scored, summaryOf } from "./RuleDefinition";

/** Remediation that changes what is on the instance, so an image taken afterwards no longer shows the attack. */
const CHANGES_INSTANCE = new Set([
  "lock-users",
  "restore-firewall-defaults",
  "terminate-instance",
  "cycle-autoscaling-group",
]);

const noTerminate: RuleDefinition = {
  id: "evidence.no-terminate",
  dimension: "evidence",
  step: "S1",
  alsoSteps: ["S4"],
  checklistLine: quote("S1", "do not delete or terminate"),
  weight: 4,
  title: "Never terminate an affected instance",
  evaluate(ctx) {
    const affected = affectedInstances(ctx);
    if (affected.length === 0) return notApplicable("No instance was affected in this drill.");
    const all = affected
      .map((known) => ({ id: known.item.id, moment: firstInstanceMoment(ctx, known.item.id, "terminated") }))
      .filter((t) => t.moment !== undefined);
    // why: the rule judges the team's acts — a termination the team made, or that its action set off (an
    // autoscaling group replacing what the team shut down); one the attacker made is the attacker's.
    const byTeam = (seq: number) => {
      const entry = ctx.log[seq];
      return entry?.actor.kind === "team" || entry?.cause.kind === "action" || entry?.cause.kind === "input";
    };
    const terminated = all.filter((t) => byTeam(t.moment!.seq));
    const byOthers = all.filter((t) => !byTeam(t.moment!.seq));
    if (terminated.length === 0)
      return scored(1, {
        evidence: byOthers.map((t) => t.moment!.seq),
        summary:
          byOthers.length === 0
            ? `No affected instance (${listOf(affected.map((a) => a.item.id))}) was terminated, directly or by its group.`
            : `The team terminated no affected instance; ${listOf(byOthers.map((t) => `${t.id} at ${formatSimTime(t.moment!.at)}`))} was terminated by the attacker.`,
        advice: "Right call: shut down and isolate instead, so the disks survive for forensics.",
      });
    const lost = ctx.entries("fact.lost").filter((entry) => entry.at >= terminated[0]!.moment!.at);
    const known = affected.find((a) => a.item.id === terminated[0]!.id)?.couldHaveKnownAt;
    return scored(0, {
      at: terminated[0]!.moment!.at,
      ...(known !== undefined ? { couldHaveKnownAt: known } : {}),
      evidence: [...terminated.map((t) => t.moment!.seq), ...lost.map((entry) => entry.seq)],
      summary: `${listOf(terminated.map((t) => `${t.id} at ${formatSimTime(t.moment!.at)}`))} terminated${lost.length > 0 ? `; ${lost.length} fact(s) lost with the evidence` : ""}.`,
      advice: terminated.some((t) => affected.find((a) => a.item.id === t.id)?.item.autoscalingGroup)
        ? "Shut down from the provider console instead, suspend the autoscaling group first, and never redeploy or cycle a group with an affected member."
        : "Shut down from the provider console instead and keep the disks: a terminated instance takes its evidence with it.",
    });
  },
};

function disksOf(instance: { disks: string[] }): string[] {
  return instance.disks.length > 0 ? instance.disks : ["(all)"];
}

const imageAffected: RuleDefinition = {
  id: "evidence.image-affected",
  dimension: "evidence",
  step: "S4",
  checklistLine: quote("S4", "Take a disk image"),
  weight: 2,
  title: "Image every disk of every affected instance",
  evaluate(ctx) {
    const affected = affectedInstances(ctx);
    if (affected.length === 0) return notApplicable("No instance was affected in this drill.");
    const wanted = affected.flatMap((known) =>
      disksOf(known.item).map((disk) => ({ instance: known.item.id, disk })),
    );
    const images = imagesIn(ctx.end);
    const covered = wanted.map((want) =>
      images.find(
        (image) => image.instance === want.instance && (want.disk === "(all)" || image.disk === want.disk),
      ),
    );
    const missing = wanted
      .filter((_, index) => covered[index] === undefined)
      .map((w) => `${w.instance}/${w.disk}`);
    return scored(covered.filter(Boolean).length / wanted.length, {
      evidence: covered.map((image) => image?.seq),
      summary:
        missing.length === 0
          ? `All ${wanted.length} disk(s) of the affected instances were imaged.`
          : `Not imaged: ${listOf(missing)}.`,
      advice: "Image every disk attached to each affected instance before anything changes it.",
    });
  },
};

const imageReadonlyOffsite: RuleDefinition = {
  id: "evidence.image-readonly-offsite",
  dimension: "evidence",
  step: "S4",
  checklistLine: quote("S4", "read-only"),
  weight: 1,
  title: "Images read-only in off-site cold storage",
  evaluate(ctx) {
    const images = imagesIn(ctx.end);
    if (images.length === 0) return notApplicable("No disk image was taken.");
    const bad = images.filter((image) => !image.readOnly || !image.offsite);
    return scored(1 - bad.length / images.length, {
      evidence: (bad.length > 0 ? bad : images).map((image) => image.seq),
      summary:
        bad.length === 0
          ? `All ${images.length} image(s) are read-only and off-site.`
          : `${bad.length} of ${images.length} image(s) were writable or kept on-site.`,
      advice: "Ship images read-only to off-site cold storage so they cannot be tampered with.",
    });
  },
};

const imageEarly: RuleDefinition = {
  id: "evidence.image-early",
  dimension: "evidence",
  step: "S4",
  checklistLine: summaryOf("S4"),
  weight: 1,
  title: "Image as soon as possible",
  evaluate(ctx) {
    const affected = affectedInstances(ctx);
    if (affected.length === 0) return notApplicable("No instance was affected in this drill.");
    const par = ctx.scenario.par.image;
    const notes: string[] = [];
    const evidence: number[] = [];
    const credits = affected.map(({ item, couldHaveKnownAt }) => {
      // why: "as soon as possible" is about when the responder decided to image, so use the submission time.
      const image = ctx.accepted("image-disk").find((entry) => entry.action.instance === item.id);
      if (!image) {
        notes.push(`${item.id} never imaged`);
        return 0;
      }
      evidence.push(image.seq);
      const change = ctx
        .accepted("lock-users", "restore-firewall-defaults", "terminate-instance", "cycle-autoscaling-group")
        .find(
          (entry) =>
            CHANGES_INSTANCE.has(entry.action.type) &&
            (("instance" in entry.action && entry.action.instance === item.id) ||
              ("group" in entry.action && entry.action.group === item.autoscalingGroup)),
        );
      let credit = lateCredit(image.at - (couldHaveKnownAt ?? 0), par);
      if (credit < 1)
        notes.push(`${item.id} imaged late (${formatSimTime(image.at)}, par ${formatDuration(par)})`);
      // why: S4 orders isolation first; a disk copied while the host still talks to the attacker can change under the copy.
      const then = ctx.worldAt(image.at).instances[item.id];
      const cutOff = ctx
        .accepted("isolate-instance", "shutdown-instance")
        .some((entry) => entry.action.instance === item.id && entry.at <= image.at);
      if (then?.state === "running" && !then.isolated && !cutOff) {
        notes.push(`${item.id} imaged at ${formatSimTime(image.at)} while still running and connected`);
        credit *= 0.5;
      }
      if (change && change.seq < image.seq) {
        evidence.push(change.seq);
        notes.push(`${item.id} changed by ${change.action.type} before imaging`);
        credit *= 0.5;
      }
      return credit;
    });
    const known = affected.map((a) => a.couldHaveKnownAt).filter((at): at is number => at !== undefined);
    return scored(mean(credits), {
      evidence,
      ...(known.length > 0 ? { couldHaveKnownAt: Math.min(...known) } : {}),
      summary:
        notes.length === 0
          ? "Every affected instance was isolated or shut down, then imaged early, before any remediation changed it."
          : `${listOf(notes)}.`,
      advice:
        "Isolate the instance first, then take the image as soon as it is known affected, before locking users or resetting its firewall.",
    });
  },
};

const preserveLogs: RuleDefinition = {
  id: "evidence.preserve-logs",
  dimension: "evidence",
  step: "S10",
  checklistLine: quote("S10", "access logs"),
  weight: 2,
  title: "Preserve log sources at risk",
  evaluate(ctx) {
    const atRisk = ctx.scenario.world.logSources.filter(
      (source) => source.atRisk && (source.livesOn === undefined || instanceExists(ctx, source.livesOn)),
    );
    if (atRisk.length === 0) return notApplicable("No log source is at risk in this scenario.");
    const notes: string[] = [];
    const evidence: (number | undefined)[] = [];
    const credits = atRisk.map((source) => {
      const preserved = ctx.completed("preserve-logs").find((entry) => entry.action.logSource === source.id);
      const destroyed = ctx.log.find(
        (entry) =>
          (entry.type === "evidence.destroyed" && entry.subject === source.id) ||
          (entry.type === "state.changed" && entry.subject === source.id && entry.to === "destroyed"),
      );
      evidence.push(preserved?.seq, destroyed?.seq);
      if (preserved && (!destroyed || preserved.seq < destroyed.seq)) return 1;
      if (destroyed) {
        notes.push(`${source.id} lost at ${formatSimTime(destroyed.at)}`);
        return 0;
      }
      notes.push(`${source.id} never preserved (it survived by luck)`);
      return 0.5;
    });
    return scored(mean(credits), {
      evidence,
      summary:
        notes.length === 0
          ? `Every log source at risk (${listOf(atRisk.map((s) => s.id))}) was preserved in time.`
          : `${listOf(notes)}.`,
      advice:
        "Export at-risk logs off-site with object lock before retention, an insider or the attacker erases them.",
    });
  },
};

export const evidenceRules: readonly RuleDefinition[] = [
  noTerminate,
  imageAffected,
  imageReadonlyOffsite,
  imageEarly,
  preserveLogs,
];
