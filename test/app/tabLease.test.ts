import { describe, expect, it } from "vitest";
import { createTabLease, type LeaseEnvironment } from "../../src/app/tabLease";
import { memoryStorage } from "./support/memoryStorage";

/** Two or more tabs sharing one storage, a clock and `storage` events, as a browser gives them. */
function browser() {
  const storage = memoryStorage();
  let now = 0;
  const timers: { tab: string; every: number; next: number; run(): void }[] = [];
  const tabs: { tab: string; listeners: Set<(key: string | null) => void> }[] = [];
  const shared = {
    setItem: storage.setItem.bind(storage),
    removeItem: storage.removeItem.bind(storage),
  };
  const notify = (from: string, key: string) => {
    for (const other of tabs) if (other.tab !== from) for (const listener of other.listeners) listener(key);
  };
  const tab = (id: string, previousTab?: string) => {
    const listeners = new Set<(key: string | null) => void>();
    tabs.push({ tab: id, listeners });
    const own: Storage = Object.create(storage);
    own.setItem = (key, value) => {
      shared.setItem(key, value);
      notify(id, key);
    };
    own.removeItem = (key) => {
      shared.removeItem(key);
      notify(id, key);
    };
    const env: LeaseEnvironment = {
      storage: () => own,
      tab: id,
      ...(previousTab ? { previousTab } : {}),
      nowMs: () => now,
      every(ms, run) {
        const timer = { tab: id, every: ms, next: now + ms, run };
        timers.push(timer);
        return () => timers.splice(timers.indexOf(timer), 1);
      },
      onStorage(listener) {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    };
    return createTabLease("slot-1", env);
  };
  const wait = (ms: number) => {
    const end = now + ms;
    while (now < end) {
      now += 100;
      for (const timer of [...timers])
        if (timer.next <= now) {
          timer.next += timer.every;
          timer.run();
        }
    }
  };
  /** A tab that dies without a word: its timers and listeners stop. */
  const crash = (id: string) => {
    for (const timer of timers.filter((candidate) => candidate.tab === id))
      timers.splice(timers.indexOf(timer), 1);
    for (const other of tabs) if (other.tab === id) other.listeners.clear();
  };
  return { tab, wait, crash };
}

describe("one drill, two tabs: a lease in Web Storage", () => {
  it("the first tab holds the drill; a second tab on the same drill is refused while the first is alive", () => {
    const { tab, wait } = browser();
    const first = tab("a");
    expect(first.claim()).toBe(true);
    wait(30_000);
    const second = tab("b");
    expect(second.claim()).toBe(false);
    expect(second.holds()).toBe(false);
    expect(first.holds()).toBe(true);
  });

  it("a forced take-over moves the drill to the new tab and tells the old one", () => {
    const { tab } = browser();
    const first = tab("a");
    first.claim();
    let lost = 0;
    first.onLost(() => {
      lost += 1;
    });
    const second = tab("b");
    expect(second.claim(true)).toBe(true);
    expect(lost).toBe(1);
    expect(first.holds()).toBe(false);
    expect(first.claim()).toBe(false);
  });

  it("a tab that takes over and mounts its room again keeps the lease written throughout", () => {
    const { tab, wait } = browser();
    const first = tab("a");
    first.claim();
    const second = tab("b");
    second.claim(true);
    second.release(true);
    wait(3000);
    expect(first.holds()).toBe(false);
    expect(tab("b").claim()).toBe(true);
    expect(first.claim()).toBe(false);
  });

  it("a lease released on leaving is free at once, a reload keeps its own, and a crashed tab's lease runs out", () => {
    const { tab, wait, crash } = browser();
    const leaving = tab("a");
    leaving.claim();
    leaving.release();
    expect(tab("b").claim()).toBe(true);
    crash("b");
    const reloaded = tab("c", "b");
    expect(reloaded.claim()).toBe(true);
    crash("c");
    const other = tab("d");
    expect(other.claim()).toBe(false);
    wait(10_000);
    expect(other.claim()).toBe(true);
  });
});
