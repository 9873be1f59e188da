/** The key of a drill's lease: which tab may change it, and until when. */
export function leaseKey(slot: string): string {
  return `hotwash.lease.v1.${slot}`;
}

const TTL_MS = 6000;
const RENEW_MS = 2000;

export interface TabLease {
  /** Holds the drill in this tab unless another live tab holds it (or `force`); true when this tab holds it. */
  claim(force?: boolean): boolean;
  holds(): boolean;
  /** Calls `listener` when another tab takes the drill over. */
  onLost(listener: () => void): () => void;
  /**
   * Lets go (the page is leaving or the room closed) so another tab, or this one after a reload, may hold it; with
   * `keep`, the lease stays written for this tab, which is about to hold it again (a take-over re-mounts the room).
   */
  release(keep?: boolean): void;
}

export interface LeaseEnvironment {
  storage(): Storage;
  /** This page's id, new on every load. */
  tab: string;
  /** The id this tab had before a reload (sessionStorage), whose lease it may take over as its own. */
  previousTab?: string;
  nowMs(): number;
  every(ms: number, run: () => void): () => void;
  /** Subscribes to other tabs' writes of a storage key (the `storage` event). */
  onStorage(listener: (key: string | null) => void): () => void;
}

/**
 * A lease in Web Storage that lets one tab at a time change a drill: the holder renews it every few seconds; a tab
 * that finds a live lease of another tab stays read-only; a forced claim takes it over and the old holder is told.
 */
export function createTabLease(slot: string, env: LeaseEnvironment): TabLease {
  const key = leaseKey(slot);
  const listeners = new Set<() => void>();
  let held = false;
  let stopRenewing: (() => void) | undefined;
  const current = (): { tab: string; until: number } | undefined => {
    try {
      const data = JSON.parse(env.storage().getItem(key) ?? "null") as {
        tab?: unknown;
        until?: unknown;
      } | null;
      return data && typeof data.tab === "string" && typeof data.until === "number"
        ? { tab: data.tab, until: data.until }
        : undefined;
    } catch {
      return undefined;
    }
  };
  const write = () => {
    try {
      env.storage().setItem(key, JSON.stringify({ tab: env.tab, until: env.nowMs() + TTL_MS }));
    } catch {
      // why: a storage that refuses writes cannot be shared with another tab either; this tab keeps working.
    }
  };
  const lose = () => {
    if (!held) return;
    held = false;
    stopRenewing?.();
    stopRenewing = undefined;
    for (const listener of listeners) listener();
  };
  const stopListening = env.onStorage((changed) => {
    if (changed !== key || !held) return;
    const lease = current();
    if (lease && lease.tab !== env.tab) lose();
  });
  return {
    claim(force = false) {
      const lease = current();
      const mine = !lease || lease.tab === env.tab || lease.tab === env.previousTab;
      if (!force && !mine && lease && lease.until > env.nowMs()) return held;
      write();
      if (!held) {
        held = true;
        stopRenewing = env.every(RENEW_MS, () => {
          const now = current();
          if (now && now.tab !== env.tab) lose();
          else write();
        });
      }
      return true;
    },
    holds: () => held,
    onLost(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    release(keep = false) {
      stopListening();
      stopRenewing?.();
      stopRenewing = undefined;
      if (held && !keep && current()?.tab === env.tab) {
        try {
          env.storage().removeItem(key);
        } catch {
          // why: the lease then simply runs out.
        }
      }
      held = false;
      listeners.clear();
    },
  };
}
