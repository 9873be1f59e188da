import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { build, type Rollup } from "vite";
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
const RUNS = 3;

/**
 * Browser benchmarks: entry chunk gzip size, picker-interactive time against a blank Vite page, first ops-room frame
 * against a bare Phaser scene (both built and measured in this run), and p95 frame time in the largest scenario.
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
  const app = join(WORK, "app");
  const output = await build({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir: app, emptyOutDir: true },
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
  const server = await serve(WORK);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await launchBrowser();
  try {
    const picker = await median(() =>
      markTime(browser, `${base}/app/index.html#/`, "hotwash:picker-interactive"),
    );
    const blankReady = await median(() => markTime(browser, `${base}/${blank}/index.html`, "baseline:ready"));
    rows.push(ratioRow("picker interactive", picker, blankReady, "blank Vite page"));
    const firstFrame = await median(() => opsRoomFirstFrame(browser, base, scenario));
    const phaserFrame = await median(() =>
      markTime(browser, `${base}/${phaser}/index.html`, "baseline:first-frame"),
    );
    rows.push(
      ratioRow(`first ops-room frame (${scenario.id})`, firstFrame, phaserFrame, "bare Phaser scene"),
    );
    const frames = await opsRoomFrames(browser, base, scenario);
    const idle = await blankFrames(browser, `${base}/${blank}/index.html`);
    rows.push({
      name: `p95 frame interval in the ops room (${scenario.id}, live 60 min/s)`,
      value: round(frames.p95),
      unit: "ms",
      baseline: `blank page ${round(idle.p95)} ms; target < 16.7 ms means no dropped frame at 60 Hz`,
      ratio: round(frames.p95 / idle.p95),
    });
    rows.push({
      name: `dropped frames in the ops room (${scenario.id}, live)`,
      value: round(frames.dropped * 100),
      unit: "%",
      baseline: `blank page ${round(idle.dropped * 100)} %`,
    });
  } finally {
    await browser.close();
    server.close();
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
    s.world.credentials.length +
    s.world.services.length +
    s.world.dataStores.length +
    s.world.providers.length;
  const largest = compiled.sort((a, b) => size(b) - size(a))[0];
  if (!largest) throw new Error("no scenario compiles");
  return largest;
}

async function markTime(
  browser: Browser,
  url: string,
  mark: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  try {
    if (prepare) await prepare(page);
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

/** Starts a drill once (so the autosave holds it), then times a fresh load of `#/drill` to the first map frame. */
async function opsRoomFirstFrame(
  browser: Browser,
  base: string,
  scenario: ScenarioDefinition,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const setup = await context.newPage();
    await setup.goto(`${base}/app/index.html#/briefing?scenario=${scenario.id}&seed=1&pace=turn`);
    await setup.getByRole("button", { name: "Start the drill" }).click();
    await setup.locator(".scene-host[data-scene-ready=true]").waitFor({ timeout: 60_000 });
    await setup.close();
    const page = await context.newPage();
    await page.goto(`${base}/app/index.html#/drill`);
    const mark = "hotwash:first-ops-room-frame";
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

/** Runs the largest scenario live at 60 sim minutes per second and measures requestAnimationFrame intervals. */
export async function opsRoomFrames(
  browser: Browser,
  base: string,
  scenario: ScenarioDefinition,
  pace = "live",
): Promise<FrameStats> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/app/index.html#/briefing?scenario=${scenario.id}&seed=1&pace=${pace}&speed=60`);
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.locator(".scene-host[data-scene-ready=true]").waitFor({ timeout: 60_000 });
    await page.locator(".scene-host canvas").scrollIntoViewIfNeeded();
    // why: a string keeps the bundler's helper names (tsx adds `__name`) out of the page.
    return await page.evaluate<FrameStats>(FRAME_STATS_SCRIPT);
  } finally {
    await context.close();
  }
}

interface FrameStats {
  p95: number;
  /** Share of frame intervals longer than 1.5 vsync intervals (25 ms). */
  dropped: number;
}

const FRAME_STATS_SCRIPT = `new Promise((resolve) => {
  const stamps = [];
  const tick = (time) => {
    stamps.push(time);
    if (stamps.length < 300) return requestAnimationFrame(tick);
    const deltas = stamps.slice(1).map((stamp, index) => stamp - stamps[index]).sort((a, b) => a - b);
    resolve({ p95: deltas[Math.floor(deltas.length * 0.95)], dropped: deltas.filter((d) => d > 25).length / deltas.length });
  };
  requestAnimationFrame(tick);
})`;

async function blankFrames(browser: Browser, url: string): Promise<FrameStats> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate<FrameStats>(FRAME_STATS_SCRIPT);
  } finally {
    await context.close();
  }
}

async function median(measure: () => Promise<number>): Promise<number> {
  await measure();
  const values: number[] = [];
  for (let run = 0; run < RUNS; run += 1) values.push(await measure());
  values.sort((a, b) => a - b);
  return values[Math.floor(values.length / 2)] ?? Number.NaN;
}

function ratioRow(name: string, value: number, baseline: number, baselineName: string): BenchRow {
  return {
    name,
    value: round(value),
    unit: "ms",
    baseline: `${baselineName} ${round(baseline)} ms`,
    ratio: round(value / baseline),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

function kb(bytes: number): number {
  return round(bytes / 1024);
}

const TYPES: Record<string, string> = {
  ".html": "text/html",
  ".js": "text/javascript",
  ".css": "text/css",
  ".json": "application/json",
  ".svg": "image/svg+xml",
};

export function serve(dir: string): Promise<Server> {
  const server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(dir, path);
    try {
      if (!file.startsWith(dir) || !statSync(file).isFile()) throw new Error("not found");
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(readFileSync(file));
    } catch {
      response.writeHead(404);
      response.end();
    }
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve(server)));
}
