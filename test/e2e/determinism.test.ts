import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { hashLog } from "../../src/engine/headless/hashLog";
import { runPlay } from "../../src/engine/headless/runPlay";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { buildReport } from "../../src/report/buildReport";
import { renderJson } from "../../src/report/render/renderJson";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { browserSkipReason, launchBrowser, ROOT, startViteServer } from "../support/browser";

const skipReason = browserSkipReason();
if (skipReason) console.warn(skipReason);
const suite = skipReason ? describe.skip : describe;

const SCENARIO = "scenarios/borrowed-keys.yaml";
const PLAYS = ["scenarios/borrowed-keys.expert.play.yaml", "scenarios/borrowed-keys.reckless.play.yaml"];

/** Compiles, plays, scores and reports one play; the same code runs in Node here and in Chromium below. */
function drillInNode(scenarioSource: string, playSource: string) {
  const compiled = compileScenario(scenarioSource, SCENARIO);
  if (!compiled.ok) throw new Error("scenario did not compile");
  const scenario: ScenarioDefinition = compiled.value;
  const play = compilePlay(playSource, "play.yaml", () => ({ status: "found", scenario }));
  if (!play.ok) throw new Error("play did not compile");
  const result = runPlay(scenario, play.value);
  const scoreCard = scoreDrill(scenario, result.log);
  const report = renderJson(
    buildReport({
      scenario,
      seed: result.seed,
      log: result.log,
      scoreCard,
      inputs: result.inputs,
      meta: { mode: "solo" },
    }),
  );
  return { logHash: hashLog(result.log), total: scoreCard.total, report };
}

/** The same pipeline as drillInNode, as page source: Vite serves the modules to Chromium as they are. */
const BROWSER_DRILL = `async ({ scenarioSource, playSource }) => {
  const [{ compileScenario }, { compilePlay }, { runPlay }, { hashLog }, { scoreDrill }, { buildReport }, { renderJson }] =
    await Promise.all([
      import("/src/content/compileScenario.ts"),
      import("/src/content/compilePlay.ts"),
      import("/src/engine/headless/runPlay.ts"),
      import("/src/engine/headless/hashLog.ts"),
      import("/src/scoring/scoreDrill.ts"),
      import("/src/report/buildReport.ts"),
      import("/src/report/render/renderJson.ts"),
    ]);
  const scenario = compileScenario(scenarioSource, "${SCENARIO}").value;
  const play = compilePlay(playSource, "play.yaml", () => ({ status: "found", scenario })).value;
  const result = runPlay(scenario, play);
  const scoreCard = scoreDrill(scenario, result.log);
  const report = renderJson(
    buildReport({ scenario, seed: result.seed, log: result.log, scoreCard, inputs: result.inputs, meta: { mode: "solo" } }),
  );
  return { logHash: hashLog(result.log), total: scoreCard.total, report };
}`;

suite("determinism across Node and Chromium", () => {
  let server: ViteDevServer;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    ({ server, url } = await startViteServer());
    browser = await launchBrowser();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it.each(PLAYS)("%s gives the same log hash and the same report bytes in both", async (playPath) => {
    const scenarioSource = readFileSync(join(ROOT, SCENARIO), "utf8");
    const playSource = readFileSync(join(ROOT, playPath), "utf8");
    const node = drillInNode(scenarioSource, playSource);

    const page = await browser.newPage();
    await page.goto(url);
    // why: the code is sent as text so Vitest does not rewrite its dynamic imports for Node.
    const browserRun = (await page.evaluate(
      `(${BROWSER_DRILL})(${JSON.stringify({ scenarioSource, playSource })})`,
    )) as ReturnType<typeof drillInNode>;
    await page.close();

    expect(browserRun.logHash).toBe(node.logHash);
    expect(browserRun.total).toBe(node.total);
    expect(browserRun.report).toBe(node.report);
  });

  it("compiles every shipped scenario to the digest the build recorded, so the browser's cache can be trusted", async () => {
    const page = await browser.newPage();
    await page.goto(url);
    const check = await page.evaluate(`(async () => {
      const [{ compileScenario }, { compiledDigest, definitionJson }, shipped] = await Promise.all([
        import("/src/content/compileScenario.ts"),
        import("/src/app/compiledDigest.ts"),
        import("/@id/__x00__virtual:hotwash-shipped-digests"),
      ]);
      const sources = ${JSON.stringify(shippedSources())};
      return sources.map(([name, source]) => {
        const compiled = compileScenario(source, name).value;
        return [name, shipped.default[compiled.contentHash] === compiledDigest(definitionJson(compiled))];
      });
    })()`);
    await page.close();
    expect(check).toEqual(shippedSources().map(([name]) => [name, true]));
  });
});

/** Every shipped scenario file's name and text. */
function shippedSources(): [string, string][] {
  return readdirSync(join(ROOT, "scenarios"))
    .filter((name) => /^[a-z0-9-]+\.yaml$/.test(name))
    .map((name) => [name, readFileSync(join(ROOT, "scenarios", name), "utf8")]);
}
