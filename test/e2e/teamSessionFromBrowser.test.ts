import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SESSION_ROLES } from "../../src/facilitator/roster";
import { ROOT, type ServerProcess, startServer } from "../server/support/serverProcess";
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

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1280, height: 800 };

function poll<T>(read: () => Promise<T> | T, timeout = 20_000) {
  return expect.poll(read, { timeout, interval: 150 });
}

/** Presses Tab until the target has the keyboard focus (it must be reachable without a mouse). */
async function tabTo(page: Page, target: Locator, most = 60): Promise<void> {
  for (let presses = 0; presses < most; presses++) {
    if (await target.evaluate((node) => node === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

describe.skipIf(skip !== undefined)(
  "a facilitator runs a team session from the browser on hotwash serve",
  () => {
    let appDir: string;
    let server: ServerProcess;
    let base: string;
    let secret: string;
    let browser: Browser;
    let facilitator: Page;
    const contexts: BrowserContext[] = [];
    const watches: PageWatch[] = [];
    const linkOf = async (title: string) =>
      (await facilitator
        .getByRole("row", { name: new RegExp(`^${title} `) })
        .locator("code")
        .textContent()) ?? "";

    const open = async (url: string, viewport: { width: number; height: number }): Promise<Page> => {
      const context = await newIsolatedContext(browser, new URL(base).origin, viewport);
      contexts.push(context);
      const page = await context.newPage();
      watches.push(watchPage(page, new URL(base).origin));
      await page.goto(url);
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
        { cwd: ROOT, encoding: "utf8" },
      );
      if (built.status !== 0) throw new Error(`vite build failed: ${built.stderr}`);
      // why: bound to every interface, as for people in the room, so creating a session needs the facilitator secret.
      server = await startServer({ appDir, extra: ["--host", "0.0.0.0"] });
      for (let waited = 0; waited < 100 && !/Facilitator secret: \S+/.test(server.output.join("")); waited++)
        await new Promise((resolve) => setTimeout(resolve, 100));
      secret = /Facilitator secret: (\S+)/.exec(server.output.join(""))?.[1] as string;
      base = `http://127.0.0.1:${new URL(server.url).port}`;
      browser = await launchBrowser();
    }, 180_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      if (appDir) rmSync(appDir, { recursive: true, force: true });
    });

    it("creates the session from the console with the printed secret and lists every link, copyable and revocable", async () => {
      expect(server.output.join("")).toContain(`/#/facilitator?secret=${secret}`);
      facilitator = await open(`${base}/#/facilitator`, LAPTOP);
      await facilitator.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
      const create = facilitator.getByRole("button", { name: "Create the team session" });
      await create.waitFor();
      await screenshot(facilitator, "team-session-setup");
      await create.click();
      await poll(() => facilitator.getByRole("alert").textContent()).toContain("facilitator secret");
      await facilitator.getByLabel("Facilitator secret").fill(`${secret}x`);
      await create.click();
      await poll(() => facilitator.getByRole("alert").textContent()).toContain("unauthorized");

      await facilitator.goto(`${base}/#/facilitator?secret=${secret}`);
      await facilitator.reload();
      await facilitator.getByRole("button", { name: "Create the team session" }).waitFor();
      expect(facilitator.url()).not.toContain(secret);
      expect(await facilitator.getByLabel("Facilitator secret").inputValue()).toBe(secret);
      await facilitator.getByLabel("Scenario", { exact: true }).first().selectOption("inside-voice");
      await facilitator.getByLabel("Seed").first().fill("5");
      await facilitator.getByRole("button", { name: "Create the team session" }).click();

      await facilitator.getByRole("button", { name: "Copy my console link" }).waitFor({ timeout: 30_000 });
      expect(facilitator.url()).toMatch(/#\/join\?token=[A-Za-z0-9_-]{43}$/);
      const rows = await facilitator.locator(".team-session tbody tr td:first-child").allTextContents();
      expect(rows).toEqual(["Team display", "Evaluator", ...SESSION_ROLES.map((role) => role.title)]);
      const displayLink = await linkOf("Team display");
      expect(displayLink).toMatch(new RegExp(`^${base}/#/join\\?token=`));
      await facilitator.getByRole("button", { name: "Copy the Team display link" }).click();
      await poll(() => facilitator.evaluate(() => navigator.clipboard.readText())).toBe(displayLink);
      await facilitator.getByRole("button", { name: "Show the Evaluator link as a QR code" }).click();
      await poll(() =>
        facilitator.getByRole("img", { name: "QR code of the Evaluator join link" }).count(),
      ).toBe(1);
      await screenshot(facilitator, "team-session-created");

      const scribeLink = await linkOf("Scribe");
      await facilitator.getByRole("button", { name: "Revoke the Scribe link" }).click();
      await poll(() => facilitator.getByRole("row", { name: /^Scribe / }).textContent()).toContain("revoked");
      const scribe = await open(scribeLink, PHONE);
      await poll(() => scribe.getByText("not valid any more", { exact: false }).count()).toBeGreaterThan(0);

      await facilitator.getByRole("button", { name: "Start the drill" }).click();
      const display = await open(displayLink, LAPTOP);
      await poll(() => display.getByText("Inside Voice", { exact: false }).count()).toBeGreaterThan(0);
    }, 180_000);

    for (const [size, viewport] of [
      ["phone", PHONE],
      ["laptop", LAPTOP],
    ] as const) {
      it(`a player joins and decides with the keyboard alone on a ${size}; axe finds nothing`, async () => {
        const player = await open(await linkOf("Incident Commander"), viewport);
        const name = player.getByLabel("Your name");
        await name.waitFor();
        await tabTo(player, name);
        await player.keyboard.type(`Ana ${size}`);
        await player.keyboard.press("Enter");
        const send = player.getByRole("button", { name: "Send decision" });
        await send.waitFor();
        expect(await axeViolations(player)).toEqual([]);
        await tabTo(player, send);
        await player.keyboard.press("Enter");
        await poll(() => player.getByText("Decision sent and applied.").count()).toBe(1);
        const taken = player.getByRole("list", { name: "Taken by the drill" });
        await poll(() => taken.textContent()).toContain(
          `Page the Incident Commander · Ana ${size} · in effect`,
        );
        await poll(() => facilitator.locator(".log").textContent()).toContain(`Ana ${size}`);
        const overflow = await player.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await axeViolations(player)).toEqual([]);
        await screenshot(player, `team-session-player-${size}`);
      }, 120_000);

      it(`an evaluator records an observation with the keyboard alone on a ${size}; axe finds nothing`, async () => {
        const evaluator = await open(await linkOf("Evaluator"), viewport);
        const observation = evaluator.getByRole("textbox", { name: "Observation" });
        await observation.waitFor();
        expect(await axeViolations(evaluator)).toEqual([]);
        await tabTo(evaluator, evaluator.getByRole("textbox", { name: "Your name" }));
        await evaluator.keyboard.type(`Eve ${size}`);
        await tabTo(evaluator, observation);
        await evaluator.keyboard.type(`The IC was paged from a ${size}.`);
        await tabTo(evaluator, evaluator.getByRole("button", { name: "Record observation" }));
        await evaluator.keyboard.press("Enter");
        await poll(() => evaluator.getByText(`The IC was paged from a ${size}.`).count()).toBeGreaterThan(0);
        const outcome = evaluator.locator(".decisions td").filter({ hasText: "accepted" }).first();
        const box = await outcome.boundingBox();
        expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(viewport.width);
        const overflow = await evaluator.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await axeViolations(evaluator)).toEqual([]);
        await screenshot(evaluator, `team-session-evaluator-${size}`);
      }, 120_000);
    }

    it("nothing left the origin", () => {
      for (const watch of watches) expect(watch.foreignRequests).toEqual([]);
    });
  },
);
