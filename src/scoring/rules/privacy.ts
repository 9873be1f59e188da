import { CONFIDENTIAL_KINDS } from "../../engine/actions";
import { formatSimTime } from "../../engine/time";
import {
  delegatedTo,
  internalAnnouncements,
  isExternal,
  type SentMessage,
  sentMessages,
} from "../context/comms";
import { detailNames } from "../context/groundTruth";
import { forensicsDone } from "../context/milestones";
import type { ScoringContext } from "../context/ScoringContext";
import { creditAfterOffences, SMALL_OFFENCE_STEP } from "../penalties";
import { excessDetailIn } from "../text/excessDetail";
import { overviewParts } from "../text/internalOverview";
import { judgeSms } from "../text/secureChannelSms";
import { listOf, mean, notApplicable, quote, type RuleDefinition, scored, summaryOf } from "./RuleDefinition";

function isConfidential(ctx: ScoringContext, id: string): boolean {
  const kind = ctx.person(id)?.contactKind;
  return kind !== undefined && CONFIDENTIAL_KINDS.includes(kind);
}

function emails(ctx: ScoringContext): SentMessage[] {
  return sentMessages(ctx).filter((message) => message.channelKind === "email");
}

/** Leaks before forensics: the engine's leak entries (one world: it decides who was told), outreach aside. */
function leaksBefore(ctx: ScoringContext, until: number | undefined) {
  return ctx
    .entries("leak")
    .filter(
      (leak) => (until === undefined || leak.at < until) && leak.to.some((id) => !isConfidential(ctx, id)),
    )
    .map((leak) => ({ seq: leak.seq, at: leak.at, to: leak.to }));
}

const needToKnow: RuleDefinition = {
  id: "privacy.need-to-know",
  dimension: "privacy",
  step: "S3",
  checklistLine: quote("S3", "Do not communicate with anyone not on the response team"),
  weight: 3,
  title: "Nothing to outsiders until forensics",
  evaluate(ctx) {
    const done = forensicsDone(ctx);
    const offences = leaksBefore(ctx, done?.at);
    const until = done
      ? `before forensics (${done.how}, ${formatSimTime(done.at)})`
      : ctx.scenario.vector.kind === "insider"
        ? "and the insider was never identified with the evidence preserved"
        : "and forensics never showed the attack was external";
    // why: "each message to an outsider is a violation" — every outsider told is one offence on the serious curve.
    const told = [...new Set(offences.flatMap((o) => o.to.filter((id) => !isConfidential(ctx, id))))];
    return scored(creditAfterOffences(told.length), {
      ...(offences[0] ? { at: offences[0].at } : {}),
      evidence: offences.map((o) => o.seq),
      summary:
        offences.length === 0
          ? "Nothing about the incident reached anyone outside the response team before forensics."
          : `${offences.length} message(s) reached ${told.length} outsider(s) ${until}: ${listOf(told)}.`,
      advice:
        offences.length === 0
          ? "Right call: the attack could have been internal."
          : "Bring people onto the team (invite them to the room) or wait until forensics shows the attack was not internal.",
    });
  },
};

const noBroadChannels: RuleDefinition = {
  id: "privacy.no-broad-channels",
  dimension: "privacy",
  step: "S3",
  checklistLine: quote("S3", "Do not communicate with anyone not on the response team"),
  weight: 2,
  title: "Never in broad channels",
  evaluate(ctx) {
    const done = forensicsDone(ctx);
    // why: S11 allows the VP/Director of Engineering's internal overview once forensics shows the attack was external.
    const sanctioned = (message: SentMessage) =>
      done !== undefined &&
      message.at >= done.at &&
      (message.by === "vp-engineering" || delegatedTo(ctx, "vp-engineering", message.seq));
    const broad = sentMessages(ctx).filter((message) => message.broad && !sanctioned(message));
    // why: "never" in broad channels — one post is already the violation; the evidence lists every post.
    return scored(broad.length === 0 ? 1 : 0, {
      ...(broad[0] ? { at: broad[0].at } : {}),
      evidence: broad.map((message) => message.seq),
      summary:
        broad.length === 0
          ? "The incident was never discussed in a broad channel."
          : `${broad.length} post(s) in broad channels: ${listOf([...new Set(broad.map((m) => m.channel))])}.`,
      advice:
        broad.length === 0
          ? "Right call: broad channels reach hundreds of people, contractors included."
          : "Answer in the private room and move the asker there; say nothing in #general, large channels or mailing lists.",
    });
  },
};

const topicPrefix: RuleDefinition = {
  id: "privacy.topic-prefix",
  dimension: "privacy",
  step: "S3",
  checklistLine: quote("S3", "Prefix all emails"),
  weight: 1,
  title: 'Chat topics prefixed "Attorney Work Project"',
  evaluate(ctx) {
    const topics = ctx.accepted("create-room").filter((entry) => entry.action.topic !== undefined);
    if (topics.length === 0) return notApplicable("No chat topic was set.");
    const prefix = ctx.profile.privilegePrefix.toLowerCase();
    const ok = topics.map((entry) => (entry.action.topic ?? "").trim().toLowerCase().startsWith(prefix));
    return scored(mean(ok.map((o) => (o ? 1 : 0))), {
      at: topics[0]!.at,
      evidence: topics.map((entry) => entry.seq),
      summary: ok.every(Boolean)
        ? `Every chat topic starts with "${ctx.profile.privilegePrefix}".`
        : `Topic(s) without the prefix: ${listOf(topics.filter((_, i) => !ok[i]).map((e) => `"${e.action.topic}"`))}.`,
      advice: `Start every chat topic with "${ctx.profile.privilegePrefix}" to mark it privileged.`,
    });
  },
};

const emailSubject: RuleDefinition = {
  id: "privacy.email-subject",
  dimension: "privacy",
  step: "COMMS",
  checklistLine: quote("COMMS", "Subject of emails"),
  weight: 1,
  title: 'Email subject "Attorney Work Project" and nothing else',
  evaluate(ctx) {
    const sent = emails(ctx);
    if (sent.length === 0) return notApplicable("No email was sent.");
    const prefix = ctx.profile.privilegePrefix.trim().toLowerCase();
    const bad = sent.filter((message) => (message.subject ?? "").trim().toLowerCase() !== prefix);
    return scored(creditAfterOffences(bad.length), {
      ...(bad[0] ? { at: bad[0].at } : {}),
      evidence: (bad.length > 0 ? bad : sent).map((message) => message.seq),
      summary:
        bad.length === 0
          ? `All ${sent.length} email(s) had the subject "${ctx.profile.privilegePrefix}".`
          : `${bad.length} email(s) with another subject: ${listOf(bad.map((m) => `"${m.subject ?? ""}"`))}.`,
      advice: `Make the subject exactly "${ctx.profile.privilegePrefix}": a subject line is read by everyone who sees the inbox.`,
    });
  },
};

const emailEncrypted: RuleDefinition = {
  id: "privacy.email-encrypted",
  dimension: "privacy",
  step: "COMMS",
  checklistLine: quote("COMMS", "encrypted"),
  weight: 1,
  title: "Encrypt email that leaves the company",
  evaluate(ctx) {
    const outside = emails(ctx).filter((message) =>
      message.to.some((id) => isExternal(ctx, ctx.person(id), id)),
    );
    if (outside.length === 0) return notApplicable("No email went outside the company domain.");
    const bad = outside.filter((message) => !message.encrypted);
    return scored(creditAfterOffences(bad.length), {
      ...(bad[0] ? { at: bad[0].at } : {}),
      evidence: (bad.length > 0 ? bad : outside).map((message) => message.seq),
      summary:
        bad.length === 0
          ? `All ${outside.length} email(s) with outside recipients were encrypted.`
          : `${bad.length} unencrypted email(s) left @${ctx.profile.emailDomain}.`,
      advice: `Encrypt any email whose chain has a contact outside @${ctx.profile.emailDomain}.`,
    });
  },
};

const avoidEmail: RuleDefinition = {
  id: "privacy.avoid-email",
  dimension: "privacy",
  step: "COMMS",
  checklistLine: quote("COMMS", "Prefer voice call"),
  weight: 1,
  title: "Prefer voice and chat over email",
  evaluate(ctx) {
    const avoidable = emails(ctx).filter((message) =>
      message.to.every((id) => {
        const reachable = ctx.person(id)?.reachableBy ?? [];
        return reachable.some((kind) => kind === "voice" || kind === "chat" || kind === "phone");
      }),
    );
    return scored(creditAfterOffences(avoidable.length, SMALL_OFFENCE_STEP), {
      ...(avoidable[0] ? { at: avoidable[0].at } : {}),
      evidence: avoidable.map((message) => message.seq),
      summary:
        avoidable.length === 0
          ? "Email was used only where nothing else reached the person."
          : `${avoidable.length} email(s) went to people reachable by voice or chat.`,
      advice: "Call or bring people into the room; email is a last resort.",
    });
  },
};

const noSms: RuleDefinition = {
  id: "privacy.no-sms",
  dimension: "privacy",
  step: "COMMS",
  checklistLine: quote("COMMS", "Do not use SMS"),
  weight: 2,
  title: "No SMS about the incident",
  evaluate(ctx) {
    const sms = sentMessages(ctx).filter((message) => message.channelKind === "sms");
    const names = detailNames(ctx);
    const known = [
      ...ctx.scenario.world.people.filter((person) => person.internal).map((person) => person.name),
      ...ctx.accepted("set-codename").map((entry) => entry.action.codename),
    ];
    const judged = sms.map((message) => ({
      message,
      verdict: judgeSms(message.body, ctx.profile, names, known),
    }));
    const bad = judged.filter((j) => !j.verdict.allowed);
    // why: "Do not use SMS" — one SMS with details is already the violation.
    return scored(bad.length === 0 ? 1 : 0, {
      ...(bad[0] ? { at: bad[0].message.at } : {}),
      evidence: (bad.length > 0 ? bad : judged).map((j) => j.message.seq),
      summary:
        sms.length === 0
          ? "No SMS was sent."
          : bad.length === 0
            ? `Only "move to a secure channel" SMS were sent (${sms.length}).`
            : `${bad.length} SMS about the incident: ${bad[0]!.verdict.reason}.`,
      advice: quote("COMMS", "The only exception"),
    });
  },
};

const internalAfterForensics: RuleDefinition = {
  id: "privacy.internal-after-forensics",
  dimension: "privacy",
  step: "S11",
  checklistLine: summaryOf("S11"),
  weight: 2,
  title: "Internal communication after forensics",
  evaluate(ctx) {
    const announcements = internalAnnouncements(ctx);
    if (announcements.length === 0)
      return notApplicable("Nothing was communicated beyond the team inside the company.");
    const done = forensicsDone(ctx);
    const early = announcements.filter((message) => done === undefined || message.at < done.at);
    return scored(creditAfterOffences(early.length), {
      at: (early[0] ?? announcements[0])!.at,
      evidence: [...(early.length > 0 ? early : announcements).map((m) => m.seq), done?.seq],
      summary:
        early.length === 0
          ? `Internal communication waited until forensics (${done?.how}, ${formatSimTime(done?.at ?? 0)}).`
          : `${early.length} internal message(s) beyond the team before forensics showed the attack was not internal.`,
      advice: "Tell the wider company only once forensics shows the attack was not sourced internally.",
    });
  },
};

const internalBrief: RuleDefinition = {
  id: "privacy.internal-brief",
  dimension: "privacy",
  step: "S11",
  checklistLine: quote("S11", "too much detail"),
  weight: 1,
  title: "Internal communication is a brief overview via the VP Engineering",
  evaluate(ctx) {
    const announcements = internalAnnouncements(ctx);
    if (announcements.length === 0)
      return scored(0, {
        summary: "No internal overview was sent.",
        advice:
          "Once forensics is done, have the VP/Director of Engineering send a short overview: timeline, mitigations, a promised follow-up.",
      });
    const names = detailNames(ctx);
    const notes = new Set<string>();
    const credits = announcements.map((message) => {
      const detail = excessDetailIn(message.body, names);
      const parts = overviewParts(message.body);
      const checks = {
        "no excess detail": detail.length === 0,
        "sent via the VP/Director of Engineering":
          message.by === "vp-engineering" || delegatedTo(ctx, "vp-engineering", message.seq),
        "a timeline overview": parts.timeline,
        "the mitigations taken": parts.mitigations,
        "a promised follow-up": parts.followUp,
      };
      for (const [name, ok] of Object.entries(checks)) if (!ok) notes.add(name);
      if (detail.length > 0) notes.add(`detail: ${listOf(detail)}`);
      return Object.values(checks).filter(Boolean).length / Object.keys(checks).length;
    });
    const credit = mean(credits);
    return scored(credit, {
      at: announcements[0]!.at,
      evidence: announcements.map((m) => m.seq),
      summary:
        notes.size === 0
          ? "The internal overview was brief and complete."
          : `The internal communication lacked: ${listOf([...notes])}.`,
      advice:
        "Overview the timeline and mitigations without keys, IPs or customer names, via the VP Engineering, and promise a follow-up.",
      ...(credit < 1
        ? {
            undecided:
              "Timeline, mitigations and follow-up are judged by keywords; the facilitator may adjudicate.",
          }
        : {}),
    });
  },
};

export const privacyRules: readonly RuleDefinition[] = [
  needToKnow,
  noBroadChannels,
  topicPrefix,
  emailSubject,
  emailEncrypted,
  avoidEmail,
  noSms,
  internalAfterForensics,
  internalBrief,
];
