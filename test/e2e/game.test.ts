// biome-ignore-all lint/performance/useDomNodeTextContent: these are Playwright locators, whose innerText keeps table layout
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { MAX_DRILL_INPUTS } from "../../src/content/drillFileFormat";
import { writeDrillFile } from "../../src/content/writeDrillFile";
import type { DrillInput } from "../../src/engine/log";
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

const skipReason = browserSkipReason();
if (skipReason) console.warn(skipReason);
const suite = skipReason ? describe.skip : describe;

const BORROWED_KEYS = "#/?scenario=borrowed-keys&seed=4242";
const borrowedKeys = (() => {
  const compiled = compileScenario(
    readFileSync(join(import.meta.dirname, "../../scenarios/borrowed-keys.yaml"), "utf8"),
    "borrowed-keys.yaml",
  );
  if (!compiled.ok) throw new Error("borrowed-keys.yaml does not compile");
  return compiled.value;
})();

suite("the browser game in Chromium (Borrowed Keys)", () => {
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

  const open = async (hash: string, viewport?: { width: number; height: number }) => {
    context = await newIsolatedContext(browser, origin, viewport);
    page = await context.newPage();
    watch = watchPage(page, origin);
    await page.goto(`${url}${hash}`);
    await page.getByRole("heading", { name: "Hotwash", level: 1 }).waitFor();
  };

  afterEach(async () => {
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.consoleErrors).toEqual([]);
    await context?.close();
  });

  const expectNoAxeViolations = async (screen: string) => {
    const violations = await axeViolations(page);
    expect(violations, `${screen}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
  };

  const waitForMap = () =>
    page.locator(".scene-host[data-scene-ready=true] canvas").waitFor({ timeout: 90_000 });

  /** Presses Tab until the locator has focus (keyboard only: never a click). */
  const tabTo = async (target: Locator, limit = 900) => {
    const handle = await target.elementHandle();
    for (let presses = 0; presses < limit; ) {
      const distance = await page.evaluate((element) => {
        if (document.activeElement === element) return 0;
        const focusable = [
          ...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, [tabindex]"),
        ].filter(
          (node) =>
            node.tabIndex >= 0 &&
            !(node as HTMLButtonElement).disabled &&
            node.getClientRects().length > 0 &&
            !(node instanceof HTMLInputElement && node.type === "radio" && !node.checked),
        );
        const active = document.activeElement as HTMLElement | null;
        const to = focusable.indexOf(element as HTMLElement);
        let from = active ? focusable.indexOf(active) : -1;
        if (from < 0 && active && active !== document.body) {
          const next = focusable.findIndex(
            (node) => active.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
          from = next < 0 ? -1 : next - 1;
        }
        return to > from ? to - from : 1;
      }, handle);
      if (distance === 0) return;
      for (let step = 0; step < distance; step += 1) await page.keyboard.press("Tab");
      presses += distance;
    }
    throw new Error("could not reach the element with Tab");
  };
  const press = async (target: Locator, key = "Enter") => {
    await tabTo(target);
    await page.keyboard.press(key);
  };
  const type = async (target: Locator, text: string) => {
    await tabTo(target);
    await page.keyboard.type(text);
  };

  const clock = () => page.getByRole("status", { name: "Sim clock" }).innerText();
  const nodeStates = () => page.locator(".node-table").innerText();
  /** The states the node table lists for a node, e.g. "compromised (known), revoked". */
  const statesOf = (key: string) =>
    page.locator(`tr:has(button[data-node-key="${key}"])`).getAttribute("data-states");
  /** Clicks a button that downloads a file and returns the file's text. */
  const downloadFrom = async (button: string) => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: button }).click(),
    ]);
    return readFileSync((await download.path()) as string, "utf8");
  };
  /** Starts a turn-based Borrowed Keys drill from the picker by mouse. */
  const startDrill = async () => {
    await page.getByRole("radio", { name: /Turn-based/ }).click();
    await page.getByRole("button", { name: "Read the briefing" }).click();
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.getByRole("status", { name: "Sim clock" }).waitFor();
  };

  it("plays from picker to debrief by keyboard only, with no axe violations on any screen", async () => {
    await open(BORROWED_KEYS);
    await expectNoAxeViolations("picker");
    await screenshot(page, "01-picker");
    expect(await page.getByRole("radio", { name: /Turn-based/ }).isChecked()).toBe(true);
    await press(page.getByRole("radio", { name: /Turn-based/ }), "ArrowUp");
    expect(await page.getByRole("radio", { name: /^Live/ }).isChecked()).toBe(true);
    await press(page.getByRole("radio", { name: /^Live/ }), "ArrowDown");
    expect(await page.getByRole("radio", { name: /Turn-based/ }).isChecked()).toBe(true);
    await press(page.getByRole("button", { name: "Read the briefing" }));

    await page.getByRole("heading", { name: "Situation", exact: true }).waitFor();
    await expectNoAxeViolations("briefing");
    await screenshot(page, "02-briefing");
    await press(page.getByRole("button", { name: "Start the drill" }));

    await page.getByRole("status", { name: "Sim clock" }).waitFor();
    await press(page.getByRole("button", { name: "Page the Incident Commander" }));
    await type(page.getByRole("textbox", { name: "Codename" }), "Quiet Harbour");
    await page.keyboard.press("Enter");
    await press(page.getByRole("button", { name: "Start call" }));
    await type(page.getByRole("textbox", { name: "Room name" }), "quiet-harbour");
    await type(page.getByRole("textbox", { name: "Topic" }), "Attorney Work Project");
    await page.keyboard.press("Enter");
    await press(page.getByRole("button", { name: /^ci-aws-deploy/ }));
    await press(page.getByRole("button", { name: /^Revoke credential/ }));
    await expect
      .poll(() => page.locator(".pending").innerText())
      .toMatch(/Revoke credential \(ci-aws-deploy\)/);
    for (
      let step = 0;
      step < 8 && !(await page.locator(".pending").innerText()).includes("Nothing under way");
      step += 1
    ) {
      await press(page.getByRole("button", { name: "Advance to next event" }));
    }

    await waitForMap();
    await expect.poll(() => statesOf("credential:ci-aws-deploy")).toMatch(/revoked/);
    await expect.poll(() => page.locator(".panel.team dl").innerText()).toMatch(/Quiet Harbour/);
    await expectNoAxeViolations("ops room");
    await screenshot(page, "03-ops-room");

    await press(page.getByRole("button", { name: "End drill…" }));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Debrief: Borrowed Keys" }).waitFor({ timeout: 60_000 });
    await expect(page.getByText(/\/ 100 —/)).toBeTruthy();
    await expectNoAxeViolations("debrief");
    await screenshot(page, "04-debrief");

    const slider = page.getByRole("slider", { name: "Replay up to decision" });
    await tabTo(slider);
    await page.keyboard.press("Home");
    await expect.poll(() => page.locator(".replay-output").innerText()).toMatch(/after 0 of/);
    await page.keyboard.press("End");
    await expect.poll(() => page.locator(".replay-output").innerText()).toMatch(/ci-aws-deploy[^\n]*revoked/);
  }, 300_000);

  it("plays from picker to debrief by mouse, selecting a node on the canvas", async () => {
    await open(BORROWED_KEYS);
    await page.getByRole("radio", { name: /Turn-based/ }).click();
    await page.getByRole("button", { name: "Read the briefing" }).click();
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.getByRole("button", { name: "Page the Incident Commander" }).click();
    await waitForMap();
    const box = await page.locator(".scene-host canvas").boundingBox();
    if (!box) throw new Error("no canvas");
    expect(box.width).toBeGreaterThan(200);
    // why: the first node of the first zone sits below the status strip and the zone's title (see opsRoomLayout).
    for (let y = 50; y < 120 && (await page.locator(".selected-node").count()) === 0; y += 8)
      await page.mouse.click(box.x + 40, box.y + y);
    await expect.poll(() => page.locator(".selected-node").innerText()).toMatch(/\(Instance\)$/);
    await page.getByRole("button", { name: /^Isolate instance/ }).click();
    await page.getByRole("button", { name: "Advance to next event" }).click();
    await page.getByRole("button", { name: "Advance to next event" }).click();
    await page.getByRole("button", { name: "End drill…" }).click();
    await page.getByRole("button", { name: "Yes, end the drill now" }).click();
    await page.getByRole("heading", { name: "Debrief: Borrowed Keys" }).waitFor({ timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download report (HTML)" }).click(),
    ]);
    const html = readFileSync((await download.path()) as string, "utf8");
    expect(html).toContain("Borrowed Keys");
    expect(download.url().startsWith("blob:")).toBe(true);
    const [playDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download as a play script" }).click(),
    ]);
    expect(playDownload.suggestedFilename()).toBe("borrowed-keys.my-drill.play.yaml");
    const play = compilePlay(
      readFileSync((await playDownload.path()) as string, "utf8"),
      "borrowed-keys.my-drill.play.yaml",
      (id) => (id === borrowedKeys.id ? { status: "found", scenario: borrowedKeys } : { status: "missing" }),
    );
    expect(play.diagnostics).toEqual([]);
    expect(play.ok && play.value.inputs.map((input) => input.intent.type)).toEqual(
      expect.arrayContaining(["page-ic", "isolate-instance"]),
    );
  }, 300_000);

  it("a reload mid-drill resumes the same drill at the same moment", async () => {
    await open(BORROWED_KEYS);
    await page.getByRole("radio", { name: /Turn-based/ }).click();
    await page.getByRole("button", { name: "Read the briefing" }).click();
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.getByRole("button", { name: "Page the Incident Commander" }).click();
    await page.getByRole("button", { name: /^gh-ci-bot/ }).click();
    await page.getByRole("button", { name: /^Rotate credential/ }).click();
    await page.getByRole("button", { name: "Advance to next event" }).click();
    await page.getByRole("button", { name: "Advance to next event" }).click();
    const before = {
      clock: await clock(),
      nodes: await nodeStates(),
      inbox: await page.locator(".inbox-list").innerText(),
    };
    await page.reload();
    await page.getByRole("status", { name: "Sim clock" }).waitFor();
    expect({
      clock: await clock(),
      nodes: await nodeStates(),
      inbox: await page.locator(".inbox-list").innerText(),
    }).toEqual(before);
  }, 300_000);

  it("exports a drill and imports it back; a corrupt or foreign file is refused and the current drill kept", async () => {
    await open(BORROWED_KEYS);
    await page.getByRole("radio", { name: /Turn-based/ }).click();
    await page.getByRole("button", { name: "Read the briefing" }).click();
    await page.getByRole("button", { name: "Start the drill" }).click();
    await page.getByRole("button", { name: "Page the Incident Commander" }).click();
    await page.getByRole("button", { name: "Advance to next event" }).click();
    const before = { clock: await clock(), nodes: await nodeStates() };
    const exported = await downloadFrom("Export drill");
    const saved = JSON.parse(exported);
    expect(saved).toMatchObject({
      format: "hotwash-drill",
      formatVersion: 2,
      mode: "solo",
      scenario: "borrowed-keys",
      seed: "4242",
    });
    const file = join(ARTIFACTS, "exported-drill.json");
    writeFileSync(file, exported);

    const corrupt = join(ARTIFACTS, "corrupt-drill.json");
    writeFileSync(corrupt, "{ not json");
    const foreign = join(ARTIFACTS, "foreign-drill.json");
    writeFileSync(foreign, JSON.stringify({ ...saved, contentHash: "0".repeat(64) }));
    const future = join(ARTIFACTS, "future-drill.json");
    writeFileSync(future, JSON.stringify({ ...saved, formatVersion: 99 }));
    const unknown = join(ARTIFACTS, "unknown-drill.json");
    writeFileSync(unknown, JSON.stringify({ ...saved, scenario: "no-such-scenario" }));
    const climbing = join(ARTIFACTS, "path-drill.json");
    writeFileSync(climbing, JSON.stringify({ ...saved, scenario: "../../etc/passwd" }));
    const controlled = join(ARTIFACTS, "controlled-drill.json");
    writeFileSync(
      controlled,
      JSON.stringify({
        ...saved,
        inputs: [
          ...saved.inputs,
          {
            at: saved.now,
            intent: { type: "finding.override", rule: "team.page-ic-early", outcome: "met", rationale: "x" },
          },
        ],
      }),
    );

    await page.goto(`${url}#/`);
    const input = page.getByLabel("Import a drill file");
    for (const [path, message] of [
      [corrupt, /not valid JSON/],
      [foreign, /content hash differs/],
      [future, /format version 99/],
      [unknown, /does not have/],
      [climbing, /path-drill\.json: scenario: "\.\.\/\.\.\/etc\/passwd" is not a kebab-case id/],
      [controlled, /controlled-drill\.json: input \d+ › intent: a solo drill holds no facilitator control/],
    ] as const) {
      await input.setInputFiles(path);
      await expect.poll(() => page.getByRole("alert").first().innerText()).toMatch(message);
    }
    await expect(page.getByRole("region", { name: "Saved drills" }).innerText()).resolves.toContain(
      // why: the saved-drill list and the clock may word the date differently; the T+ time is the same moment.
      `${before.clock.match(/T[+-][^)]*/)?.[0] ?? before.clock}`,
    );

    await page.evaluate(() => localStorage.clear());
    await page.reload();
    await page.getByLabel("Import a drill file").setInputFiles(file);
    await page.getByRole("status", { name: "Sim clock" }).waitFor();
    expect({ clock: await clock(), nodes: await nodeStates() }).toEqual(before);
  }, 300_000);

  it("a saved drill that no longer reads is reported once, offered for download, and not offered for resuming", async () => {
    await open("#/");
    await page.evaluate(() => {
      const entry = {
        id: "damaged",
        name: "Tampered drill",
        scenarioId: "borrowed-keys",
        scenarioTitle: "Borrowed Keys",
        seed: "1",
        now: 30,
        createdAt: "2026-11-28T10:00:00.000Z",
        savedAt: "2026-11-28T10:05:00.000Z",
        ended: false,
      };
      localStorage.setItem("hotwash.drills.v1", JSON.stringify([entry]));
      localStorage.setItem(
        "hotwash.drills.v1.damaged",
        '{"format": "hotwash-drill", "formatVersion": 2, "mode": "solo"',
      );
    });
    await page.reload();
    const alert = page.getByRole("alert").first();
    await expect
      .poll(() => alert.innerText())
      .toMatch(/The saved drill “Tampered drill”: .*removed from this browser/s);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Download the unreadable drill" }).click(),
    ]);
    expect(readFileSync((await download.path()) as string, "utf8")).toContain('"mode": "solo"');
    expect(await page.locator(".saved").innerText()).not.toContain("Tampered drill");
    await page.reload();
    await page.getByRole("heading", { name: "Hotwash", level: 1 }).waitFor();
    expect(await page.getByText("Tampered drill").count()).toBe(0);
  }, 120_000);

  it("a large drill file imports with its progress shown, up to the limit of inputs", async () => {
    await open("#/");
    const scenario = compileScenario(
      readFileSync(join(ROOT, "scenarios/borrowed-keys.yaml"), "utf8"),
      "borrowed-keys.yaml",
    );
    if (!scenario.ok) throw new Error("borrowed-keys does not compile");
    const inputs: DrillInput[] = Array.from({ length: MAX_DRILL_INPUTS }, (_, index) => ({
      at: Math.floor(index / 100),
      intent: { type: "note", text: `note ${index}` },
    }));
    const large = join(ARTIFACTS, "large-drill.json");
    writeFileSync(
      large,
      writeDrillFile({
        mode: "solo",
        scenario: "borrowed-keys",
        contentHash: scenario.value.contentHash,
        seed: "9",
        now: MAX_DRILL_INPUTS / 100,
        settings: { pacing: "turn", minutesPerSecond: 5, assist: true },
        inputs,
      }),
    );
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const text = document.querySelector(".progress-region")?.textContent;
        if (text) seen.push(text);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.getByLabel("Import a drill file").setInputFiles(large);
    await page.getByRole("status", { name: "Sim clock" }).waitFor({ timeout: 60_000 });
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.join(" | ")).toMatch(
      /Reading large-drill\.json.*Checking large-drill\.json.*Replaying 20000 inputs/,
    );
  }, 180_000);

  it("runs the live clock, honours reduced motion, and keeps the map in step with the window size", async () => {
    await open(BORROWED_KEYS.replace("seed=4242", "seed=7&pace=live&speed=60"));
    await page.getByRole("button", { name: "Read the briefing" }).click();
    await page.getByRole("button", { name: "Start the drill" }).click();
    await waitForMap();
    const first = await clock();
    await expect.poll(clock, { timeout: 10_000 }).not.toBe(first);
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = await clock();
    await page.waitForTimeout(1500);
    expect(await clock()).toBe(paused);
    await page.getByRole("checkbox", { name: "Reduce motion" }).check();
    await page.setViewportSize({ width: 900, height: 900 });
    await expect
      .poll(() =>
        page.evaluate(() => {
          const host = document.querySelector(".scene-host") as HTMLElement;
          const canvas = host.querySelector("canvas") as HTMLCanvasElement;
          return Math.abs(canvas.clientWidth - host.clientWidth) <= 2;
        }),
      )
      .toBe(true);
  }, 300_000);

  it("asks before an import replaces the drill in progress; cancelling keeps it, confirming keeps both", async () => {
    await open(BORROWED_KEYS);
    await startDrill();
    await page.getByRole("button", { name: "Page the Incident Commander" }).click();
    await page.getByRole("button", { name: "Advance to next event" }).click();
    const inProgress = await clock();
    const file = join(ARTIFACTS, "drill-to-import.json");
    writeFileSync(file, await downloadFrom("Export drill"));
    await page.getByRole("link", { name: "Saved drills" }).click();
    const saved = page.getByRole("region", { name: "Saved drills" });
    await saved.waitFor();

    await page.getByLabel("Import a drill file").setInputFiles(file);
    const dialog = page.getByRole("dialog", { name: "Open the imported drill?" });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(inProgress.match(/T[+-][^)]*/)?.[0] ?? inProgress);
    await expectNoAxeViolations("import confirmation");
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await saved.getByRole("listitem").count()).toBe(1);

    await page.getByLabel("Import a drill file").setInputFiles(file);
    await dialog.getByRole("button", { name: "Open the imported drill" }).click();
    await page.getByRole("status", { name: "Sim clock" }).waitFor();
    expect(await clock()).toBe(inProgress);
    await page.getByRole("link", { name: "Saved drills" }).click();
    await expect.poll(() => saved.getByRole("listitem").count()).toBe(2);
    expect(await saved.innerText()).not.toMatch(/No saved drills/);
  }, 300_000);

  it("a reload keeps unsent drafts, the statement, the open desk tab and which injects were read", async () => {
    await open(BORROWED_KEYS);
    await startDrill();
    await page.getByRole("button", { name: "Advance to next event" }).click();
    await page.getByRole("tab", { name: "Comms" }).click();
    await page.getByRole("textbox", { name: "Message" }).fill("Please join the bridge now");
    await page.getByRole("tab", { name: "Statement" }).click();
    await page.getByRole("textbox", { name: /Title/ }).fill("2026-03-02: Security update");
    await page.getByRole("textbox", { name: "Statement" }).fill("We are investigating.");
    await page.getByRole("tab", { name: "Mitigate" }).click();
    await page.getByRole("textbox", { name: "IP address" }).fill("198.51.100.23");
    await page.locator(".inject-toggle").last().click();
    const unread = await page.locator("#inbox h2").innerText();
    await page.reload();
    await page.getByRole("status", { name: "Sim clock" }).waitFor();
    expect(await page.getByRole("tab", { name: "Mitigate" }).getAttribute("aria-selected")).toBe("true");
    expect(await page.getByRole("textbox", { name: "IP address" }).inputValue()).toBe("198.51.100.23");
    await page.getByRole("tab", { name: "Statement" }).click();
    expect(await page.getByRole("textbox", { name: /Title/ }).inputValue()).toBe(
      "2026-03-02: Security update",
    );
    expect(await page.getByRole("textbox", { name: "Statement" }).inputValue()).toBe("We are investigating.");
    await page.getByRole("tab", { name: "Comms" }).click();
    expect(await page.getByRole("textbox", { name: "Message" }).inputValue()).toBe(
      "Please join the bridge now",
    );
    expect(await page.locator("#inbox h2").innerText()).toBe(unread);
  }, 300_000);

  it("two tabs on one drill: the second is read-only and says so, and can take the drill over", async () => {
    await open(BORROWED_KEYS);
    await startDrill();
    const first = page;
    const drillUrl = first.url();
    const second = await context.newPage();
    const secondWatch = watchPage(second, origin);
    const slow = { timeout: 20_000 };
    await second.goto(drillUrl);
    await second.getByRole("status", { name: "Sim clock" }).waitFor();
    await expect
      .poll(() => second.locator(".read-only").innerText(), slow)
      .toMatch(/open in another tab.*read-only/);
    await second.getByRole("button", { name: "Page the Incident Commander" }).click();
    expect(await second.locator(".panel.team").innerText()).toMatch(/open in another tab/);
    expect(await second.getByRole("status", { name: "Sim clock" }).innerText()).toContain("T+0:00");

    await first.getByRole("button", { name: "Advance to next event" }).click();
    const advanced = await first.getByRole("status", { name: "Sim clock" }).innerText();
    await second.getByRole("button", { name: "Use this tab instead" }).click();
    await expect
      .poll(() => second.getByRole("status", { name: "Sim clock" }).innerText(), slow)
      .toBe(advanced);
    await expect.poll(() => second.locator(".read-only").innerText(), slow).toBe("");
    await expect.poll(() => first.locator(".read-only").innerText(), slow).toMatch(/opened in another tab/);
    await first.getByRole("button", { name: "Advance to next event" }).click();
    expect(await first.getByRole("status", { name: "Sim clock" }).innerText()).toBe(advanced);
    expect(secondWatch.consoleErrors).toEqual([]);
    await second.close();
  }, 300_000);

  describe.each([
    [1440, 900],
    [1280, 720],
  ])("the ops room on one screen at %i×%i", (width, height) => {
    const inView = (locator: Locator) =>
      locator.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return (
          box.width > 0 &&
          box.top >= 0 &&
          box.left >= 0 &&
          box.bottom <= innerHeight &&
          box.right <= innerWidth
        );
      });
    const pageScrolls = () =>
      page.evaluate(
        () =>
          document.documentElement.scrollHeight > innerHeight + 1 ||
          document.documentElement.scrollWidth > innerWidth + 1,
      );

    it("does not scroll; the clock, advance and inbox are in view; choosing a node keeps map and actions in view", async () => {
      await open(BORROWED_KEYS, { width, height });
      await startDrill();
      await waitForMap();
      await page.getByRole("button", { name: "Page the Incident Commander" }).click();
      await page.getByRole("button", { name: "Advance to next event" }).click();
      expect(await pageScrolls()).toBe(false);
      for (const locator of [
        page.getByRole("status", { name: "Sim clock" }),
        page.getByRole("button", { name: "Advance to next event" }),
        page.locator("#inbox"),
        page.locator(".inject-toggle").first(),
      ])
        expect(await inView(locator)).toBe(true);
      await page.getByRole("button", { name: "api-1", exact: true }).click();
      await page.locator(".selected-node").waitFor();
      for (const locator of [
        page.locator(".scene-host canvas"),
        page.locator(".selected-node"),
        page.getByRole("button", { name: /^Isolate instance/ }),
      ])
        expect(await inView(locator)).toBe(true);
      await page.getByRole("button", { name: /^ci-aws-deploy/ }).click();
      expect(await inView(page.getByRole("button", { name: /^Revoke credential/ }))).toBe(true);
      expect(await inView(page.locator(".scene-host canvas"))).toBe(true);
      expect(await pageScrolls()).toBe(false);
      await expectNoAxeViolations(`ops room at ${width}×${height}`);
      await page.getByRole("tab", { name: "Comms" }).click();
      await expectNoAxeViolations(`comms tab at ${width}×${height}`);
      await page.waitForTimeout(300);
      await screenshot(page, `ops-room-${width}x${height}`);
    }, 300_000);

    it("an action refused while paused keeps its text and says why, where it was taken", async () => {
      await open(BORROWED_KEYS, { width, height });
      await startDrill();
      await page.getByRole("button", { name: "Pause" }).click();
      await page.getByRole("tab", { name: "Team" }).click();
      const codename = page.getByRole("textbox", { name: "Codename" });
      await codename.fill("Quiet Harbour");
      await page.getByRole("button", { name: "Set codename" }).click();
      const form = page.getByRole("form", { name: "Set the codename" });
      await expect.poll(() => form.getByRole("alert").innerText()).toMatch(/^Not sent: the drill is paused/);
      expect(await inView(form.getByRole("alert"))).toBe(true);
      expect(await codename.inputValue()).toBe("Quiet Harbour");
      await screenshot(page, `ops-room-paused-refusal-${width}x${height}`);
      await page.getByRole("button", { name: "Resume" }).click();
      await page.getByRole("button", { name: "Set codename" }).click();
      await expect.poll(() => form.getByRole("status").innerText()).toBe("Codename set to Quiet Harbour.");
      expect(await codename.inputValue()).toBe("");
      await screenshot(page, `ops-room-after-resume-${width}x${height}`);
    }, 300_000);
  });
});
