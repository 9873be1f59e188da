import type { ScenarioDefinition } from "../engine/scenario";
import type { ConsoleDeps, ReportFiles, ReportRequest } from "../facilitator/console/consoleDeps";
import { mountTeamDisplay } from "../facilitator/display/teamDisplay";
import { isSessionId, sessionIdFrom } from "../facilitator/session/facilitatedSession";
import { isSessionKey, sessionKeyFrom, syncChannelName } from "../facilitator/sync/syncMessage";
import { broadcastTransport } from "../facilitator/sync/syncTransport";
import { el } from "../ui/dom";
import { rememberFacilitatorSecret, teamSessionClient } from "./teamSessionClient";

/**
 * Boots facilitator mode for `#/facilitator?key=<key>` (the console) or `#/display?session=<id>&key=<key>` (the
 * team display). The console makes the key when its address has none; it authenticates the sync channel. The
 * display loads no scenario, compiler, engine, scoring or report: everything it shows comes from the console
 * over the sync channel.
 */
export async function boot(root: HTMLElement): Promise<void> {
  const [path = "", query = ""] = location.hash.replace(/^#/, "").split("?", 2);
  const params = new URLSearchParams(query);
  if (path.startsWith("/join")) {
    const { bootJoin } = await import("./sessionRoutes");
    bootJoin(root, params.get("token"));
    return;
  }
  if (path.startsWith("/display")) {
    document.title = "Hotwash — team display";
    const session = params.get("session");
    const key = params.get("key");
    if (!isSessionId(session) || !isSessionKey(key)) {
      root.replaceChildren(
        el("h1", { text: "Team display" }),
        el("p", {
          text: "Open the team display from the facilitator console: this address names no session.",
        }),
      );
      return;
    }
    const channel = { session, key };
    const stop = mountTeamDisplay(root, channel, broadcastTransport(syncChannelName(channel)));
    window.addEventListener("pagehide", stop, { once: true });
    return;
  }
  document.title = "Hotwash — facilitator console";
  let key = params.get("key");
  const secret = params.get("secret") ?? undefined;
  if (secret !== undefined) {
    // why: the facilitator secret stays out of the address bar, bookmarks and history once read.
    rememberFacilitatorSecret(secret);
    params.delete("secret");
  }
  if (!isSessionKey(key) || secret !== undefined) {
    if (!isSessionKey(key)) key = sessionKeyFrom(crypto.getRandomValues(new Uint8Array(16)));
    params.set("key", key);
    // why: a reloaded console keeps its key, so the displays it opened stay connected.
    history.replaceState(null, "", `${location.pathname}${location.search}#${path}?${params.toString()}`);
  }
  root.replaceChildren(
    el("h1", { text: "Hotwash facilitator console" }),
    el("p", { text: "Loading the scenarios…" }),
  );
  // why: dynamic imports keep the compiler, engine, scoring and report out of the display window's chunk.
  const [core, { mountFacilitatorConsole }] = await Promise.all([
    loadCore(),
    import("../facilitator/console/facilitatorConsole"),
  ]);
  const teamSessions = teamSessionClient((token) => {
    // why: the console's address becomes the facilitator's join link, so a reload or a bookmark comes back to it.
    history.replaceState(null, "", `${location.pathname}${location.search}#/join?token=${token}`);
    void import("./sessionRoutes").then(({ bootJoin }) => bootJoin(root, token));
  }, secret);
  mountFacilitatorConsole(root, { ...consoleDeps(core, await loadScenarios(core), key), teamSessions });
}

export type Core = Awaited<ReturnType<typeof loadCore>>;

/** The engine, scoring, report and session-file modules the console needs, loaded apart from the entry chunk. */
export async function loadCore() {
  const [content, drill, replay, scoring, report, html, markdown, json, csv, sessionFiles] =
    await Promise.all([
      import("../content/compileScenario"),
      import("../engine/createDrill"),
      import("../engine/headless/replay"),
      import("../scoring/scoreDrill"),
      import("../report/buildReport"),
      import("../report/render/renderHtml"),
      import("../report/render/renderMarkdown"),
      import("../report/render/renderJson"),
      import("../report/render/renderCsv"),
      import("./sessionFileFormat"),
    ]);
  return {
    compileScenario: content.compileScenario,
    createDrill: drill.createDrill,
    replay: replay.replay,
    scoreDrill: scoring.scoreDrill,
    buildReport: report.buildReport,
    renderHtml: html.renderHtml,
    renderMarkdown: markdown.renderMarkdown,
    renderJson: json.renderJson,
    renderCsv: csv.renderCsv,
    sessionFiles: sessionFiles.SESSION_FILE_FORMAT,
  };
}

/** Every scenario that compiles cleanly, by title (play scripts skipped; a broken file is left out). */
async function loadScenarios(core: Core): Promise<ScenarioDefinition[]> {
  const files = import.meta.glob<string>(["/scenarios/*.yaml", "!/scenarios/*.play.yaml"], {
    query: "?raw",
    import: "default",
  });
  const scenarios: ScenarioDefinition[] = [];
  for (const [path, load] of Object.entries(files)) {
    const result = core.compileScenario(await load(), path.split("/").pop() ?? path);
    if (result.ok) scenarios.push(result.value);
  }
  return scenarios.sort((a, b) => a.title.localeCompare(b.title));
}

function consoleDeps(core: Core, scenarios: ScenarioDefinition[], sessionKey: string): ConsoleDeps {
  return {
    scenarios,
    services: { createDrill: core.createDrill },
    score: core.scoreDrill,
    report: (request) => reportFiles(core, request),
    storage: safeLocalStorage(),
    sessionFiles: core.sessionFiles,
    transport: (session) => broadcastTransport(syncChannelName({ session, key: sessionKey })),
    sessionKey,
    openDisplay(session) {
      const address = new URLSearchParams({ session, key: sessionKey });
      const url = `${location.pathname}${location.search}#/display?${address.toString()}`;
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

/** The after-action report of a console session in every download format. */
export function reportFiles(core: Core, request: ReportRequest): ReportFiles {
  const { runner } = request;
  const report = core.buildReport({
    scenario: runner.scenario,
    seed: runner.seed,
    log: request.log,
    scoreCard: request.scoreCard,
    inputs: runner.inputs(),
    meta: {
      mode: "facilitated",
      participants: request.participants,
      ...(request.playedAt !== undefined ? { playedAt: request.playedAt } : {}),
      planEdits: runner.planEdits(),
    },
  });
  return {
    html: core.renderHtml(report),
    markdown: core.renderMarkdown(report),
    json: core.renderJson(report),
    csv: core.renderCsv(report),
    plan: report.improvementPlan,
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}
