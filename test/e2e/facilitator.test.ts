import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import type { Inject } from "../../src/engine/scenario";
import {
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

/** The first plainly scheduled inject well after T0: the one the facilitator fires early. */
function injectToFire(): Inject {
  const compiled = compileScenario(
    readFileSync(join(ROOT, "scenarios/borrowed-keys.yaml"), "utf8"),
    "borrowed-keys.yaml",
  );
  if (!compiled.ok) throw new Error("borrowed-keys.yaml does not compile");
  const inject = compiled.value.injects
    .filter((candidate) => !candidate.contingency && !candidate.when && (candidate.at ?? 0) >= 20)
    .sort((a, b) => (a.at ?? 0) - (b.at ?? 0))[0];
  if (!inject) throw new Error("no scheduled inject to fire");
  return inject;
}

/** Polls until the assertion holds; windows of the dev server can take seconds to boot. */
function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

const OBSERVATION = "Ben hesitated before revoking the deploy key";
const RATIONALE = "The IC paged by phone before the tool recorded it";

describe.skipIf(skip !== undefined)("facilitator mode in two windows of one browser", () => {
  let server: ViteDevServer;
  let browser: Browser;
  let context: BrowserContext;
  let url: string;
  let consolePage: Page;
  let display: Page;
  let consoleWatch: PageWatch;
  let displayWatch: PageWatch;
  let sessionId = "";
  const displayScenarioRequests: string[] = [];
  const fired = injectToFire();

  const openDisplay = async (): Promise<Page> => {
    const [page] = await Promise.all([
      context.waitForEvent("page"),
      consolePage.getByRole("button", { name: "Open team display" }).click(),
    ]);
    displayWatch = watchPage(page, new URL(url).origin);
    page.on("request", (request) => {
      // why: the entry chunk every page shares holds the drill file writer and its format's constants, which hold no
      // scenario; nothing else of the content folder, no scenario and no compiler, may reach the display.
      if (
        /\/scenarios\/|\/src\/content\/(?!drillFileFormat\.ts|writeDrillFile\.ts)/.test(
          new URL(request.url()).pathname,
        )
      )
        displayScenarioRequests.push(request.url());
    });
    await page.waitForLoadState("domcontentloaded");
    // why: counts any keyboard or pointer input the display receives; the session must be driven without it.
    await page.evaluate(() => {
      const counter = window as unknown as { displayInputs: number };
      counter.displayInputs = 0;
      for (const type of ["keydown", "pointerdown", "click"])
        window.addEventListener(type, () => (counter.displayInputs += 1), true);
    });
    return page;
  };
  const displayText = async (page: Page) => (await page.locator(".td").textContent()) ?? "";

  beforeAll(async () => {
    ({ server, url } = await startViteServer());
    browser = await launchBrowser();
    context = await newIsolatedContext(browser, new URL(url).origin);
    consolePage = await context.newPage();
    consoleWatch = watchPage(consolePage, new URL(url).origin);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("sets up the session: scenario, seed, roster", async () => {
    await consolePage.goto(`${url}#/facilitator`);
    await consolePage.getByLabel("Scenario").selectOption({ label: "Borrowed Keys" });
    await consolePage.getByLabel("Seed").fill("42");
    await consolePage.getByLabel("Incident Commander").fill("Ana Ruiz");
    await consolePage.getByLabel("Security lead").fill("Ben Osei");
    await consolePage.getByLabel("Scribe").fill("Cy Park");
    expect(await axeViolations(consolePage)).toEqual([]);
    await consolePage.getByRole("button", { name: "Start session" }).click();
    await poll(() => consolePage.getByRole("heading", { level: 1 }).textContent()).toContain("Borrowed Keys");
    const header = await consolePage.locator("header").textContent();
    sessionId = /session ([a-z0-9-]+)/.exec(header ?? "")?.[1] ?? "";
    expect(sessionId).not.toBe("");
  }, 60_000);

  it("opens the team display, which shows the briefing and the roster", async () => {
    display = await openDisplay();
    expect(display.url()).toContain(`#/display?session=${sessionId}`);
    await poll(() => consolePage.getByTestId("displays").textContent()).toBe("Team displays open: 1");
    await poll(() => display.getByTestId("display-phase").textContent()).toMatch(/briefing/i);
    const text = await displayText(display);
    expect(text).toContain("Ana Ruiz — Incident Commander");
    expect(text).not.toContain("Master scenario events");
  }, 60_000);

  it("starts the drill and enters a decision attributed to a role", async () => {
    await consolePage.getByRole("button", { name: "Start the drill" }).click();
    await poll(() => display.getByTestId("display-phase").textContent()).toMatch(/live/i);
    await consolePage.getByRole("button", { name: "Advance 15 minutes" }).click();
    const form = consolePage.getByRole("form", { name: "Enter a team decision" });
    await form.getByLabel("Decided by").selectOption({ label: "Ana Ruiz — Incident Commander" });
    await form.getByLabel("Action", { exact: true }).selectOption("page-ic");
    await form.getByRole("button", { name: "Enter decision" }).click();
    await poll(() => form.textContent()).toContain("Accepted");
    await form.getByLabel("Decided by").selectOption({ label: "Ben Osei — Security lead" });
    await form.getByLabel("Action", { exact: true }).selectOption("set-codename");
    await form.getByLabel("Codename").fill("quiet-heron");
    await form.getByRole("button", { name: "Enter decision" }).click();
    await consolePage.getByRole("button", { name: "Advance 15 minutes" }).click();
    await poll(() => display.getByTestId("display-clock").textContent()).toContain("T+0:30");
    await poll(() => displayText(display)).toContain("quiet-heron");
  }, 60_000);

  it("fires an inject early and the team sees it on the display", async () => {
    const firstLine = fired.body.split("\n")[0]?.slice(0, 60) ?? "";
    expect(await displayText(display)).not.toContain(firstLine);
    await consolePage.getByRole("button", { name: `Fire now ${fired.id}`, exact: true }).click();
    await poll(() => displayText(display)).toContain(firstLine);
    const row = consolePage.locator(`tr[data-inject="${fired.id}"]`);
    await poll(() => row.textContent()).toContain("delivered");
    const shown = await displayText(display);
    expect(shown).not.toContain(fired.controller.evaluatorNotes.slice(0, 40));
  }, 60_000);

  it("another page of the origin can neither hear the channel nor forge a view, a close or a flood", async () => {
    const before = await displayText(display);
    const attacker = await context.newPage();
    await attacker.goto(`${url}#/`);
    const heard = await attacker.evaluate(async (session) => {
      const forged = {
        scenarioTitle: "FORGED",
        organisation: "Elimu Informatics",
        clock: "T+9:59",
        phase: "live",
        ended: false,
        roster: [],
        team: { icPaged: true, assignments: [] },
        inbox: [{ at: "T+0:01", from: "CEO", channel: "email", body: "FORGED: publish the statement now" }],
        caseFile: [],
        systems: [],
        credentials: [],
        pending: [],
        activity: [],
        statements: [],
      };
      // why: the names the first version used, and guesses from the session id shown in the console's header.
      const names = [
        "hotwash-facilitator",
        `hotwash-facilitator.${session}`,
        `hotwash-facilitator.${session}.${"0".repeat(32)}`,
      ];
      const received: unknown[] = [];
      const channels = names.map((name) => {
        const channel = new BroadcastChannel(name);
        channel.onmessage = (event) => received.push(event.data);
        return channel;
      });
      for (const channel of channels) {
        channel.postMessage({ type: "display.view", session, view: forged });
        channel.postMessage({ type: "display.view", session, key: "0".repeat(32), view: forged });
        channel.postMessage({ type: "display.closed", session, display: "any" });
        for (let i = 0; i < 20_000; i++)
          channel.postMessage({ type: "display.hello", session, display: `d${i}` });
      }
      await new Promise((resolve) => setTimeout(resolve, 1500));
      for (const channel of channels) channel.close();
      return received.length;
    }, sessionId);
    await attacker.close();
    expect(heard).toBe(0);
    const started = performance.now();
    expect(await consolePage.getByTestId("displays").textContent()).toBe("Team displays open: 1");
    expect(performance.now() - started).toBeLessThan(2000);
    expect(await displayText(display)).toBe(before);
    expect(await displayText(display)).not.toContain("FORGED");
  }, 60_000);

  it("has no accessibility violations on the console or the display", async () => {
    expect(await axeViolations(consolePage)).toEqual([]);
    expect(await axeViolations(display)).toEqual([]);
  }, 60_000);

  it("pauses the clock, and the display says so", async () => {
    await consolePage.getByRole("button", { name: "Pause", exact: true }).click();
    await poll(() => display.getByTestId("display-phase").textContent()).toMatch(/paused/i);
  }, 60_000);

  it("overrides a finding with a rationale, seen only on the console", async () => {
    const form = consolePage.getByRole("form", { name: "Override a finding" });
    await form.getByLabel("Finding").selectOption("team.page-ic-early");
    await form.getByLabel("New outcome").selectOption("met");
    await form.getByLabel("Rationale").fill(RATIONALE);
    await form.getByRole("button", { name: "Override finding" }).click();
    const row = consolePage.locator('tr[data-rule="team.page-ic-early"]');
    await poll(() => row.textContent()).toContain("overridden");
    expect(await displayText(display)).not.toContain(RATIONALE);
  }, 60_000);

  it("records an observation linked to a log entry", async () => {
    const form = consolePage.getByRole("form", { name: "Record an observation" });
    await form.getByLabel("Observation").fill(OBSERVATION);
    const link = form.getByLabel("Linked log entry (optional)");
    const option = await link.locator("option").nth(1).getAttribute("value");
    await link.selectOption(option ?? "");
    await form.getByRole("button", { name: "Record observation" }).click();
    await poll(() =>
      consolePage.getByRole("list", { name: "Recorded observations" }).textContent(),
    ).toContain(`${OBSERVATION} (re #${option})`);
    expect(await displayText(display)).not.toContain(OBSERVATION);
  }, 60_000);

  it("a display closed and reopened mid-session shows the same state", async () => {
    const before = await displayText(display);
    await display.close();
    display = await openDisplay();
    await poll(() => displayText(display)).toBe(before);
  }, 60_000);

  it("runs the clock live at the chosen speed until paused", async () => {
    await consolePage.getByRole("button", { name: "Resume" }).click();
    const before = await display.getByTestId("display-clock").textContent();
    await consolePage.getByLabel("Clock speed").selectOption("30");
    await expect
      .poll(() => display.getByTestId("display-clock").textContent(), { timeout: 10_000 })
      .not.toBe(before);
    await consolePage.getByRole("button", { name: "Pause", exact: true }).click();
    await consolePage.getByLabel("Clock speed").selectOption("0");
    await poll(() => display.getByTestId("display-phase").textContent()).toMatch(/paused/i);
  }, 60_000);

  it("refuses a corrupt session file and leaves the session untouched", async () => {
    const clock = await consolePage.locator("header .clock").textContent();
    await consolePage.getByLabel("Load a session file").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from("{ this is not a session"),
    });
    await poll(() => consolePage.getByRole("alert").textContent()).toContain("not valid JSON");
    expect(await consolePage.locator("header .clock").textContent()).toBe(clock);
    expect(await consolePage.locator("header").textContent()).toContain(`session ${sessionId}`);
  }, 60_000);

  it("saves the session to a file and restores it to the same moment", async () => {
    const [download] = await Promise.all([
      consolePage.waitForEvent("download"),
      consolePage.getByRole("button", { name: "Save session file" }).click(),
    ]);
    const path = await download.path();
    const saved = readFileSync(path, "utf8");
    const file = JSON.parse(saved) as {
      inputs: { by?: string; actorName?: string; intent: { type: string } }[];
    };
    expect(file.inputs.find((input) => input.intent.type === "page-ic")).toMatchObject({
      by: "incident-commander",
      actorName: "Ana Ruiz",
    });
    const before = await displayText(display);
    const clock = await consolePage.locator("header .clock").textContent();
    await consolePage.getByLabel("Load a session file").setInputFiles({
      name: "session.json",
      mimeType: "application/json",
      buffer: Buffer.from(saved),
    });
    await poll(() => consolePage.locator("header .clock").textContent()).toBe(clock);
    await poll(() => displayText(display)).toBe(before);
  }, 60_000);

  it("ends the session: the display shows the hotwash questions and answers are recorded", async () => {
    await consolePage.getByRole("button", { name: "Resume" }).click();
    await consolePage.getByRole("button", { name: "End the session" }).click();
    await poll(() => display.getByTestId("display-phase").textContent()).toMatch(/ended/i);
    await poll(() => display.getByTestId("display-prompt").textContent()).toMatch(/Hotwash/i);
    await consolePage.getByLabel("Answer given by").selectOption({ label: "Cy Park — Scribe" });
    const answer = consolePage.getByRole("form", { name: "Answer to question 1" });
    await answer.getByRole("textbox").fill("Paging was fast; revoking was slow");
    await answer.getByRole("button", { name: "Record answer 1" }).click();
    await poll(() => consolePage.getByRole("list", { name: "Recorded answers" }).textContent()).toContain(
      "Paging was fast; revoking was slow",
    );
  }, 60_000);

  it("builds the after-action report with roles, the observation and the override", async () => {
    await consolePage.getByRole("button", { name: "Build the after-action report" }).click();
    const report = consolePage.frameLocator('iframe[title="After-action report"]').locator("body");
    await expect.poll(() => report.textContent(), { timeout: 20_000 }).toContain(OBSERVATION);
    const text = await report.textContent();
    expect(text).toContain(RATIONALE);
    expect(text).toContain("Ana Ruiz");
    expect(text).toContain("Incident Commander");
    expect(text).toContain("Ben Osei");
    expect(text).toContain("Paging was fast; revoking was slow");
    const [download] = await Promise.all([
      consolePage.waitForEvent("download"),
      consolePage.getByRole("button", { name: "Download JSON" }).click(),
    ]);
    const json = JSON.parse(readFileSync(await download.path(), "utf8")) as {
      overview: { mode: string };
      timeline: { entries: { kind: string; label: string; by: { role: string; name?: string }[] }[] };
    };
    expect(json.overview.mode).toBe("facilitated");
    const codename = json.timeline.entries.find((entry) => JSON.stringify(entry).includes("quiet-heron"));
    expect(codename?.by).toContainEqual(expect.objectContaining({ role: "security-lead", name: "Ben Osei" }));
    await screenshot(consolePage, "facilitator-console-report");
    await screenshot(display, "facilitator-team-display");
  }, 60_000);

  it("was driven without any keyboard or pointer input on the display, with no errors or foreign requests", async () => {
    expect(await display.evaluate(() => (window as unknown as { displayInputs: number }).displayInputs)).toBe(
      0,
    );
    expect(consoleWatch.consoleErrors).toEqual([]);
    expect(displayWatch.consoleErrors).toEqual([]);
    expect([...consoleWatch.foreignRequests, ...displayWatch.foreignRequests]).toEqual([]);
    // why: the console is the only holder of the scenario definition; the display never loads or compiles one.
    expect(displayScenarioRequests).toEqual([]);
  });
});
