import { isFacilitatorSecret, newFacilitatorSecret } from "./creationGuard";

/**
 * The facilitator secret of a server reachable beyond this machine: `HOTWASH_SECRET` when it is set and shaped
 * like one (16–100 letters, digits, - or _), else a new random one (a warning says why an unusable one was ignored).
 */
export function facilitatorSecret(env: NodeJS.ProcessEnv, warn: (line: string) => void): string {
  const given = env.HOTWASH_SECRET;
  if (given !== undefined && given !== "") {
    if (isFacilitatorSecret(given)) return given;
    warn(
      "HOTWASH_SECRET is not 16-100 letters, digits, - or _; using a new random facilitator secret instead",
    );
  }
  return newFacilitatorSecret();
}
