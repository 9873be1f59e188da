import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";

export const ROOT = join(import.meta.dirname, "../..");
export const ARTIFACTS = join(ROOT, "test-artifacts");

/** The Chromium executable to drive (CHROME_PATH, else Debian's), or undefined when none is installed. */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROME_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(
    (path): path is string => Boolean(path),
  );
  return candidates.find((path) => existsSync(path));
}

/** Why browser tests are skipped on this machine, or undefined when they can run. */
export function browserSkipReason(): string | undefined {
  return chromiumPath()
    ? undefined
    : "SKIPPED browser tests: no Chromium found (set CHROME_PATH or `apt-get install -y chromium`)";
}

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Launches headless Chromium with the project's flags. */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error(browserSkipReason());
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

/** Serves the repository with Vite's dev server on a free port; returns the server and its base URL. */
export async function startViteServer(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    root: ROOT,
    configFile: join(ROOT, "vite.config.ts"),
    logLevel: "error",
    server: { port: 0, host: "127.0.0.1", strictPort: false, hmr: false },
    clearScreen: false,
    // why: pre-bundling up front stops Vite from reloading the page when the lazy Phaser chunk is first requested.
    optimizeDeps: { include: ["phaser", "xstate", "seedrandom", "yaml"], noDiscovery: true },
    cacheDir: join(ROOT, "node_modules/.cache/vite-browser-tests"),
  });
  await server.listen();
  const address = server.httpServer?.address() as AddressInfo;
  return { server, url: `http://127.0.0.1:${address.port}/` };
}

export interface PageWatch {
  /** Requests that left the page's origin. */
  foreignRequests: string[];
  consoleErrors: string[];
}

/** Records console errors, page errors and any request outside `origin` for a page. */
export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { foreignRequests: [], consoleErrors: [] };
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith("data:") || url.startsWith("blob:")) return;
    if (new URL(url).origin !== origin) watch.foreignRequests.push(url);
  });
  page.on("console", (message) => {
    if (message.type() === "error") watch.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => watch.consoleErrors.push(`pageerror: ${error.message}`));
  return watch;
}

/** A fresh context that aborts every request outside `origin` (nothing may leave it anyway). */
export async function newIsolatedContext(
  browser: Browser,
  origin: string,
  viewport = { width: 1400, height: 1000 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith(origin) || url.startsWith("data:") || url.startsWith("blob:")) return route.continue();
    return route.abort();
  });
  return context;
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/** Runs axe-core (injected from node_modules) on the page; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const { readFileSync } = await import("node:fs");
  const source = readFileSync(join(ROOT, "node_modules/axe-core/axe.min.js"), "utf8");
  const loaded = await page.evaluate(() => "axe" in window);
  // why: the page's CSP forbids inline scripts (addScriptTag content), so axe is evaluated through the protocol.
  if (!loaded) await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 200) })),
    }));
  });
}

/** Saves a full-page screenshot to test-artifacts/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
