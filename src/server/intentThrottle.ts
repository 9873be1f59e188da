import { roleTitle } from "../facilitator/roster";
import { rateLimit } from "../facilitator/sync/rateLimit";
import type { TokenGrant } from "./sessionStore";

const MESSAGES_PER_SECOND = 5;
const MESSAGE_BURST = 20;
const FACILITATOR_MESSAGES_PER_SECOND = 50;
const FACILITATOR_BURST = 200;
/** Refusals in a row after which a device is cut off: a client that keeps sending past its limit is not a person. */
const REFUSALS_BEFORE_DISCONNECT = 50;

/**
 * One device's allowance of intents (a person's pace; the facilitator's console more): answers whether the next
 * message may pass, and calls `cutOff` once the device has kept sending past its limit.
 */
export function intentThrottle(audience: TokenGrant["audience"], cutOff: () => void): () => boolean {
  const allow =
    audience === "facilitator"
      ? rateLimit(FACILITATOR_MESSAGES_PER_SECOND, FACILITATOR_BURST)
      : rateLimit(MESSAGES_PER_SECOND, MESSAGE_BURST);
  let refusedInARow = 0;
  return () => {
    if (allow()) {
      refusedInARow = 0;
      return true;
    }
    if (++refusedInARow > REFUSALS_BEFORE_DISCONNECT) cutOff();
    return false;
  };
}

/** The first message a device gets once its link is accepted: who it is in which session of which scenario. */
export function welcomeMessage(grant: TokenGrant, scenarioTitle: string): Record<string, unknown> {
  return {
    audience: grant.audience,
    session: grant.session,
    scenarioTitle,
    ...(grant.audience === "player" ? { role: grant.role, roleTitle: roleTitle(grant.role) } : {}),
  };
}
