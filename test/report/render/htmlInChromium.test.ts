import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildReport } from "../../../src/report/buildReport";
import { renderHtml } from "../../../src/report/render/renderHtml";
import { ARTIFACTS, axeViolations, browserSkipReason, launchBrowser } from "../../support/browser";
import { hostileText, miniDrill } from "../fixtures/drill";

const skip = browserSkipReason();

interface Opened {
  page: Page;
  requests: string[];
  aborted: string[];
  consoleErrors: string[];
  dialogs: string[];
}

/** Opens a report file from a file:// URL with every other request routed to abort and recorded. */
async function openReport(browser: Browser, html: string, name: string): Promise<Opened> {
  const dir = mkdtempSync(join(tmpdir(), "hotwash-report-"));
  const file = join(dir, `${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const context = await browser.newContext({ offline: true, viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  const opened: Opened = { page, requests: [], aborted: [], consoleErrors: [], dialogs: [] };
  await page.route("**/*", (route) => {
    const requested = route.request().url();
    if (requested === url) return route.continue();
    opened.aborted.push(requested);
    return route.abort();
  });
  page.on("request", (request) => opened.requests.push(request.url()));
  page.on("console", (message) => {
    if (message.type() === "error") opened.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => opened.consoleErrors.push(error.message));
  page.on("dialog", async (dialog) => {
    opened.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await page.goto(url, { waitUntil: "load" });
  return opened;
}

function pdfPages(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page(?![s\w])/g)?.length ?? 0;
}

if (skip) {
  describe("the HTML report in Chromium", () => {
    it.skip(`${skip} — the report's offline/print checks did not run`, () => {});
  });
} else {
  describe("the HTML report in Chromium", { timeout: 90_000 }, () => {
    let browser: Browser;

    beforeAll(async () => {
      browser = await launchBrowser();
      mkdirSync(ARTIFACTS, { recursive: true });
    });

    afterAll(async () => {
      await browser?.close();
    });

    it("opens offline from a file:// URL, asks for nothing else, logs no error, and prints to a multi-page PDF", async () => {
      const html = renderHtml(buildReport(miniDrill()));
      const { page, requests, aborted, consoleErrors } = await openReport(browser, html, "report");
      expect(await page.title()).toBe("After-action report: Borrowed Keys (mini)");
      expect(await page.locator("h1").textContent()).toBe("Borrowed Keys (mini): executive summary");
      expect(await page.locator("#appendix-scores svg text.bar-value").count()).toBe(9);
      await page.screenshot({ path: join(ARTIFACTS, "report.png") });
      const pdf = await page.pdf({
        path: join(ARTIFACTS, "report.pdf"),
        format: "A4",
        printBackground: true,
      });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pdfPages(pdf)).toBeGreaterThan(1);
      expect(requests.length).toBe(1);
      expect(aborted).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });

    it("passes axe-core's accessibility checks", async () => {
      const { page } = await openReport(browser, renderHtml(buildReport(miniDrill())), "report-axe");
      expect(await axeViolations(page)).toEqual([]);
    });

    it("keeps hostile free text inert in a real browser: no dialog, no image, no request, no error", async () => {
      const text = hostileText();
      const html = renderHtml(buildReport(miniDrill(text)));
      const { page, requests, aborted, consoleErrors, dialogs } = await openReport(
        browser,
        html,
        "report-hostile",
      );
      expect(await page.locator("img, script, iframe").count()).toBe(0);
      const body = (await page.locator("body").textContent()) ?? "";
      for (const value of [
        text.codename,
        text.room,
        text.messageBody,
        text.statementBody,
        ...text.participants,
      ])
        expect(body).toContain(value);
      expect(await page.locator("#appendix-identifiers dd code").nth(2).textContent()).toBe(text.seed);
      await page.screenshot({ path: join(ARTIFACTS, "report-hostile.png") });
      expect(dialogs).toEqual([]);
      expect(requests.length).toBe(1);
      expect(aborted).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  });
}
