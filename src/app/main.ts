import "../ui/styles.css";
import { compileScenario } from "../content/compileScenario";
import { createDrill } from "../engine/createDrill";
import { replay } from "../engine/headless/replay";
import { createAutosave } from "./autosave";
import { startGame } from "./game";
import { buildCatalogue } from "./scenarioCatalogue";

const files = import.meta.glob("/scenarios/*.yaml", {
  query: "?raw",
  import: "default",
  eager: true,
}) as Record<string, string>;

// why: a glob keeps the facilitator a lazy chunk and lets the game run in a tree where that module is absent.
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
    catalogue: buildCatalogue(files, compileScenario),
    createDrill,
    replay,
    logOf: (port, scenario, seed) => replay(scenario, seed, port.inputs()).log,
    loadReporting: () => import("./reporting"),
    loadScene: () => import("../scene/mountOpsRoomScene"),
    autosave: createAutosave(() => localStorage),
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
