import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import {
  ARTIFACTS,
  axeViolations,
  browserSkipReason,
  launchBrowser,
  newIsolatedContext,
  type PageWatch,
  ROOT,
  screenshot,
  startViteServer,
  watchPage,
} from "../support/browser";

const skip = browserSkipReason();
if (skip) console.warn(skip);

const borrowedKeys = (() => {
  const compiled = compileScenario(
    readFileSync(join(ROOT, "scenarios/borrowed-keys.yaml"), "utf8"),
    "borrowed-keys.yaml",
  );
  if (!compiled.ok) throw new Error("borrowed-keys.yaml does not compile");
  return compiled.value;
})();

const CONTACT = "Dana Whitfield, Office of the CISO";
const ORGANISATION = "Elimu Platform Engineering";
const DUE = "2027-02-26";

/** Clicks a button that downloads a file and returns its name and text. */
async function downloadFrom(page: Page, button: Locator): Promise<{ name: string; text: string }> {
  const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
  return {
    name: download.suggestedFilename(),
    text: readFileSync((await download.path()) as string, "utf8"),
  };
}

/** A screenshot of the top of a region (up to `height` pixels), to judge it at the size people see it. */
async function screenshotTop(page: Page, region: Locator, name: string, height = 1100): Promise<void> {
  await region.scrollIntoViewIfNeeded();
  const box = await region.boundingBox();
  if (!box) throw new Error(`${name}: the region is not shown`);
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  await page.screenshot({
    path: join(ARTIFACTS, `${name}.png`),
    fullPage: true,
    clip: {
      x: box.x + scroll.x,
      y: box.y + scroll.y,
      width: box.width,
      height: Math.min(box.height, height),
    },
  });
}

/** Types into a field by keyboard only: focus, select all, type, Tab away (which commits the change). */
async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await field.focus();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(text);
  await page.keyboard.press("Tab");
}

describe.skipIf(skip !== undefined)("the improvement plan editor and the facilitator kit in Chromium", () => {
  let server: ViteDevServer;
  let url: string;
  let origin: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let watch: PageWatch;

  beforeAll(async () => {
    ({ server, url } = await startViteServer());
    origin = new URL(url).origin;
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("solo debrief: a plan row edited by keyboard is in the exported report and the drill file, and a reload keeps it", async () => {
    context = await newIsolatedContext(browser, origin);
    page = await context.newPage();
    watch = watchPage(page, origin);
    await page.goto(`${url}#/?scenario=borrowed-keys&seed=4242`);
    await page.getByRole("radio", { name: /Turn-based/ }).click();
    await page.getByRole("button", { name: "Read the briefing" }).click();
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.getByRole("button", { name: "Page the Incident Commander" }).click();
    await page.getByRole("button", { name: "Advance to next event" }).click();
    await page.getByRole("button", { name: "End drill…" }).click();
    await page.getByRole("button", { name: "Yes, end the drill now" }).click();
    await page.getByRole("heading", { name: "Debrief: Borrowed Keys" }).waitFor({ timeout: 60_000 });

    const plan = page.getByRole("region", { name: "Improvement plan" });
    const row = plan.getByRole("group").first();
    await typeInto(page, row.getByRole("textbox", { name: "Point of contact" }), CONTACT);
    await typeInto(page, row.getByRole("textbox", { name: "Responsible organisation" }), ORGANISATION);
    await row.getByLabel("Due").focus();
    await page.keyboard.type(DUE.replaceAll("-", "").replace(/^(\d{4})(\d{2})(\d{2})$/, "$2$3$1"));
    await page.keyboard.press("Tab");
    await expect.poll(() => plan.getByRole("status").textContent()).toBe("Row 1 saved.");
    expect(await row.getByLabel("Due").inputValue()).toBe(DUE);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotTop(page, plan, "plan-editor-debrief");

    const html = await downloadFrom(page, page.getByRole("button", { name: "Download report (HTML)" }));
    expect(html.text).toContain(CONTACT);
    expect(html.text).toContain(ORGANISATION);
    expect(html.text).toContain(DUE);
    const csv = await downloadFrom(page, page.getByRole("button", { name: "Download findings (CSV)" }));
    expect(csv.text).toContain(CONTACT);
    const drill = await downloadFrom(page, page.getByRole("button", { name: "Export drill" }));
    expect(JSON.parse(drill.text).planEdits).toEqual([
      expect.objectContaining({ pointOfContact: CONTACT, organisation: ORGANISATION, due: DUE }),
    ]);

    await page.reload();
    await page.getByRole("heading", { name: "Debrief: Borrowed Keys" }).waitFor({ timeout: 60_000 });
    const again = page.getByRole("region", { name: "Improvement plan" }).getByRole("group").first();
    expect(await again.getByRole("textbox", { name: "Point of contact" }).inputValue()).toBe(CONTACT);
    expect(await again.getByLabel("Due").inputValue()).toBe(DUE);
    const reloaded = await downloadFrom(page, page.getByRole("button", { name: "Download report (HTML)" }));
    expect(reloaded.text).toContain(CONTACT);
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  }, 300_000);

  it("console: the plan edit is in the exported report and the session file; the kit downloads hold the right documents", async () => {
    context = await newIsolatedContext(browser, origin);
    page = await context.newPage();
    watch = watchPage(page, origin);
    await page.goto(`${url}#/facilitator`);
    await page.getByLabel("Scenario").selectOption({ label: "Borrowed Keys" });
    await page.getByLabel("Seed").fill("42");
    await page.getByLabel("Incident Commander").fill("Ana Ruiz");
    await page.getByRole("button", { name: "Start session" }).click();
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.getByRole("button", { name: "Advance 15 minutes" }).click();
    await page.getByRole("button", { name: "End the session" }).click();
    await page.getByRole("button", { name: "Build the after-action report" }).click();

    const report = page.getByRole("region", { name: "After-action report" });
    const row = report.getByRole("group").first();
    await typeInto(page, row.getByRole("textbox", { name: "Point of contact" }), CONTACT);
    await expect.poll(() => report.getByRole("status").textContent()).toBe("Row 1 saved.");
    await row.getByRole("combobox", { name: "Capability element" }).selectOption("Training");
    await expect
      .poll(
        async () => (await downloadFrom(page, report.getByRole("button", { name: "Download HTML" }))).text,
      )
      .toContain(CONTACT);
    const markdown = await downloadFrom(page, report.getByRole("button", { name: "Download Markdown" }));
    expect(markdown.text).toContain(CONTACT);
    const session = await downloadFrom(page, page.getByRole("button", { name: "Save session file" }));
    expect(JSON.parse(session.text).planEdits).toEqual([
      expect.objectContaining({ pointOfContact: CONTACT, capabilityElement: "Training" }),
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshotTop(page, report, "plan-editor-console");

    const kit = page.getByRole("region", { name: "Facilitator kit" });
    const manual = await downloadFrom(
      page,
      kit.getByRole("button", { name: "Download Situation manual (HTML)" }),
    );
    expect(manual.name).toBe("borrowed-keys-situation-manual.html");
    expect(manual.text).toContain(`<h1>${borrowedKeys.title}: situation manual</h1>`);
    const events = await downloadFrom(
      page,
      kit.getByRole("button", { name: "Download Master events list (HTML)" }),
    );
    expect(events.text).toContain(`<h1>${borrowedKeys.title}: master events list</h1>`);
    expect(events.text).toContain("Expected actions");
    for (const title of ["Evaluator guide", "Participant feedback form"]) {
      const button = kit.getByRole("button", { name: `Download ${title} (HTML)` });
      expect((await downloadFrom(page, button)).text).toContain(`: ${title.toLowerCase()}</h1>`);
    }

    const [printTab] = await Promise.all([
      context.waitForEvent("page"),
      kit.getByRole("button", { name: "Open Situation manual to print" }).click(),
    ]);
    await printTab.waitForLoadState("load");
    expect(await printTab.getByRole("heading", { level: 1 }).textContent()).toBe(
      `${borrowedKeys.title}: situation manual`,
    );
    const shown = (await printTab.locator("body").textContent()) ?? "";
    for (const inject of borrowedKeys.injects)
      for (const line of inject.body.split("\n").filter((text) => text.trim().length > 30))
        expect(shown, `inject ${inject.id} reached the situation manual`).not.toContain(line.trim());
    expect(await axeViolations(printTab)).toEqual([]);
    await screenshot(printTab, "kit-situation-manual");
    expect(watch.consoleErrors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    await context.close();
  }, 300_000);
});
