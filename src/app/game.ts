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
import { mountOpsRoom } from "../ui/opsRoom";
import { renderBriefingScreen } from "../ui/start/briefingScreen";
import { renderStartScreen } from "../ui/start/startScreen";
import type { Autosave } from "./autosave";
import type { CompiledCache } from "./compiledCache";
import { describeInput } from "./describeInput";
import { parseRoute, routeHash } from "./router";
import { parseSavedDrill, SAVED_DRILL_FORMAT_VERSION, type SavedDrill, serializeDrill } from "./savedDrill";
import {
  type Catalogue,
  type CompileScenario,
  compileProblem,
  loadCatalogue,
  summaryOf,
} from "./scenarioCatalogue";

/** The engine and the content compiler, loaded on demand (keeps YAML and XState out of the entry chunk). */

// why: a newcomer reads the briefing and the first injects before the clock moves; live pacing is one click away.
const DEFAULT_PACING = "turn" as const;
export interface Runtime {
  compileScenario: CompileScenario;
  contentHashOf(source: string): string;
  createDrill(scenario: ScenarioDefinition, seed: string, inputs?: readonly DrillInput[]): DrillPort;
  replay(
    scenario: ScenarioDefinition,
    seed: string,
    inputs: readonly DrillInput[],
  ): { log: readonly LogEntry[]; view: PlayerView };
}

/** The scoring and report functions the debrief needs, loaded on demand. */
export interface Reporting {
  scoreDrill(scenario: ScenarioDefinition, log: readonly LogEntry[]): ScoreCard;
  buildReport(input: ReportInput): AfterActionReport;
  renderHtml(report: AfterActionReport): string;
  renderMarkdown(report: AfterActionReport): string;
  renderJson(report: AfterActionReport): string;
  renderCsv(report: AfterActionReport): string;
}

/** Everything the game needs from the core and the platform; main.ts wires the real ones. */
export interface GameServices {
  /** Scenario files by path, loaded lazily (`import.meta.glob` without `eager`). */
  files: Record<string, () => Promise<string>>;
  loadRuntime(): Promise<Runtime>;
  loadReporting(): Promise<Reporting>;
  loadScene(): Promise<{
    mountOpsRoomScene(host: HTMLElement, options: OpsRoomSceneOptions): Promise<OpsRoomSceneHandle>;
  }>;
  autosave: Autosave;
  compiledCache: CompiledCache;
  newSeed(): string;
  prefersReducedMotion(): boolean;
  now(): string;
}

interface ActiveDrill {
  scenario: ScenarioDefinition;
  port: DrillPort;
  settings: DrillSettings;
  runtime: Runtime;
}

/** The hash-routed game: picker → briefing → ops room → debrief, with autosave, export and import. */
export function startGame(root: HTMLElement, services: GameServices): { render(): void } {
  let catalogue: Promise<Catalogue> | undefined;
  const compiled = new Map<string, Promise<ScenarioDefinition>>();
  let active: ActiveDrill | undefined;
  let teardown: (() => void)[] = [];
  let reducedMotion = services.prefersReducedMotion();
  let pendingAlert: string | undefined;
  let generation = 0;

  const loadCatalogueOnce = () => {
    catalogue ??= loadCatalogue(services.files);
    return catalogue;
  };

  /** Compiles a scenario once; rejects with a sentence when it is unknown or does not compile. */
  const scenarioById = (id: string): Promise<ScenarioDefinition> => {
    let pending = compiled.get(id);
    if (!pending) {
      pending = (async () => {
        // why: resuming a drill needs only its own file; scanning every scenario's header would delay the first frame.
        const direct = Object.entries(services.files).find(([path]) => path.endsWith(`/${id}.yaml`));
        const [source, runtime] = await Promise.all([
          direct
            ? { file: `${id}.yaml`, load: direct[1] }
            : loadCatalogueOnce().then((entries) => entries.sources.get(id)),
          services.loadRuntime(),
        ]);
        if (!source) throw new Error(`This Hotwash has no scenario “${id}”.`);
        const text = await source.load();
        const cached = services.compiledCache.get(id, runtime.contentHashOf(text));
        if (cached) return cached;
        const result = runtime.compileScenario(text, source.file);
        if (!result.ok)
          throw new Error(`The scenario does not compile: ${compileProblem(source.file, result)}`);
        if (result.value.id !== id) throw new Error(`This Hotwash has no scenario “${id}”.`);
        services.compiledCache.set(result.value);
        return result.value;
      })();
      compiled.set(id, pending);
      pending.catch(() => compiled.delete(id));
    }
    return pending;
  };

  const titlesFor = async (text: string): Promise<Map<string, { contentHash: string; title: string }>> => {
    let id: unknown;
    try {
      id = (JSON.parse(text) as { scenarioId?: unknown }).scenarioId;
    } catch {
      return new Map();
    }
    if (typeof id !== "string") return new Map();
    try {
      const scenario = await scenarioById(id);
      return new Map([[id, { contentHash: scenario.contentHash, title: scenario.title }]]);
    } catch {
      return new Map();
    }
  };

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

  const resume = async (drill: SavedDrill): Promise<ActiveDrill> => {
    const [scenario, runtime] = await Promise.all([scenarioById(drill.scenarioId), services.loadRuntime()]);
    const port = runtime.createDrill(scenario, drill.seed, drill.inputs);
    if (port.view().phase === "briefing") port.start();
    const behind = drill.now - port.view().now;
    if (behind > 0 && !port.view().ended && port.view().phase !== "paused") port.advance(behind);
    return {
      scenario,
      port,
      runtime,
      settings: { scenarioId: drill.scenarioId, seed: drill.seed, ...drill.settings },
    };
  };

  const storedDrill = async (): Promise<SavedDrill | undefined> => {
    const text = services.autosave.loadText();
    if (!text) return undefined;
    const parsed = parseSavedDrill(text, await titlesFor(text));
    return parsed.ok ? parsed.drill : undefined;
  };

  const ensureActive = async (): Promise<ActiveDrill | undefined> => {
    if (active) return active;
    const stored = await storedDrill();
    if (stored) active = await resume(stored);
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

  const status = (text: string) => root.replaceChildren(el("p", { role: "status", class: "loading", text }));
  const failure = (error: unknown) =>
    root.replaceChildren(
      el(
        "div",
        { class: "failure" },
        el("div", {
          role: "alert",
          class: "alert-region",
          text: error instanceof Error ? error.message : String(error),
        }),
        el("p", {}, el("a", { href: "#/", text: "Back to the scenarios" })),
      ),
    );

  const renderPicker = async (params: URLSearchParams, current: () => boolean) => {
    status("Loading scenarios…");
    const entries = await loadCatalogueOnce();
    if (!current()) return;
    const settings = settingsFromParams(params, {
      scenarioId: entries.summaries[0]?.id ?? "",
      seed: services.newSeed(),
      pacing: DEFAULT_PACING,
      minutesPerSecond: 5,
      assist: true,
    });
    const stored = peekStored();
    const screen = renderStartScreen(root, {
      scenarios: entries.summaries,
      settings,
      problems: entries.problems,
      ...(stored
        ? {
            resumable: {
              title: entries.summaries.find((s) => s.id === stored.scenarioId)?.title ?? stored.scenarioId,
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
        const text = await file.text();
        const parsed = parseSavedDrill(text, await titlesFor(text));
        if (!parsed.ok) {
          screen.alert(parsed.message);
          return;
        }
        let drill: ActiveDrill;
        try {
          drill = await resume(parsed.drill);
        } catch (error) {
          screen.alert(
            `This drill could not be resumed: ${error instanceof Error ? error.message : String(error)}`,
          );
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
    performance.mark("hotwash:picker-interactive");
  };

  /** The autosaved drill's scenario and clock, read without compiling anything (for the picker's resume button). */
  const peekStored = (): { scenarioId: string; now: number } | undefined => {
    const text = services.autosave.loadText();
    if (!text) return undefined;
    try {
      const data = JSON.parse(text) as { scenarioId?: unknown; now?: unknown };
      return typeof data.scenarioId === "string"
        ? { scenarioId: data.scenarioId, now: typeof data.now === "number" ? data.now : 0 }
        : undefined;
    } catch {
      return undefined;
    }
  };

  const renderBriefing = async (params: URLSearchParams, current: () => boolean) => {
    const entries = await loadCatalogueOnce();
    const settings = settingsFromParams(params, {
      scenarioId: entries.summaries[0]?.id ?? "",
      seed: services.newSeed(),
      pacing: DEFAULT_PACING,
      minutesPerSecond: 5,
      assist: true,
    });
    if (!entries.sources.has(settings.scenarioId)) {
      go(routeHash("picker"));
      return;
    }
    status("Preparing the scenario…");
    const [scenario, runtime] = await Promise.all([
      scenarioById(settings.scenarioId),
      services.loadRuntime(),
    ]);
    if (!current()) return;
    renderBriefingScreen(root, {
      scenario: summaryOf(scenario),
      settings,
      onBack: () =>
        go(
          routeHash(
            "picker",
            new URLSearchParams({ scenario: settings.scenarioId, seed: settings.seed }).toString(),
          ),
        ),
      onStart: () => {
        const port = runtime.createDrill(scenario, settings.seed);
        port.start();
        active = { scenario, port, settings, runtime };
        const problem = services.autosave.save(saved(active));
        if (problem) pendingAlert = problem;
        go(routeHash("drill"));
      },
    });
  };

  const renderDrill = async (current: () => boolean) => {
    status("Resuming the drill…");
    const sceneModule = services.loadScene();
    sceneModule.catch(() => {});
    const drill = await ensureActive();
    if (!current()) return;
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
    const opsRoom = mountOpsRoom(root, {
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
      onEnd: () => {
        if (!port.view().ended) port.end();
      },
      onExport: exportDrill,
    });
    if (pendingAlert) {
      opsRoom.alert(pendingAlert);
      pendingAlert = undefined;
    }
    let lastSaved = "";
    const onView = (view: PlayerView) => {
      const signature = `${port.inputs().length}@${view.now}`;
      if (signature !== lastSaved) {
        lastSaved = signature;
        const problem = services.autosave.save(saved(drill));
        if (problem) opsRoom.alert(problem);
      }
      scene?.update(view);
      if (view.ended) queueMicrotask(() => go(routeHash("debrief")));
    };
    const unsubscribe = port.subscribe(onView);
    onView(port.view());
    const unselect = opsRoom.selection.subscribe((key) => scene?.select(key));
    const stopClock = drill.settings.pacing === "live" ? startLiveClock(port, () => speed) : () => {};
    let cancelled = false;
    opsRoom.mapProgress(0.2);
    sceneModule
      .then((module) => {
        if (cancelled) return undefined;
        opsRoom.mapProgress(0.7);
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
        scene.update(port.view());
        opsRoom.mapProgress(undefined);
      })
      .catch((error: unknown) => {
        opsRoom.mapProgress(
          undefined,
          `The map could not be loaded (${error instanceof Error ? error.message : String(error)}); every panel still works.`,
        );
      });
    const heading = root.querySelector<HTMLElement>("h1");
    heading?.setAttribute("tabindex", "-1");
    heading?.focus();
    teardown.push(() => {
      cancelled = true;
      stopClock();
      unsubscribe();
      unselect();
      opsRoom.destroy();
      scene?.destroy();
    });
  };

  const renderDebrief = async (current: () => boolean) => {
    status("Scoring the drill…");
    const drill = await ensureActive();
    if (!current()) return;
    if (!drill) {
      go(routeHash("picker"));
      return;
    }
    if (!drill.port.view().ended) drill.port.end();
    const problem = services.autosave.save(saved(drill));
    const { scenario, settings, port, runtime } = drill;
    const inputs = [...port.inputs()];
    const log = port.log();
    const reporting = await services.loadReporting();
    if (!current()) return;
    const report = reporting.buildReport({
      scenario,
      seed: settings.seed,
      log,
      scoreCard: reporting.scoreDrill(scenario, log),
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
        viewAt: (steps) => runtime.replay(scenario, settings.seed, inputs.slice(0, steps)).view,
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
    generation += 1;
    const mine = generation;
    const current = () => mine === generation;
    const route = parseRoute(location.hash);
    const screens = {
      picker: () => renderPicker(route.params, current),
      briefing: () => renderBriefing(route.params, current),
      drill: () => renderDrill(current),
      debrief: () => renderDebrief(current),
      facilitator: async () => {},
    };
    screens[route.name]().catch((error: unknown) => {
      if (current()) failure(error);
    });
  };

  return { render };
}
