import type { SimMinutes } from "../../engine/time";
import { revealingMatches } from "./revealingWords";

/** An external party that may have caused the compromise, with the names it goes by. */
export interface ThirdParty {
  id: string;
  names: string[];
  /** When it disclosed publicly; undefined: it has not. */
  disclosesAt?: SimMinutes;
}

/**
 * The parties the text names before they disclosed publicly, judged at sim minute `at`
 * (naming a party at or after its own disclosure is allowed).
 */
export function namedBeforeDisclosure(
  text: string,
  parties: readonly ThirdParty[],
  at: SimMinutes,
): ThirdParty[] {
  return parties.filter((party) => {
    if (party.disclosesAt !== undefined && at >= party.disclosesAt) return false;
    return revealingMatches(text, [], party.names).length > 0;
  });
}
