import { type DetailNames, excessDetailIn } from "./excessDetail";
import { revealingMatches } from "./revealingWords";
import { containsPhrase, tokenise } from "./tokenise";

/** The one allowed SMS is short: longer texts are assumed to carry details. */
export const SECURE_CHANNEL_SMS_MAX_WORDS = 20;

/** Why an SMS is or is not the allowed "move to a secure channel" request. */
export interface SmsVerdict {
  allowed: boolean;
  reason: string;
}

/**
 * Judges an SMS: allowed only when it asks to move to a secure channel (a profile phrase, e.g. "join the call")
 * and carries no details — no revealing word, no excess detail, at most SECURE_CHANNEL_SMS_MAX_WORDS words.
 */
export function judgeSms(
  text: string,
  profile: { secureChannelPhrases: readonly string[]; revealingWords: readonly string[] },
  names: DetailNames,
): SmsVerdict {
  const phrase = profile.secureChannelPhrases.find((candidate) => containsPhrase(text, candidate));
  if (!phrase) return { allowed: false, reason: "it does not ask the recipient to move to a secure channel" };
  const revealing = revealingMatches(text, profile.revealingWords);
  if (revealing.length > 0) return { allowed: false, reason: `it says "${revealing[0]!.found}"` };
  const detail = excessDetailIn(text, names);
  if (detail.length > 0) return { allowed: false, reason: `it carries ${detail[0]}` };
  if (tokenise(text).length > SECURE_CHANNEL_SMS_MAX_WORDS)
    return { allowed: false, reason: `it runs past ${SECURE_CHANNEL_SMS_MAX_WORDS} words` };
  return { allowed: true, reason: `it only asks to "${phrase}"` };
}
