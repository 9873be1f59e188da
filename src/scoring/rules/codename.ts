import { formatSimTime } from "../../engine/time";
import { revealingNames } from "../context/groundTruth";
import type { ScoringContext } from "../context/ScoringContext";
import { creditAfterOffences } from "../penalties";
import { revealingMatches } from "../text/revealingWords";
import { stems } from "../text/tokenise";
import { listOf, mean, notApplicable, quote, type RuleDefinition, scored } from "./RuleDefinition";

/** A name players gave something (room, topic, call title), and the log entry that gave it. */
interface GivenName {
  what: string;
  text: string;
  seq: number;
  at: number;
}

function givenNames(ctx: ScoringContext): GivenName[] {
  const names: GivenName[] = [];
  for (const entry of ctx.accepted("create-room", "start-voice-call")) {
    const { action } = entry;
    if (action.type === "create-room") {
      names.push({ what: "room name", text: action.name, seq: entry.seq, at: entry.at });
      if (action.topic) names.push({ what: "chat topic", text: action.topic, seq: entry.seq, at: entry.at });
    } else if (action.title) {
      names.push({ what: "call title", text: action.title, seq: entry.seq, at: entry.at });
    }
  }
  return names;
}

function revealing(ctx: ScoringContext, text: string): string[] {
  return revealingMatches(text, ctx.profile.revealingWords, revealingNames(ctx)).map((match) => match.word);
}

const setEarly: RuleDefinition = {
  id: "codename.set-early",
  dimension: "codename",
  step: "S3",
  checklistLine: quote("S3", "innocuous codename"),
  weight: 2,
  title: "Set a codename before naming anything",
  evaluate(ctx) {
    // why: a name is chosen when the player submits it, so compare submissions (accepted entries), not completions.
    const codename = ctx.accepted("set-codename")[0];
    const firstNamed = ctx
      .entries("action.accepted")
      .find(
        (entry) =>
          entry.action.type === "create-room" ||
          (entry.action.type === "start-voice-call" && entry.action.title !== undefined) ||
          (entry.action.type === "send-message" &&
            (entry.action.channel === "room" || entry.action.channel === "call")),
      );
    if (!codename)
      return scored(0, {
        evidence: [firstNamed?.seq],
        summary: "No codename was set.",
        advice:
          "Give the incident an innocuous codename (e.g. sapphire-unicorn) first, and use it for the room and documents.",
      });
    if (firstNamed && firstNamed.seq < codename.seq)
      return scored(0.5, {
        at: codename.at,
        evidence: [firstNamed.seq, codename.seq],
        summary: `The codename came at ${formatSimTime(codename.at)}, after the first ${firstNamed.action.type} at ${formatSimTime(firstNamed.at)}.`,
        advice: "Set the codename before creating the room, titling the call or messaging the team.",
      });
    return scored(1, {
      at: codename.at,
      evidence: [codename.seq],
      summary: `Codename "${codename.action.codename}" set at ${formatSimTime(codename.at)}, before any room, title or team message.`,
      advice: "Right call: everything after it could carry the codename.",
    });
  },
};

const innocuous: RuleDefinition = {
  id: "codename.innocuous",
  dimension: "codename",
  step: "S3",
  checklistLine: quote("S3", "innocuous codename"),
  weight: 3,
  title: "The codename reveals nothing",
  evaluate(ctx) {
    const codenames = ctx.accepted("set-codename");
    if (codenames.length === 0) return notApplicable("No codename was set (see codename.set-early).");
    const bad = codenames
      .map((entry) => ({ entry, words: revealing(ctx, entry.action.codename) }))
      .filter((found) => found.words.length > 0);
    if (bad.length === 0)
      return scored(1, {
        at: codenames[0]!.at,
        evidence: codenames.map((entry) => entry.seq),
        summary: `"${listOf(codenames.map((entry) => entry.action.codename))}" gives nothing away.`,
        advice: "Right call: someone overhearing it would not guess it is a security incident.",
      });
    return scored(0, {
      at: bad[0]!.entry.at,
      evidence: bad.map((found) => found.entry.seq),
      summary: `The codename "${bad[0]!.entry.action.codename}" reveals the incident (${listOf(bad[0]!.words)}).`,
      advice:
        "Pick a name with no link to security, the company, its vendors, customers or the attacker (e.g. two random words).",
    });
  },
};

const roomNamed: RuleDefinition = {
  id: "codename.room-named",
  dimension: "codename",
  step: "S3",
  checklistLine: quote("S3", "Setup chat room"),
  weight: 1,
  title: "The room is named after the codename",
  evaluate(ctx) {
    const rooms = ctx.accepted("create-room");
    if (rooms.length === 0) return notApplicable("No chat room was created (see team.room).");
    const codenames = ctx.accepted("set-codename").map((entry) => stems(entry.action.codename).join(""));
    const named = rooms.map((room) => {
      const name = stems(room.action.name).join("");
      return codenames.some((codename) => codename.length > 0 && name.includes(codename));
    });
    const misses = rooms.filter((_, index) => !named[index]);
    return scored(mean(named.map((ok) => (ok ? 1 : 0))), {
      at: rooms[0]!.at,
      evidence: rooms.map((room) => room.seq),
      summary:
        misses.length === 0
          ? `The room "${rooms[0]!.action.name}" carries the codename.`
          : `Room(s) ${listOf(misses.map((room) => `"${room.action.name}"`))} not named after the codename.`,
      advice: "Name the room after the codename so it says nothing to anyone who sees the room list.",
    });
  },
};

const noRevealingNames: RuleDefinition = {
  id: "codename.no-revealing-names",
  dimension: "codename",
  step: "S3",
  checklistLine: quote("S3", "innocuous codename"),
  weight: 2,
  title: "No revealing room names, topics or titles",
  evaluate(ctx) {
    const names = givenNames(ctx);
    if (names.length === 0) return notApplicable("No room, topic or call title was named.");
    const bad = names
      .map((name) => ({ name, words: revealing(ctx, name.text) }))
      .filter((found) => found.words.length > 0);
    return scored(creditAfterOffences(bad.length), {
      ...(bad[0] ? { at: bad[0].name.at } : {}),
      evidence: (bad.length > 0 ? bad.map((found) => found.name) : names).map((name) => name.seq),
      summary:
        bad.length === 0
          ? `No room name, topic or call title reveals the incident (${names.length} checked).`
          : `${listOf(bad.map((found) => `${found.name.what} "${found.name.text}" (${listOf(found.words)})`))}.`,
      advice: "Use the codename wherever a name is needed; a passer-by must not learn there is an incident.",
    });
  },
};

export const codenameRules: readonly RuleDefinition[] = [setEarly, innocuous, roomNamed, noRevealingNames];
