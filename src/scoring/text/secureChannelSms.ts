import { type DetailNames, excessDetailIn } from "./excessDetail";
import { revealingMatches } from "./revealingWords";
import { stems, tokenise } from "./tokenise";

/** The one allowed SMS is short: longer texts are assumed to carry details. */
export const SECURE_CHANNEL_SMS_MAX_WORDS = 20;

/** Words that ask someone to move to a call or a chat, and the courtesy around it: nothing about an incident. */
const MOVE_WORDS = new Set(
  stems(`please pls plz can could would you u we i me us my our your the a an to on in into at onto over
    join hop jump get come dial ring call phone rang calling ringing buzz give bell
    slack teams zoom meet signal chat room channel bridge line voice number usual dial-in dialin link huddle
    asap now right away soon quick quickly when free able available moment minute minutes min mins sec
    urgent urgently important need needed needs want wants please thanks thank thx ty cheers
    hi hey hello morning evening afternoon sorry ok okay sure yes yep
    move moving switch go head secure channel there here brief briefing you'll i'll we'll it's
    no not by text sms details detail re ll s m d ve`),
);

/** Why an SMS is or is not the allowed "move to a secure channel" request. */
export interface SmsVerdict {
  allowed: boolean;
  reason: string;
}

/**
 * Judges an SMS by what it says, not by a phrase list: allowed only when every word asks the recipient to move to a
 * call or chat (the move vocabulary, the people's and the codename's names, a profile phrase) and it asks for a
 * move at all; any other word is incident content. Revealing words, excess detail and more than
 * SECURE_CHANNEL_SMS_MAX_WORDS words fail it too.
 */
export function judgeSms(
  text: string,
  profile: { secureChannelPhrases: readonly string[]; revealingWords: readonly string[] },
  names: DetailNames,
  allowedNames: readonly string[] = [],
): SmsVerdict {
  const revealing = revealingMatches(text, profile.revealingWords);
  if (revealing.length > 0) return { allowed: false, reason: `it says "${revealing[0]!.found}"` };
  const detail = excessDetailIn(text, names);
  if (detail.length > 0) return { allowed: false, reason: `it carries ${detail[0]}` };
  if (tokenise(text).length > SECURE_CHANNEL_SMS_MAX_WORDS)
    return { allowed: false, reason: `it runs past ${SECURE_CHANNEL_SMS_MAX_WORDS} words` };
  const allowed = new Set([
    ...MOVE_WORDS,
    ...profile.secureChannelPhrases.flatMap((phrase) => stems(phrase)),
    ...allowedNames.flatMap((name) => stems(name)),
  ]);
  const words = stems(text);
  const content = words.filter((word) => !allowed.has(word) && !/^\d+$/.test(word));
  if (content.length > 0)
    return { allowed: false, reason: `it says more than "move to a secure channel" ("${content[0]}")` };
  const asks = words.some((word) => ASKING.has(word));
  if (!asks) return { allowed: false, reason: "it does not ask the recipient to move to a secure channel" };
  return { allowed: true, reason: "it only asks to move to a secure channel" };
}

/** The words that make a text a request to move: without one, it is not the allowed SMS. */
const ASKING = new Set(
  stems("join hop jump dial ring call phone come slack teams zoom meet signal bridge huddle move switch"),
);
