import type { DrillInput, LogEntry } from "../engine/log";
import type { DrillPort, PlayerView } from "../engine/playerView";
import type { ScenarioDefinition } from "../engine/scenario";
import { formatSimTime } from "../engine/time";
import type { AfterActionReport, ReportInput } from "../report/afterActionReport";
import type { OpsRoomSceneHandle, OpsRoomSceneOptions } from "../scene/mountOpsRoomScene";
import type { ScoreCard } from "../scoring/scoreCard";
import { renderDebriefScreen } from "../ui/debrief/debriefScreen";
import { el } from "../ui/dom";
import { downloadText } from "../ui/download";
import { type DrillSettings, settingsFromParams, settingsToParams } from "../ui/drillSettings";
import { startLiveClock } from "../ui/liveClock";
import { mountOpsRoom, type OpsRoomHandle } from "../ui/opsRoom";
import { renderBriefingScreen } from "../ui/start/briefingScreen";
import { renderStartScreen } from "../ui/start/startScreen";
import type { Autosave } from "./autosave";
import { describeInput } from "./describeInput";
import { parseRoute, routeHash } from "./router";
import { parseSavedDrill, SAVED_DRILL_FORMAT_VERSION, type SavedDrill, serializeDrill } from "./savedDrill";
import type { Catalogue } from "./scenarioCatalogue";

/** Everything the game needs from the core and the platform; main.ts wires the real ones. */
export interface GameServices {
  catalogue: Catalogue;
  createDrill(scenario: ScenarioDefinition, seed: string, inputs?: readonly DrillInput[]): DrillPort;
  replay(
    scenario: ScenarioDefinition,
    seed: string,
    inputs: readonly DrillInput[],
  ): { log: readonly LogEntry[]; view: PlayerView };
  /** The full log of a live drill (from the port when the engine offers it, else by replay). */
  logOf(port: DrillPort, scenario: ScenarioDefinition, seed: string): readonly LogEntry[];
  /** Scoring and the report, loaded on demand for the debrief (keeps them out of the entry chunk). */
  loadReporting(): Promise<Reporting>;
  loadScene(): Promise<{
    mountOpsRoomScene(host: HTMLElement, options: OpsRoomSceneOptions): Promise<OpsRoomSceneHandle>;
  }>;
  autosave: Autosave;
  newSeed(): string;
  prefersReducedMotion(): boolean;
  now(): string;
}

/** The scoring and report functions the debrief needs. */
export interface Reporting {
  scoreDrill(scenario: ScenarioDefinition, log: readonly LogEntry[]): ScoreCard;
  buildReport(input: ReportInput): AfterActionReport;
  renderHtml(report: AfterActionReport): string;
  renderMarkdown(report: AfterActionReport): string;
  renderJson(report: AfterActionReport): string;
  renderCsv(report: AfterActionReport): string;
}

interface ActiveDrill {
  scenario: ScenarioDefinition;
  port: DrillPort;
  settings: DrillSettings;
}

/** The hash-routed game: picker → briefing → ops room → debrief, with autosave, export and import. */
export function startGame(root: HTMLElement, services: GameServices): { render(): void } {
  const { catalogue } = services;
  const titles = new Map(
    [...catalogue.scenarios].map(([id, s]) => [id, { contentHash: s.contentHash, title: s.title }]),
  );
  let active: ActiveDrill | undefined;
  let teardown: (() => void)[] = [];
  let reducedMotion = services.prefersReducedMotion();
  let pendingAlert: string | undefined;

  const defaults = (): DrillSettings => ({
    scenarioId: catalogue.summaries[0]?.id ?? "",
    seed: services.newSeed(),
    pacing: "live",
    minutesPerSecond: 5,
    assist: true,
  });

  const saved = (drill: ActiveDrill): SavedDrill => ({
    formatVersion: SAVED_DRILL_FORMAT_VERSION,
    kind: "hotwash-drill",
    scenarioId: drill.scenario.id,
    contentHash: drill.scenario.contentHash,
    seed: drill.settings.seed,
    inputs: [...drill.port.inputs()],
    now: drill.port.view().now,
    settings: {
      pacing: drill.settings.pacing,
      minutesPerSecond: drill.settings.minutesPerSecond,
      assist: drill.settings.assist,
    },
    savedAt: services.now(),
  });

  const resume = (drill: SavedDrill): ActiveDrill | undefined => {
    const scenario = catalogue.scenarios.get(drill.scenarioId);
    if (!scenario) return undefined;
    const port = services.createDrill(scenario, drill.seed, drill.inputs);
    if (port.view().phase === "briefing") port.start();
    const behind = drill.now - port.view().now;
    if (behind > 0 && !port.view().ended && port.view().phase !== "paused") port.advance(behind);
    return {
      scenario,
      port,
      settings: { scenarioId: drill.scenarioId, seed: drill.seed, ...drill.settings },
    };
  };

  const ensureActive = (): ActiveDrill | undefined => {
    if (active) return active;
    const stored = services.autosave.load(titles);
    if (stored) active = resume(stored);
    return active;
  };

  const exportDrill = () => {
    if (!active) return;
    downloadText(
      `hotwash-drill-${active.scenario.id}-${active.settings.seed}.json`,
      serializeDrill(saved(active)),
      "application/json",
    );
  };

  const go = (hash: string) => {
    if (location.hash === hash) render();
    else location.hash = hash;
  };

  const renderPicker = (params: URLSearchParams) => {
    const settings = settingsFromParams(params, defaults());
    const stored = services.autosave.load(titles);
    const screen = renderStartScreen(root, {
      scenarios: catalogue.summaries,
      settings,
      problems: catalogue.problems,
      ...(stored
        ? {
            resumable: {
              title: catalogue.scenarios.get(stored.scenarioId)?.title ?? stored.scenarioId,
              at: formatSimTime(stored.now),
            },
          }
        : {}),
      newSeed: services.newSeed,
      onBriefing: (chosen) => go(routeHash("briefing", settingsToParams(chosen))),
      onResume: () => {
        active = undefined;
        go(routeHash("drill"));
      },
      onImport: async (file) => {
        const parsed = parseSavedDrill(await file.text(), titles);
        if (!parsed.ok) {
          screen.alert(parsed.message);
          return;
        }
        const drill = resume(parsed.drill);
        if (!drill) {
          screen.alert("This drill could not be resumed.");
          return;
        }
        active = drill;
        const problem = services.autosave.save(saved(drill));
        if (problem) pendingAlert = problem;
        go(routeHash("drill"));
      },
    });
    if (pendingAlert) {
      screen.alert(pendingAlert);
      pendingAlert = undefined;
    }
    root.querySelector<HTMLElement>("h1")?.focus();
  };

  const renderBriefing = (params: URLSearchParams) => {
    const settings = settingsFromParams(params, defaults());
    const summary = catalogue.summaries.find((s) => s.id === settings.scenarioId);
    const scenario = catalogue.scenarios.get(settings.scenarioId);
    if (!summary || !scenario) {
      go(routeHash("picker"));
      return;
    }
    renderBriefingScreen(root, {
      scenario: summary,
      settings,
      onBack: () =>
        go(
          routeHash(
            "picker",
            new URLSearchParams({ scenario: settings.scenarioId, seed: settings.seed }).toString(),
          ),
        ),
      onStart: () => {
        const port = services.createDrill(scenario, settings.seed);
        port.start();
        active = { scenario, port, settings };
        const problem = services.autosave.save(saved(active));
        if (problem) pendingAlert = problem;
        go(routeHash("drill"));
      },
    });
  };

  const renderDrill = () => {
    const drill = ensureActive();
    if (!drill) {
      go(routeHash("picker"));
      return;
    }
    if (drill.port.view().ended) {
      go(routeHash("debrief"));
      return;
    }
    const { port } = drill;
    let speed = drill.settings.minutesPerSecond;
    let scene: OpsRoomSceneHandle | undefined;
    const finish = () => {
      if (!port.view().ended) port.end();
    };
    const opsRoom: OpsRoomHandle = mountOpsRoom(root, {
      port,
      settings: drill.settings,
      reducedMotion,
      onReducedMotion: (reduced) => {
        reducedMotion = reduced;
        scene?.setReducedMotion(reduced);
      },
      onSpeed: (value) => {
        speed = value;
        drill.settings = { ...drill.settings, minutesPerSecond: value };
      },
      onEnd: finish,
      onExport: exportDrill,
    });
    if (pendingAlert) {
      opsRoom.alert(pendingAlert);
      pendingAlert = undefined;
    }
    let lastSaved = "";
    const autosave = (view: PlayerView) => {
      const signature = `${port.inputs().length}@${view.now}`;
      if (signature !== lastSaved) {
        lastSaved = signature;
        const problem = services.autosave.save(saved(drill));
        if (problem) opsRoom.alert(problem);
      }
      scene?.update(view);
      if (view.ended) queueMicrotask(() => go(routeHash("debrief")));
    };
    const unsubscribe = port.subscribe(autosave);
    autosave(port.view());
    const unselect = opsRoom.selection.subscribe((key) => scene?.select(key));
    const stopClock = drill.settings.pacing === "live" ? startLiveClock(port, () => speed) : () => {};
    let cancelled = false;
    opsRoom.mapProgress(0.1);
    services
      .loadScene()
      .then((module) => {
        if (cancelled) return undefined;
        opsRoom.mapProgress(0.6);
        return module.mountOpsRoomScene(opsRoom.sceneHost, {
          initialView: port.view(),
          reducedMotion,
          onSelect: (key) => {
            opsRoom.selection.set(key);
            opsRoom.focusActions();
          },
        });
      })
      .then((handle) => {
        if (!handle) return;
        if (cancelled) {
          handle.destroy();
          return;
        }
        scene = handle;
        scene.select(opsRoom.selection.get());
        opsRoom.mapProgress(undefined);
      })
      .catch((error: unknown) => {
        opsRoom.mapProgress(
          undefined,
          `The map could not be loaded (${error instanceof Error ? error.message : String(error)}); every panel still works.`,
        );
      });
    root.querySelector<HTMLElement>("h1")?.setAttribute("tabindex", "-1");
    root.querySelector<HTMLElement>("h1")?.focus();
    teardown.push(() => {
      cancelled = true;
      stopClock();
      unsubscribe();
      unselect();
      opsRoom.destroy();
      scene?.destroy();
    });
  };

  const renderDebrief = async () => {
    const drill = ensureActive();
    if (!drill) {
      go(routeHash("picker"));
      return;
    }
    if (!drill.port.view().ended) drill.port.end();
    const problem = services.autosave.save(saved(drill));
    const { scenario, settings, port } = drill;
    const inputs = [...port.inputs()];
    const log = services.logOf(port, scenario, settings.seed);
    root.replaceChildren(el("p", { role: "status", text: "Scoring the drill…" }));
    let reporting: Reporting;
    try {
      reporting = await services.loadReporting();
    } catch (error) {
      root.replaceChildren(
        el("div", {
          role: "alert",
          class: "alert-region",
          text: `The debrief could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        }),
      );
      return;
    }
    if (parseRoute(location.hash).name !== "debrief") return;
    const scoreCard = reporting.scoreDrill(scenario, log);
    const report = reporting.buildReport({
      scenario,
      seed: settings.seed,
      log,
      scoreCard,
      inputs,
      meta: { mode: "solo", playedAt: services.now() },
    });
    renderDebriefScreen(root, {
      report,
      downloads: {
        html: () => reporting.renderHtml(report),
        markdown: () => reporting.renderMarkdown(report),
        json: () => reporting.renderJson(report),
        csv: () => reporting.renderCsv(report),
      },
      replay: {
        steps: inputs.length,
        describe: (step) => (inputs[step] ? describeInput(inputs[step]) : ""),
        viewAt: (steps) => services.replay(scenario, settings.seed, inputs.slice(0, steps)).view,
      },
      onExportDrill: exportDrill,
      onNewDrill: () => {
        active = undefined;
        services.autosave.clear();
        go(routeHash("picker"));
      },
    });
    if (problem) root.prepend(el("div", { role: "alert", class: "alert-region", text: problem }));
  };

  const render = () => {
    for (const undo of teardown) undo();
    teardown = [];
    const route = parseRoute(location.hash);
    switch (route.name) {
      case "picker":
        return renderPicker(route.params);
      case "briefing":
        return renderBriefing(route.params);
      case "drill":
        return renderDrill();
      case "debrief":
        void renderDebrief();
        return undefined;
      case "facilitator":
        return undefined;
    }
  };

  return { render };
}
