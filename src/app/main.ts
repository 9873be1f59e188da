import "../ui/styles.css";
import { createAutosave } from "./autosave";
import { createCompiledCache } from "./compiledCache";
import { startGame } from "./game";

// why: lazy globs keep the scenario sources and the facilitator out of the entry chunk; the picker reads headers only.
const files = import.meta.glob<string>(["/scenarios/*.yaml", "!/scenarios/*.play.yaml"], {
  query: "?raw",
  import: "default",
});
const facilitatorModules = import.meta.glob<{ boot(root: HTMLElement): void | Promise<void> }>(
  "./facilitatorRoutes.ts",
);

function isFacilitatorRoute(): boolean {
  return location.hash.startsWith("#/facilitator") || location.hash.startsWith("#/display");
}

function randomSeed(): string {
  const bytes = new Uint32Array(1);
  crypto.getRandomValues(bytes);
  return String((bytes[0] ?? 0) % 1_000_000);
}

const root = document.getElementById("app");
if (root) {
  const game = startGame(root, {
    files,
    loadRuntime: () => import("./runtime"),
    loadReporting: () => import("./reporting"),
    loadScene: () => import("../scene/mountOpsRoomScene"),
    autosave: createAutosave(() => localStorage),
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
