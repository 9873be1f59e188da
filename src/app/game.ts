import { type DrillPlanEdit, MAX_DRILL_CHARS } from "../content/drillFileFormat";
import type { writePlayFile as WritePlayFile } from "../content/writePlayFile";
import type { DrillInput, LogEntry } from "../engine/log";
import type { DrillPort, PlayerView } from "../engine/playerView";
import type { ScenarioDefinition } from "../engine/scenario";
import { formatSimTime } from "../engine/time";
import { formatClockTime } from "../engine/wallClock";
import type { AfterActionReport, ReportInput } from "../report/afterActionReport";
import type { OpsRoomSceneHandle, OpsRoomSceneOptions } from "../scene/mountOpsRoomScene";
import type { ScoreCard } from "../scoring/scoreCard";
import { confirmDialog } from "../ui/confirmDialog";
import { el } from "../ui/dom";
import { downloadText } from "../ui/download";
import { type DrillSettings, settingsFromParams, settingsToParams } from "../ui/drillSettings";
import { startLiveClock } from "../ui/liveClock";
import type { OpsRoomMemory } from "../ui/opsRoomMemory";
import { opsRoomShell } from "../ui/opsRoomShell";
import { renderBriefingScreen } from "../ui/start/briefingScreen";
import { renderStartScreen } from "../ui/start/startScreen";
import type { CompiledCache } from "./compiledCache";
import { parseRoute, routeHash } from "./router";
import { type ParsedDrill, type SavedDrill, serializeDrill } from "./savedDrill";
import type { SaveSlots, SlotEntry } from "./saveSlots";
import {
  type Catalogue,
  type CompileScenario,
  compileProblem,
  loadCatalogue,
  summaryOf,
} from "./scenarioCatalogue";
import type { ScenarioHeader } from "./scenarioHeader";
import type { TabLease } from "./tabLease";

/** Imports this large show their progress (reading, checking, replaying). */
const LARGE_IMPORT_BYTES = 200_000;

// why: a newcomer reads the briefing and the first injects before the clock moves; live pacing is one click away.
const DEFAULT_PACING = "turn" as const;

/** The engine, loaded on demand (keeps XState out of the entry chunk; the compiler loads apart, see loadCompiler). */
export interface Runtime {
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
  /**
   * The picker fields and content hash of each file, read when the app was built (a file missing here is read for
   * them).
   */
  headers?: Readonly<Record<string, ScenarioHeader & { contentHash?: string }>>;
  loadRuntime(): Promise<Runtime>;
  /** The content compiler, needed when a scenario is not in the compiled cache, and by the debrief's play export. */
  loadCompiler(): Promise<{ compileScenario: CompileScenario; writePlayFile: typeof WritePlayFile }>;
  loadReporting(): Promise<Reporting>;
  loadScene(): Promise<{
    mountOpsRoomScene(
      host: HTMLElement,
      options: OpsRoomSceneOptions,
    ): OpsRoomSceneHandle & { ready: Promise<void> };
  }>;
  /** Several named, dated saved drills; each drill in progress lives in its own slot. */
  slots: SaveSlots;
  newSlotId(): string;
  /** Drafts and read state of one slot, written only while `writable()`. */
  memoryFor(slot: string, writable: () => boolean): OpsRoomMemory;
  /** The lease that lets one tab at a time change a slot's drill. */
  leaseFor(slot: string): TabLease;
  /** Whether single-key shortcuts are on, kept across drills. */
  shortcuts: { enabled(): boolean; set(enabled: boolean): void };
  compiledCache: CompiledCache;
  newSeed(): string;
  prefersReducedMotion(): boolean;
  now(): string;
}

interface ActiveDrill {
  slot: string;
  /** When this tab last saved the drill; another tab's later save means it must be read again. */
  savedAt?: string;
  scenario: ScenarioDefinition;
  port: DrillPort;
  settings: DrillSettings;
  runtime: Runtime;
  /** Edits of the debrief's improvement plan, saved with the drill. */
  planEdits: DrillPlanEdit[];
}

/** The hash-routed game: picker → briefing → ops room → debrief, with save slots, export and import. */
export function startGame(root: HTMLElement, services: GameServices): { render(): void } {
  let catalogue: Promise<Catalogue> | undefined;
  const compiled = new Map<string, Promise<ScenarioDefinition>>();
  let active: ActiveDrill | undefined;
  let teardown: (() => void)[] = [];
  let reducedMotion = services.prefersReducedMotion();
  let pendingAlert: string | undefined;
  /** Saved drills that no longer read: reported once on the picker, with their text to download. */
  let unreadableDrills: { message: string; fileName: string; text: string }[] = [];
  /** Slot → the save already checked to read, so the picker checks each save once. */
  const readable = new Map<string, string>();
  let generation = 0;

  const loadCatalogueOnce = () => {
    catalogue ??= loadCatalogue(services.files, services.headers);
    return catalogue;
  };

  /** Compiles a scenario once; rejects with a sentence when it is unknown or does not compile. */
  const scenarioById = (id: string): Promise<ScenarioDefinition> => {
    let pending = compiled.get(id);
    if (!pending) {
      pending = (async () => {
        // why: resuming a drill needs only its own file; scanning every scenario's header would delay the first frame.
        const direct = Object.entries(services.files).find(([path]) => path.endsWith(`/${id}.yaml`));
        // why: the build knows the shipped file's content hash, and the cache returns only what that file compiles
        // to (its digest is checked), so a cached compile needs neither the file nor the compiler.
        const shipped = direct && services.headers?.[direct[0]]?.contentHash;
        const known = shipped ? services.compiledCache.get(id, shipped) : undefined;
        if (known) return known;
        const runtimeLoaded = services.loadRuntime();
        runtimeLoaded.catch(() => {});
        const source = direct
          ? { file: `${id}.yaml`, load: direct[1] }
          : await loadCatalogueOnce().then((entries) => entries.sources.get(id));
        if (!source) throw new Error(`This Hotwash has no scenario “${id}”.`);
        const [text, runtime] = await Promise.all([source.load(), runtimeLoaded]);
        const cached = services.compiledCache.get(id, runtime.contentHashOf(text));
        if (cached) return cached;
        const { compileScenario } = await services.loadCompiler();
        const result = compileScenario(text, source.file);
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

  /** The solo drill in a file's or a slot's text, read strictly and checked against its scenario. */
  const readDrill = async (text: string, file: string): Promise<ParsedDrill> => {
    const { readSavedDrill, againstScenario } = await import("./readSavedDrill");
    const read = readSavedDrill(text, file);
    if (!read.ok) return read;
    const scenario = await scenarioById(read.drill.scenarioId).catch(() => undefined);
    return againstScenario(read.drill, scenario, file);
  };

  /**
   * why: storage is not trusted; a saved drill that does not read is reported once, offered for download and then
   * removed, instead of being dropped silently while the picker still offers to resume it.
   */
  const setAsideUnreadable = (slot: string, message: string, text: string) => {
    services.slots.remove(slot);
    readable.delete(slot);
    if (active?.slot === slot) active = undefined;
    unreadableDrills.push({ message, fileName: `hotwash-drill-unreadable-${slot}.json`, text });
  };

  /** Takes saved drills that no longer read out of the list, each save checked once (no scenario compiled). */
  const setAsideUnreadableSlots = async () => {
    const unchecked = services.slots.list().filter((entry) => readable.get(entry.id) !== entry.savedAt);
    if (unchecked.length === 0) return;
    const { readSavedDrill } = await import("./readSavedDrill");
    for (const entry of unchecked) {
      const text = services.slots.loadText(entry.id) ?? "";
      const read = readSavedDrill(text, `The saved drill “${entry.name}”`);
      if (read.ok) readable.set(entry.id, entry.savedAt);
      else setAsideUnreadable(entry.id, read.message, text);
    }
  };

  const saved = (drill: ActiveDrill): SavedDrill => ({
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
    ...(drill.planEdits.length > 0 ? { planEdits: drill.planEdits.map((edit) => ({ ...edit })) } : {}),
  });

  const resume = async (drill: SavedDrill, slot: string): Promise<ActiveDrill> => {
    const [scenario, runtime] = await Promise.all([scenarioById(drill.scenarioId), services.loadRuntime()]);
    const port = runtime.createDrill(scenario, drill.seed, drill.inputs);
    if (port.view().phase === "briefing") port.start();
    const behind = drill.now - port.view().now;
    if (behind > 0 && !port.view().ended && port.view().phase !== "paused") port.advance(behind);
    return {
      slot,
      scenario,
      port,
      runtime,
      settings: { scenarioId: drill.scenarioId, seed: drill.seed, ...drill.settings },
      planEdits: (drill.planEdits ?? []).map((edit) => ({ ...edit })),
    };
  };

  const storedDrill = async (slot: string): Promise<SavedDrill | undefined> => {
    const text = services.slots.loadText(slot);
    if (!text) return undefined;
    const name = services.slots.list().find((entry) => entry.id === slot)?.name ?? "drill";
    const parsed = await readDrill(text, `The saved drill “${name}”`);
    if (!parsed.ok) setAsideUnreadable(slot, parsed.message, text);
    return parsed.ok ? parsed.drill : undefined;
  };

  /** The slot a route names, or else the most recently saved drill still in progress. */
  const slotOf = (params: URLSearchParams): string | undefined =>
    params.get("slot") ?? services.slots.list().find((entry) => !entry.ended)?.id;

  const savedAtOf = (slot: string) => services.slots.list().find((entry) => entry.id === slot)?.savedAt;

  const ensureActive = async (slot: string | undefined): Promise<ActiveDrill | undefined> => {
    if (!slot) return undefined;
    // why: another tab may have moved this drill on since this tab last saved it.
    if (active?.slot === slot && active.savedAt === savedAtOf(slot)) return active;
    const stored = await storedDrill(slot);
    active = stored ? await resume(stored, slot) : undefined;
    return active;
  };

  const save = (drill: ActiveDrill): string | undefined => {
    const problem = services.slots.save(drill.slot, saved(drill), {
      scenarioTitle: drill.scenario.title,
      ended: drill.port.view().ended,
    });
    const savedAt = savedAtOf(drill.slot);
    if (savedAt) drill.savedAt = savedAt;
    return problem;
  };

  /** Asks before opening a drill while another is in progress; it stays saved, and the dialog says so. */
  const confirmLeaving = async (what: "start" | "import"): Promise<boolean> => {
    const open = services.slots.list().filter((entry) => !entry.ended);
    const latest = open[0];
    if (!latest) return true;
    const others = open.length > 1 ? ` (and ${open.length - 1} more)` : "";
    return confirmDialog({
      title: what === "start" ? "Start a new drill?" : "Open the imported drill?",
      message: `You have a drill in progress: “${latest.name}” at ${formatSimTime(latest.now)}${others}. It stays under Saved drills on the start screen, where you can resume it; ${what === "start" ? "the new drill is saved" : "the imported drill is added"} beside it.`,
      confirm: what === "start" ? "Start the new drill" : "Open the imported drill",
    });
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

  const summaryOfSlot = (entry: SlotEntry) => ({
    id: entry.id,
    name: entry.name,
    scenarioTitle: entry.scenarioTitle,
    at: formatSimTime(entry.now),
    savedAt: entry.savedAt,
    createdAt: entry.createdAt,
    ended: entry.ended,
  });

  const renderPicker = async (params: URLSearchParams, current: () => boolean) => {
    status("Loading scenarios…");
    const [entries] = await Promise.all([loadCatalogueOnce(), setAsideUnreadableSlots()]);
    if (!current()) return;
    const settings = settingsFromParams(params, {
      scenarioId: entries.summaries[0]?.id ?? "",
      seed: services.newSeed(),
      pacing: DEFAULT_PACING,
      minutesPerSecond: 5,
      assist: true,
    });
    const screen = renderStartScreen(root, {
      scenarios: entries.summaries,
      settings,
      problems: entries.problems,
      saved: services.slots.list().map(summaryOfSlot),
      newSeed: services.newSeed,
      onBriefing: (chosen) => go(routeHash("briefing", settingsToParams(chosen))),
      onResume: (slot) => {
        const entry = services.slots.list().find((candidate) => candidate.id === slot);
        go(routeHash(entry?.ended ? "debrief" : "drill", new URLSearchParams({ slot }).toString()));
      },
      onRename: (slot, name) => services.slots.rename(slot, name),
      onDelete: (slot) => {
        if (active?.slot === slot) active = undefined;
        services.slots.remove(slot);
      },
      onImport: async (file) => {
        if (file.size > MAX_DRILL_CHARS) {
          screen.alert(`${file.name}: the file has ${file.size} bytes; the limit is ${MAX_DRILL_CHARS}.`);
          return;
        }
        // why: a large drill takes a moment to read and replay; the player sees how far it has come.
        const step = async (message: string, done: number) => {
          if (file.size < LARGE_IMPORT_BYTES) return;
          screen.progress(message, done, 3);
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        };
        await step(`Reading ${file.name}…`, 0);
        const text = await file.text();
        await step(`Checking ${file.name}…`, 1);
        const parsed = await readDrill(text, file.name);
        screen.progress(undefined);
        if (!parsed.ok) {
          screen.alert(parsed.message);
          return;
        }
        if (!(await confirmLeaving("import"))) return;
        let drill: ActiveDrill;
        try {
          await step(`Replaying ${parsed.drill.inputs.length} inputs of ${file.name}…`, 2);
          drill = await resume(parsed.drill, services.newSlotId());
        } catch (error) {
          screen.alert(
            `This drill could not be resumed: ${error instanceof Error ? error.message : String(error)}`,
          );
          return;
        } finally {
          screen.progress(undefined);
        }
        active = drill;
        const problem = save(drill);
        if (problem) pendingAlert = problem;
        go(routeHash("drill", new URLSearchParams({ slot: drill.slot }).toString()));
      },
    });
    if (pendingAlert) {
      screen.alert(pendingAlert);
      pendingAlert = undefined;
    }
    if (unreadableDrills.length > 0) {
      const unreadable = unreadableDrills;
      unreadableDrills = [];
      screen.alert(
        `${unreadable.map((drill) => drill.message).join(" ")} ${unreadable.length === 1 ? "It was" : "They were"} removed from this browser; download ${unreadable.length === 1 ? "it" : "them"} to keep a copy.`,
        {
          label: unreadable.length === 1 ? "Download the unreadable drill" : "Download the unreadable drills",
          run: () => {
            for (const drill of unreadable) downloadText(drill.fileName, drill.text, "application/json");
          },
        },
      );
    }
    performance.mark("hotwash:picker-interactive");
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
      onStart: async () => {
        if (!(await confirmLeaving("start"))) return;
        const port = runtime.createDrill(scenario, settings.seed);
        port.start();
        const slot = services.newSlotId();
        active = { slot, scenario, port, settings, runtime, planEdits: [] };
        const problem = save(active);
        if (problem) pendingAlert = problem;
        go(routeHash("drill", new URLSearchParams({ slot }).toString()));
      },
    });
  };

  const renderDrill = async (params: URLSearchParams, current: () => boolean) => {
    // why: the map boots into its place in the room's frame while the drill is read and replayed, instead of after.
    const sceneHost = el("div", { class: "scene-host", "aria-hidden": "true" });
    root.replaceChildren(opsRoomShell(sceneHost, "Resuming the drill…"));
    let scene: (OpsRoomSceneHandle & { ready: Promise<void> }) | undefined;
    let cancelled = false;
    let onSceneSelect: (key: string) => void = () => {};
    const sceneModule = services.loadScene().then((module) => {
      if (cancelled) return undefined;
      scene = module.mountOpsRoomScene(sceneHost, { reducedMotion, onSelect: (key) => onSceneSelect(key) });
      return scene;
    });
    sceneModule.catch(() => {});
    teardown.push(() => {
      cancelled = true;
      scene?.destroy();
    });
    const slot = slotOf(params);
    // why: what resuming needs loads at once and side by side, instead of each after the one before: the engine, the
    // drill reader, and the scenario the slot list names.
    services.loadRuntime().catch(() => {});
    import("./readSavedDrill").catch(() => {});
    const listed = services.slots.list().find((entry) => entry.id === slot);
    if (listed) scenarioById(listed.scenarioId).catch(() => {});
    const drill = await ensureActive(slot);
    if (!current()) return;
    if (!drill) {
      go(routeHash("picker"));
      return;
    }
    const slotQuery = new URLSearchParams({ slot: drill.slot }).toString();
    if (drill.port.view().ended) {
      go(routeHash("debrief", slotQuery));
      return;
    }
    const { port } = drill;
    // why: the map's first frame needs only the view; the panels mount right after it, so the browser need not style
    // and lay out the whole room before it can show the map (it waits a quarter second at most).
    if (scene) {
      scene.update(port.view());
      await Promise.race([scene.ready, new Promise((resolve) => setTimeout(resolve, 250))]);
    }
    // why: the panels' chunk loads after the map's first frame, so it does not share the network and the main thread
    // with Phaser before it (the picker's chunk stays small too).
    const { mountOpsRoom } = await import("../ui/opsRoom");
    if (!current()) return;
    const lease = services.leaseFor(drill.slot);
    const holds = lease.claim();
    let speed = drill.settings.minutesPerSecond;
    const opsRoom = mountOpsRoom(root, {
      sceneHost,
      port,
      settings: drill.settings,
      memory: services.memoryFor(drill.slot, () => lease.holds()),
      shortcuts: { enabled: services.shortcuts.enabled(), onChange: services.shortcuts.set },
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
    // why: taking over reloads the drill from storage, where the other tab left it; the lease just taken stays
    // written while the room is mounted again, so the other tab never sees it free.
    let handingOver = false;
    const takeOver = () => {
      lease.claim(true);
      handingOver = true;
      active = undefined;
      render();
    };
    if (!holds)
      opsRoom.setReadOnly(
        "This drill is open in another tab, so this tab is read-only: nothing you do here is saved, and what happens there is not shown here.",
        takeOver,
      );
    const unlost = lease.onLost(() =>
      opsRoom.setReadOnly(
        "This drill was opened in another tab, so this tab is now read-only. Your work up to now is saved.",
        takeOver,
      ),
    );
    let lastSaved = "";
    const onView = (view: PlayerView) => {
      const signature = `${port.inputs().length}@${view.now}`;
      if (signature !== lastSaved && lease.holds()) {
        lastSaved = signature;
        const problem = save(drill);
        if (problem) opsRoom.alert(problem);
        else
          opsRoom.setSaveStatus(`Saved in this browser at ${formatClockTime(view.scenario.start, view.now)}`);
      }
      scene?.update(view);
      if (view.ended) queueMicrotask(() => go(routeHash("debrief", slotQuery)));
    };
    const unsubscribe = port.subscribe(onView);
    onView(port.view());
    const unselect = opsRoom.selection.subscribe((key) => scene?.select(key));
    const stopClock =
      drill.settings.pacing === "live" ? startLiveClock(port, () => (lease.holds() ? speed : 0)) : () => {};
    const leave = () => lease.release();
    window.addEventListener("pagehide", leave);
    onSceneSelect = (key) => {
      opsRoom.selection.set(key);
      opsRoom.focusActions();
    };
    opsRoom.mapProgress(0.5);
    sceneModule
      .then((handle) => {
        if (!handle || cancelled) return undefined;
        handle.update(port.view());
        handle.select(opsRoom.selection.get());
        return handle.ready;
      })
      .then(() => {
        if (!cancelled) opsRoom.mapProgress(undefined);
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
      unlost();
      window.removeEventListener("pagehide", leave);
      lease.release(handingOver);
      opsRoom.destroy();
    });
  };

  const renderDebrief = async (params: URLSearchParams, current: () => boolean) => {
    status("Scoring the drill…");
    const drill = await ensureActive(params.get("slot") ?? services.slots.list()[0]?.id);
    if (!current()) return;
    if (!drill) {
      go(routeHash("picker"));
      return;
    }
    if (!drill.port.view().ended) drill.port.end();
    const problem = save(drill);
    const { scenario, settings, port, runtime } = drill;
    const inputs = [...port.inputs()];
    const log = port.log();
    const [reporting, { renderDebriefScreen }, { describeInput }, { writePlayFile }] = await Promise.all([
      services.loadReporting(),
      import("../ui/debrief/debriefScreen"),
      import("./describeInput"),
      services.loadCompiler(),
    ]);
    if (!current()) return;
    const scoreCard = reporting.scoreDrill(scenario, log);
    const playedAt = services.now();
    const reportNow = () =>
      reporting.buildReport({
        scenario,
        seed: settings.seed,
        log,
        scoreCard,
        inputs,
        meta: { mode: "solo", playedAt, planEdits: drill.planEdits },
      });
    const report = reportNow();
    renderDebriefScreen(root, {
      report,
      card: scenario.debrief,
      downloads: {
        html: () => reporting.renderHtml(reportNow()),
        markdown: () => reporting.renderMarkdown(reportNow()),
        json: () => reporting.renderJson(reportNow()),
        csv: () => reporting.renderCsv(reportNow()),
        play: () =>
          writePlayFile({
            scenario: scenario.id,
            name: "my-drill",
            description: `Exported from a solo drill of ${scenario.title} played ${services.now()}.`,
            seed: settings.seed,
            inputs,
          }),
      },
      replay: {
        steps: inputs.length,
        describe: (step) => (inputs[step] ? describeInput(inputs[step]) : ""),
        viewAt: (steps) => runtime.replay(scenario, settings.seed, inputs.slice(0, steps)).view,
      },
      onPlanEdit: (edit) => {
        drill.planEdits = [...drill.planEdits.filter((kept) => kept.key !== edit.key), edit];
        return save(drill);
      },
      onExportDrill: exportDrill,
      onNewDrill: () => {
        active = undefined;
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
      drill: () => renderDrill(route.params, current),
      debrief: () => renderDebrief(route.params, current),
      facilitator: async () => {},
    };
    screens[route.name]().catch((error: unknown) => {
      if (current()) failure(error);
    });
  };

  return { render };
}
