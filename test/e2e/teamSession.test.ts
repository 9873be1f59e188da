import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  newSession,
  ROOT,
  type ServerProcess,
  type SessionLinks,
  startServer,
} from "../server/support/serverProcess";
import {
  axeViolations,
  browserSkipReason,
  launchBrowser,
  newIsolatedContext,
  type PageWatch,
  screenshot,
  watchPage,
} from "../support/browser";

const skip = browserSkipReason();
if (skip) console.warn(skip);

const PRIVATE_INJECT = "b4c-hr-nudge";
const PRIVATE_TEXT = "HR here. I heard security is looking";
const CODENAME = "quiet-harbour";
const SECOND_CODENAME = "still-water";

function poll<T>(read: () => Promise<T> | T, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 150 });
}

describe.skipIf(skip !== undefined)("a team session across devices on hotwash serve", () => {
  let appDir: string;
  let server: ServerProcess;
  let links: SessionLinks;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  const watches: PageWatch[] = [];
  let facilitator: Page;
  let display: Page;
  let commander: Page;
  let counsel: Page;
  let security: Page;
  let evaluator: Page;

  const open = async (url: string, name?: string): Promise<Page> => {
    const context = await newIsolatedContext(browser, new URL(server.url).origin, {
      width: 1280,
      height: 900,
    });
    contexts.push(context);
    const page = await context.newPage();
    watches.push(watchPage(page, new URL(server.url).origin));
    await page.goto(url);
    if (name) {
      await page.getByLabel("Your name").fill(name);
      await page.getByRole("button", { name: "Join" }).click();
    }
    return page;
  };

  beforeAll(async () => {
    appDir = mkdtempSync(join(tmpdir(), "hotwash-app-"));
    const built = spawnSync(
      process.execPath,
      [
        join(ROOT, "node_modules/vite/bin/vite.js"),
        "build",
        "--outDir",
        appDir,
        "--emptyOutDir",
        "--logLevel",
        "error",
      ],
      {
        cwd: ROOT,
        encoding: "utf8",
      },
    );
    if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr}`);
    server = await startServer({ appDir });
    links = await newSession(server.url, "inside-voice", ["--seed", "1", "--approval", "on"]);
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (appDir) rmSync(appDir, { recursive: true, force: true });
  });

  it("a private inject reaches only its role, and an approved decision reaches the console and the display", async () => {
    facilitator = await open(links.facilitator.url);
    await facilitator.getByRole("button", { name: "Start the drill" }).click();
    display = await open(links.display.url);
    commander = await open(links.roles["incident-commander"]?.url as string, "Ana Ortiz");
    counsel = await open(links.roles.legal?.url as string, "Lee Park");
    security = await open(links.roles["security-lead"]?.url as string, "Sam Okafor");
    evaluator = await open(links.roles.evaluator?.url as string);
    await poll(() => display.getByText("Inside Voice", { exact: false }).count()).toBeGreaterThan(0);

    await facilitator.getByRole("button", { name: `Fire now ${PRIVATE_INJECT}` }).click();
    await poll(() => commander.getByText(PRIVATE_TEXT, { exact: false }).count()).toBe(1);
    await expect(commander.getByText("Only for you", { exact: false }).count()).resolves.toBeGreaterThan(0);
    await poll(() => facilitator.locator(`[data-inject="${PRIVATE_INJECT}"]`).textContent()).toContain(
      "delivered",
    );
    for (const page of [counsel, security, display])
      expect(await page.content()).not.toContain(PRIVATE_TEXT.slice(0, 20));

    await security.getByLabel("Action").selectOption("set-codename");
    await security.getByLabel("Codename").fill(CODENAME);
    await security.getByRole("button", { name: "Send decision" }).click();
    await poll(() => security.getByText("waiting", { exact: true }).count()).toBe(1);
    const approve = facilitator.getByRole("button", {
      name: `Approve Set the codename: ${CODENAME} from Sam Okafor`,
    });
    await poll(() => approve.count()).toBe(1);
    expect(await display.content()).not.toContain(CODENAME);
    await approve.click();
    await poll(() => security.getByText("approved", { exact: true }).count()).toBe(1);
    await facilitator.getByRole("button", { name: "Advance 15 minutes" }).click();
    await poll(() => display.getByText(CODENAME).count()).toBeGreaterThan(0);
    await poll(() => facilitator.locator(".log").textContent()).toContain("Sam Okafor");
    await facilitator.getByRole("button", { name: "Show the Legal counsel link as a QR code" }).click();
    const qr = facilitator.getByRole("img", { name: "QR code of the Legal counsel join link" });
    await poll(() => qr.count()).toBe(1);
    await qr.screenshot({ path: join(ROOT, "test-artifacts", "team-session-qr.png") });
    await screenshot(commander, "team-session-player");
    await screenshot(evaluator, "team-session-evaluator");
    await screenshot(facilitator, "team-session-console");
    await screenshot(display, "team-session-display");
  }, 180_000);

  it("survives kill -9 of the server: nothing accepted is lost and every page reconnects by itself", async () => {
    const clockBefore = await display.locator(".clock, [aria-label='Exercise clock']").first().textContent();
    const port = new URL(server.url).port;
    const dataDir = server.dataDir;
    await server.kill();
    await poll(() => commander.getByText("reconnecting", { exact: false }).count()).toBeGreaterThan(0);
    server = await startServer({ appDir, dataDir, port: Number(port) });
    for (const page of [commander, counsel, security, evaluator])
      await poll(() => page.getByRole("status").first().textContent(), 30_000).toBe("Connected");
    await poll(() => display.getByText(CODENAME).count(), 30_000).toBeGreaterThan(0);
    expect(await display.locator(".clock, [aria-label='Exercise clock']").first().textContent()).toBe(
      clockBefore,
    );
    await poll(() => commander.getByText(PRIVATE_TEXT, { exact: false }).count()).toBe(1);
    await poll(() => security.getByText("approved", { exact: true }).count()).toBe(1);

    // The session goes on after the restart: a new decision is accepted, approved and shown.
    await security.getByLabel("Codename").fill(SECOND_CODENAME);
    await security.getByRole("button", { name: "Send decision" }).click();
    const approve = facilitator.getByRole("button", {
      name: `Approve Set the codename: ${SECOND_CODENAME} from Sam Okafor`,
    });
    await poll(() => approve.count(), 30_000).toBe(1);
    await approve.click();
    await facilitator.getByRole("button", { name: "Advance 15 minutes" }).click();
    await poll(() => display.getByText(SECOND_CODENAME).count()).toBeGreaterThan(0);
    expect(await counsel.content()).not.toContain(PRIVATE_TEXT.slice(0, 20));
    expect(await display.content()).not.toContain(PRIVATE_TEXT.slice(0, 20));
  }, 180_000);

  it("axe finds nothing on the player, evaluator and display screens, and nothing left the origin", async () => {
    for (const page of [commander, evaluator, display]) expect(await axeViolations(page)).toEqual([]);
    for (const watch of watches) expect(watch.foreignRequests).toEqual([]);
  }, 60_000);
});
