import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext } from "playwright-core";
import { build, type PreviewServer, preview, type Rollup } from "vite";
import { compileScenario } from "../../src/content/compileScenario";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { browserSkipReason, launchBrowser, ROOT } from "../support/browser";

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  baseline?: string;
  ratio?: number;
}

const CACHE = join(ROOT, "node_modules/.cache");
let WORK = CACHE;
/** Measured samples per side for each ratio, taken interleaved (after one warm-up of each side). */
const SAMPLES = 5;
/** How long the live ops room is sampled for frame time: several clock ticks (one a second) at 60 Hz. */
const FRAME_SECONDS = 12;
const VIEWPORT = { width: 1400, height: 1000 };

/**
 * Browser benchmarks on production builds served by Vite's preview server: entry chunk gzip size, picker-interactive
 * time against a blank Vite page and first ops-room frame against a bare Phaser scene (each the median of interleaved
 * fresh-page samples), and main-thread frame time while the largest scenario runs live.
 */
export async function runBrowserBench(): Promise<BenchRow[]> {
  mkdirSync(CACHE, { recursive: true });
  // why: builds land inside the repository so bare `phaser` resolves from node_modules; one folder per run.
  WORK = mkdtempSync(join(CACHE, "hotwash-browser-bench-"));
  try {
    return await measureAll();
  } finally {
    rmSync(WORK, { recursive: true, force: true });
  }
}

async function measureAll(): Promise<BenchRow[]> {
  const output = await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir: join(WORK, "app"), emptyOutDir: true },
  });
  const entry = entryChunk(output);
  const rows: BenchRow[] = [
    {
      name: "entry chunk (gzip)",
      value: kb(gzipSync(entry.code).length),
      unit: "KB",
      baseline: "target ≤ 80 KB",
    },
  ];
  const skip = browserSkipReason();
  if (skip) {
    process.stderr.write(`${skip}\n`);
    return rows;
  }
  const blank = await buildBaseline("blank", BLANK_MAIN);
  const phaser = await buildBaseline("phaser", BARE_PHASER_MAIN);
  const scenario = largestScenario();
  const server = await servePreview(WORK);
  const base = previewUrl(server);
  const browser = await launchBrowser();
  try {
    const picker = await interleaved(
      () => markTime(browser, `${base}/${blank}/index.html`, "baseline:ready"),
      () => markTime(browser, `${base}/app/index.html#/`, "hotwash:picker-interactive"),
    );
    rows.push(
      ratioRow(
        "picker interactive",
        picker,
        "blank Vite page (mark in its module script); each side fresh page, navigation start → performance mark",
      ),
    );
    const drillState = await savedDrillState(browser, base, scenario);
    const firstFrame = await interleaved(
      () => markTime(browser, `${base}/${phaser}/index.html`, "baseline:first-frame"),
      () => markTime(browser, `${base}/app/index.html#/drill`, "hotwash:first-ops-room-frame", drillState),
    );
    rows.push(
      ratioRow(
        `first ops-room frame (${scenario.id}, resumed from autosave)`,
        firstFrame,
        "bare Phaser scene (lazy import, one rectangle and text); both sides navigation start → first Phaser postrender",
      ),
    );
    const frames = await opsRoomFrames(browser, base, scenario);
    const idle = await pageFrames(browser, `${base}/${blank}/index.html`);
    rows.push({
      name: `p95 frame time in the ops room (${scenario.id}, live 60 min/s, ${FRAME_SECONDS} s)`,
      value: round(frames.busyP95),
      unit: "ms",
      baseline:
        `main-thread script work per frame (rAF, timer and event callbacks between frames) over the ` +
        `${frames.busyFrames} of ${frames.frames} frames that did any work (median ${round(frames.busyP50)} ms); ` +
        `target < 16.7 ms; over all frames p95 ${round(frames.workP95)} ms, p99 ${round(frames.workP99)} ms, ` +
        `max ${round(frames.workMax)} ms; ${frames.longFrames} long animation frames (> 50 ms)`,
    });
    rows.push({
      name: `dropped frames in the ops room (${scenario.id}, live)`,
      value: round(frames.dropped * 100),
      unit: "%",
      baseline: `rAF intervals > 25 ms; blank page ${round(idle.dropped * 100)} %; interval p95 ops room ${round(frames.intervalP95)} ms, blank ${round(idle.intervalP95)} ms`,
    });
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

const BLANK_MAIN = `performance.mark("baseline:ready");\ndocument.body.append(document.createTextNode("ready"));\n`;
const BARE_PHASER_MAIN = `import("phaser").then((Phaser) => {
  new Phaser.Game({
    type: Phaser.AUTO, parent: document.body, width: 800, height: 520, banner: false, audio: { noAudio: true },
    scene: { create() {
      this.add.rectangle(10, 10, 120, 40, 0x22384d).setOrigin(0);
      this.add.text(16, 20, "node", { color: "#ffffff" });
      this.game.events.once("postrender", () => performance.mark("baseline:first-frame"));
    } },
  });
});
`;

export async function buildBaseline(name: string, main: string): Promise<string> {
  const source = join(WORK, `${name}-src`);
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, "main.js"), main);
  writeFileSync(
    join(source, "index.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>${name}</title></head><body><script type="module" src="./main.js"></script></body></html>`,
  );
  await build({
    root: source,
    configFile: false,
    base: "./",
    logLevel: "silent",
    build: { outDir: join(WORK, name), emptyOutDir: true },
  });
  return name;
}

function entryChunk(output: Awaited<ReturnType<typeof build>>): Rollup.OutputChunk {
  const outputs = (Array.isArray(output) ? output : [output]) as Rollup.RollupOutput[];
  for (const result of outputs) {
    for (const item of result.output ?? []) if (item.type === "chunk" && item.isEntry) return item;
  }
  throw new Error("no entry chunk in the build output");
}

export function largestScenario(): ScenarioDefinition {
  const dir = join(ROOT, "scenarios");
  const compiled = readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") && !name.endsWith(".play.yaml"))
    .map((name) => compileScenario(readFileSync(join(dir, name), "utf8"), name))
    .flatMap((result) => (result.ok ? [result.value] : []));
  const size = (s: ScenarioDefinition) =>
    s.world.instances.length +
    s.world.autoscalingGroups.length +
    s.world.credentials.length +
    s.world.services.length +
    s.world.dataStores.length +
    s.world.providers.length;
  const largest = compiled.sort((a, b) => size(b) - size(a))[0];
  if (!largest) throw new Error("no scenario compiles");
  return largest;
}

type StorageState = Awaited<ReturnType<BrowserContext["storageState"]>>;

/** Loads `url` in a fresh context (optionally with saved storage) and returns the time of `mark` after navigation start. */
async function markTime(
  browser: Browser,
  url: string,
  mark: string,
  storageState?: StorageState,
): Promise<number> {
  const context = await browser.newContext({ viewport: VIEWPORT, ...(storageState ? { storageState } : {}) });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
      timeout: 60_000,
    });
    return await page.evaluate(
      (name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN,
      mark,
    );
  } finally {
    await context.close();
  }
}

/** Starts a turn-based drill once and returns the origin's storage (autosave and compiled-scenario cache). */
async function savedDrillState(
  browser: Browser,
  base: string,
  scenario: ScenarioDefinition,
): Promise<StorageState> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/app/index.html#/briefing?scenario=${scenario.id}&seed=1&pace=turn`);
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.locator(".scene-host[data-scene-ready=true]").waitFor({ timeout: 60_000 });
    return await context.storageState();
  } finally {
    await context.close();
  }
}

interface Interleaved {
  baseline: number;
  value: number;
  /** Median of the per-pair ratios. */
  ratio: number;
  samples: number;
}

/** One warm-up of each side, then SAMPLES alternating pairs (baseline, subject, …); medians of each and of the ratios. */
async function interleaved(
  baseline: () => Promise<number>,
  subject: () => Promise<number>,
): Promise<Interleaved> {
  await baseline();
  await subject();
  const baselines: number[] = [];
  const values: number[] = [];
  for (let run = 0; run < SAMPLES; run += 1) {
    baselines.push(await baseline());
    values.push(await subject());
  }
  return {
    baseline: medianOf(baselines),
    value: medianOf(values),
    ratio: medianOf(values.map((value, index) => value / (baselines[index] ?? Number.NaN))),
    samples: SAMPLES,
  };
}

function medianOf(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function ratioRow(name: string, measured: Interleaved, baselineName: string): BenchRow {
  return {
    name: `${name} (median of ${measured.samples}, interleaved)`,
    value: round(measured.value),
    unit: "ms",
    baseline: `${baselineName}: ${round(measured.baseline)} ms; ratio is the median per-pair ratio`,
    ratio: round(measured.ratio),
  };
}

interface FrameStats {
  frames: number;
  /** Frames in which any script ran (the page draws nothing new in the others), and their work percentiles. */
  busyFrames: number;
  busyP50: number;
  busyP95: number;
  /** Main-thread script work per frame over every frame, idle ones included, in ms. */
  workP95: number;
  workP99: number;
  workMax: number;
  /** Long animation frames (> 50 ms, including style, layout and paint) seen while sampling. */
  longFrames: number;
  intervalP95: number;
  /** Share of frame intervals longer than 1.5 vsync intervals (25 ms). */
  dropped: number;
}

/**
 * Installed before any page script: times every requestAnimationFrame, timer and event-listener callback. A frame's
 * work is the callbacks that ran after the previous frame's rAF callbacks plus its own rAF callbacks (all of which get
 * the same timestamp), so a clock tick and the render it causes count in one frame. A string keeps the bundler's
 * helper names (tsx adds `__name`) out of the page.
 */
const FRAME_PROBE = `(() => {
  const probe = { pending: 0, frame: 0, frameTs: -1, buckets: [], stamps: [], longFrames: 0, sampling: false };
  window.__frameProbe = probe;
  const frameStart = (ts) => {
    if (ts === probe.frameTs) return;
    probe.frameTs = ts;
    if (probe.sampling) { probe.buckets.push(probe.frame); probe.stamps.push(ts); }
    probe.frame = probe.pending;
    probe.pending = 0;
  };
  const timed = (fn) => function (...args) {
    const start = performance.now();
    try { return fn.apply(this, args); } finally { probe.pending += performance.now() - start; }
  };
  const raf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (fn) => raf((ts) => {
    frameStart(ts);
    const start = performance.now();
    try { return fn(ts); } finally { probe.frame += performance.now() - start; }
  });
  for (const name of ["setTimeout", "setInterval"]) {
    const original = window[name].bind(window);
    window[name] = (fn, ...rest) => original(typeof fn === "function" ? timed(fn) : fn, ...rest);
  }
  const listen = EventTarget.prototype.addEventListener;
  const wrapped = new WeakMap();
  EventTarget.prototype.addEventListener = function (type, fn, options) {
    if (typeof fn !== "function") return listen.call(this, type, fn, options);
    if (!wrapped.has(fn)) wrapped.set(fn, timed(fn));
    return listen.call(this, type, wrapped.get(fn), options);
  };
  const unlisten = EventTarget.prototype.removeEventListener;
  EventTarget.prototype.removeEventListener = function (type, fn, options) {
    return unlisten.call(this, type, (typeof fn === "function" && wrapped.get(fn)) || fn, options);
  };
  try {
    new PerformanceObserver((list) => {
      if (probe.sampling) probe.longFrames += list.getEntries().length;
    }).observe({ type: "long-animation-frame" });
  } catch {}
  probe.sample = (frames) => new Promise((resolve) => {
    const tick = (ts) => {
      frameStart(ts);
      if (!probe.sampling) probe.sampling = true;
      if (probe.stamps.length <= frames) return raf(tick);
      probe.sampling = false;
      const pick = (list, share) => list[Math.min(list.length - 1, Math.floor(list.length * share))];
      const work = probe.buckets.slice(1).sort((a, b) => a - b);
      const busy = work.filter((w) => w > 0);
      const deltas = probe.stamps.slice(1).map((stamp, index) => stamp - probe.stamps[index]).sort((a, b) => a - b);
      resolve({
        frames: work.length,
        busyFrames: busy.length,
        busyP50: pick(busy, 0.5) ?? 0,
        busyP95: pick(busy, 0.95) ?? 0,
        workP95: pick(work, 0.95),
        workP99: pick(work, 0.99),
        workMax: work[work.length - 1],
        longFrames: probe.longFrames,
        intervalP95: pick(deltas, 0.95),
        dropped: deltas.filter((d) => d > 25).length / deltas.length,
      });
    };
    raf(tick);
  });
})()`;

/** Runs the scenario live at 60 sim minutes per second with the views updating and samples FRAME_SECONDS of frames. */
export async function opsRoomFrames(
  browser: Browser,
  base: string,
  scenario: ScenarioDefinition,
  pace = "live",
): Promise<FrameStats> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(FRAME_PROBE);
    await page.goto(`${base}/app/index.html#/briefing?scenario=${scenario.id}&seed=1&pace=${pace}&speed=60`);
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.locator(".scene-host[data-scene-ready=true]").waitFor({ timeout: 60_000 });
    await page.locator(".scene-host canvas").scrollIntoViewIfNeeded();
    const before = await page.evaluate(() => document.body.textContent ?? "");
    const stats = await page.evaluate<FrameStats>(`window.__frameProbe.sample(${FRAME_SECONDS * 60})`);
    const after = await page.evaluate(() => document.body.textContent ?? "");
    if (before === after) process.stderr.write("bench: the ops room's text did not change while sampling\n");
    return stats;
  } finally {
    await context.close();
  }
}

async function pageFrames(browser: Browser, url: string): Promise<FrameStats> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.addInitScript(FRAME_PROBE);
    await page.goto(url);
    return await page.evaluate<FrameStats>("window.__frameProbe.sample(300)");
  } finally {
    await context.close();
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function kb(bytes: number): number {
  return round(bytes / 1024);
}

/** Serves `dir` (all the builds of this run) with Vite's preview server, as a production deployment would. */
export function servePreview(dir: string): Promise<PreviewServer> {
  return preview({
    root: dir,
    configFile: false,
    logLevel: "silent",
    build: { outDir: dir },
    preview: { host: "127.0.0.1", port: 4173, strictPort: false, open: false },
  });
}

function previewUrl(server: PreviewServer): string {
  const address = server.httpServer.address() as AddressInfo;
  return `http://127.0.0.1:${address.port}`;
}
