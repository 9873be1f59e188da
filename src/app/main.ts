import SCENARIO_HEADERS from "virtual:hotwash-scenario-headers";
import "../ui/styles.css";
import { createCompiledCache } from "./compiledCache";
import { startGame } from "./game";
import { createSaveSlots } from "./saveSlots";
import { memoryKey, storedOpsRoomMemory } from "./storedOpsRoomMemory";
import { createTabLease, leaseKey } from "./tabLease";

// why: lazy globs keep the scenario sources and the facilitator out of the entry chunk; the picker reads the headers
// the build extracted, so it shows without loading a scenario file.
const files = import.meta.glob<string>(["/scenarios/*.yaml", "!/scenarios/*.play.yaml"], {
  query: "?raw",
  import: "default",
});
const facilitatorModules = import.meta.glob<{ boot(root: HTMLElement): void | Promise<void> }>(
  "./facilitatorRoutes.ts",
);

function isFacilitatorRoute(): boolean {
  return (
    location.hash.startsWith("#/facilitator") ||
    location.hash.startsWith("#/display") ||
    location.hash.startsWith("#/join")
  );
}

function randomId(): string {
  const bytes = new Uint32Array(2);
  crypto.getRandomValues(bytes);
  return [...bytes].map((value) => value.toString(36)).join("");
}

/** This page's tab id, and the one this tab had before a reload (sessionStorage outlives a reload, not a tab). */
function tabIds(): { tab: string; previousTab?: string } {
  const tab = randomId();
  try {
    const previousTab = sessionStorage.getItem("hotwash.tab") ?? undefined;
    sessionStorage.setItem("hotwash.tab", tab);
    return previousTab ? { tab, previousTab } : { tab };
  } catch {
    return { tab };
  }
}

const SHORTCUTS_KEY = "hotwash.shortcuts.v1";

function randomSeed(): string {
  const bytes = new Uint32Array(1);
  crypto.getRandomValues(bytes);
  return String((bytes[0] ?? 0) % 1_000_000);
}

const root = document.getElementById("app");
const tabs = tabIds();
if (root) {
  const game = startGame(root, {
    files,
    headers: SCENARIO_HEADERS,
    loadRuntime: () => import("./runtime"),
    loadCompiler: () => import("./compiler"),
    loadReporting: () => import("./reporting"),
    loadScene: () => import("../scene/mountOpsRoomScene"),
    slots: createSaveSlots(
      () => localStorage,
      { now: () => new Date().toISOString(), newId: randomId },
      (slot) => [memoryKey(slot), leaseKey(slot)],
    ),
    newSlotId: randomId,
    memoryFor: (slot, writable) => storedOpsRoomMemory(() => localStorage, slot, writable),
    leaseFor: (slot) =>
      createTabLease(slot, {
        storage: () => localStorage,
        ...tabs,
        nowMs: () => Date.now(),
        every: (ms, run) => {
          const timer = setInterval(run, ms);
          return () => clearInterval(timer);
        },
        onStorage: (listener) => {
          const handler = (event: StorageEvent) => listener(event.key);
          window.addEventListener("storage", handler);
          return () => window.removeEventListener("storage", handler);
        },
      }),
    shortcuts: {
      enabled: () => {
        try {
          return localStorage.getItem(SHORTCUTS_KEY) !== "off";
        } catch {
          return true;
        }
      },
      set: (enabled) => {
        try {
          localStorage.setItem(SHORTCUTS_KEY, enabled ? "on" : "off");
        } catch {
          // why: the choice then lasts for this page only.
        }
      },
    },
    compiledCache: createCompiledCache(() => localStorage),
    newSeed: randomSeed,
    prefersReducedMotion: () => matchMedia("(prefers-reduced-motion: reduce)").matches,
    now: () => new Date().toISOString(),
  });
  let facilitatorBooted = false;
  const route = () => {
    if (isFacilitatorRoute()) {
      if (facilitatorBooted) return;
      facilitatorBooted = true;
      const load = facilitatorModules["./facilitatorRoutes.ts"];
      if (load) void load().then((module) => module.boot(root));
      return;
    }
    if (facilitatorBooted) {
      location.reload();
      return;
    }
    game.render();
  };
  window.addEventListener("hashchange", route);
  route();
}
