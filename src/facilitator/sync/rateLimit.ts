/**
 * A token bucket: `allow()` says whether one more event may pass, `perSecond` on average with bursts of `burst`.
 * `now` is the shell's clock in milliseconds (tests pass their own).
 */
export function rateLimit(
  perSecond: number,
  burst: number,
  now: () => number = () => performance.now(),
): () => boolean {
  let tokens = burst;
  let last = now();
  return () => {
    const at = now();
    tokens = Math.min(burst, tokens + ((at - last) / 1000) * perSecond);
    last = at;
    if (tokens < 1) return false;
    tokens -= 1;
    return true;
  };
}
