import { compileScenario } from "../content/compileScenario";
import { createDrill } from "../engine/createDrill";
import { replay } from "../engine/headless/replay";
import type { ScenarioDefinition } from "../engine/scenario";
import type { ConsoleDeps, ReportFiles, ReportRequest } from "../facilitator/console/consoleDeps";
import { mountFacilitatorConsole } from "../facilitator/console/facilitatorConsole";
import { mountTeamDisplay } from "../facilitator/display/teamDisplay";
import { isSessionId, sessionIdFrom } from "../facilitator/session/facilitatedSession";
import { broadcastTransport } from "../facilitator/sync/syncTransport";
import { buildReport } from "../report/buildReport";
import { renderCsv } from "../report/render/renderCsv";
import { renderHtml } from "../report/render/renderHtml";
import { renderJson } from "../report/render/renderJson";
import { renderMarkdown } from "../report/render/renderMarkdown";
import { scoreDrill } from "../scoring/scoreDrill";
import { el } from "../ui/dom";

/**
 * Boots facilitator mode for `#/facilitator` (the console) or `#/display?session=<id>` (the team display). The
 * display never compiles a scenario: everything it shows comes from the console over the sync channel.
 */
export async function boot(root: HTMLElement): Promise<void> {
  const [path = "", query = ""] = location.hash.replace(/^#/, "").split("?", 2);
  document.title = path.startsWith("/display") ? "Hotwash — team display" : "Hotwash — facilitator console";
  if (path.startsWith("/display")) {
    const session = new URLSearchParams(query).get("session");
    if (!isSessionId(session)) {
      root.replaceChildren(
        el("h1", { text: "Team display" }),
        el("p", {
          text: "Open the team display from the facilitator console: this address names no session.",
        }),
      );
      return;
    }
    const stop = mountTeamDisplay(root, session, broadcastTransport());
    window.addEventListener("pagehide", stop, { once: true });
    return;
  }
  root.replaceChildren(
    el("h1", { text: "Hotwash facilitator console" }),
    el("p", { text: "Loading the scenarios…" }),
  );
  mountFacilitatorConsole(root, consoleDeps(await loadScenarios()));
}

/** Every scenario that compiles cleanly, by title (play scripts skipped; a broken file is left out). */
async function loadScenarios(): Promise<ScenarioDefinition[]> {
  // why: a lazy glob keeps scenario sources out of the display window, which must never hold a definition.
  const files = import.meta.glob<string>("/scenarios/*.yaml", { query: "?raw", import: "default" });
  const scenarios: ScenarioDefinition[] = [];
  for (const [path, load] of Object.entries(files)) {
    if (path.endsWith(".play.yaml")) continue;
    const result = compileScenario(await load(), path.split("/").pop() ?? path);
    if (result.ok) scenarios.push(result.value);
  }
  return scenarios.sort((a, b) => a.title.localeCompare(b.title));
}

function consoleDeps(scenarios: ScenarioDefinition[]): ConsoleDeps {
  return {
    scenarios,
    services: { createDrill, logOf: (drill, scenario, seed) => replay(scenario, seed, drill.inputs()).log },
    score: scoreDrill,
    report: reportFiles,
    storage: safeLocalStorage(),
    transport: () => broadcastTransport(),
    openDisplay(session) {
      const url = `${location.pathname}${location.search}#/display?session=${encodeURIComponent(session)}`;
      window.open(url, `hotwash-display-${session}`);
    },
    randomSeed() {
      const bytes = new Uint32Array(1);
      crypto.getRandomValues(bytes);
      return String((bytes[0] ?? 0) % 1_000_000);
    },
    newSessionId: () => sessionIdFrom(crypto.getRandomValues(new Uint8Array(6))),
    today: () => new Date().toISOString().slice(0, 10),
  };
}

function reportFiles(request: ReportRequest): ReportFiles {
  const { runner } = request;
  const report = buildReport({
    scenario: runner.scenario,
    seed: runner.seed,
    log: request.log,
    scoreCard: request.scoreCard,
    inputs: runner.inputs(),
    meta: {
      mode: "facilitated",
      participants: request.participants,
      ...(request.playedAt !== undefined ? { playedAt: request.playedAt } : {}),
    },
  });
  return {
    html: renderHtml(report),
    markdown: renderMarkdown(report),
    json: renderJson(report),
    csv: renderCsv(report),
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
