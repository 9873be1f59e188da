import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tsImport } from "tsx/esm/api";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";

type SecurityHeaders = typeof import("./src/app/securityHeaders");
type CompiledDigest = typeof import("./src/app/compiledDigest");
type CompileScenario = typeof import("./src/content/compileScenario");
type ScenarioHeaderModule = typeof import("./src/app/scenarioHeader");
type ContentHashModule = typeof import("./src/app/contentHash");
type SessionPlugin = typeof import("./src/server/vitePlugin");

// why: the project's modules are loaded through tsx, not bundled into the config, so Vite's config loader sees
// none of their extensionless imports (it would warn about every one on every start).
const load = <T>(path: string) => tsImport(path, import.meta.url) as Promise<T>;
const { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } = await load<SecurityHeaders>(
  "./src/app/securityHeaders.ts",
);

const { sessionServerPlugin } = await load<SessionPlugin>("./src/server/vitePlugin.ts");

const SHIPPED_DIGESTS = "virtual:hotwash-shipped-digests";
const SCENARIOS = join(import.meta.dirname, "scenarios");

/**
 * `virtual:hotwash-shipped-digests`: for every shipped scenario, its content hash → the digest of its compiled
 * definition, so the browser can tell a cached compile from a poisoned one without compiling again.
 */
function shippedDigests(): Plugin {
  return {
    name: "hotwash-shipped-digests",
    resolveId: (id) => (id === SHIPPED_DIGESTS ? `\0${SHIPPED_DIGESTS}` : undefined),
    async load(id) {
      if (id !== `\0${SHIPPED_DIGESTS}`) return undefined;
      const [{ compileScenario }, { compiledDigest, definitionJson }] = await Promise.all([
        load<CompileScenario>("./src/content/compileScenario.ts"),
        load<CompiledDigest>("./src/app/compiledDigest.ts"),
      ]);
      const digests: Record<string, string> = {};
      for (const name of readdirSync(SCENARIOS).filter((file) => /^[a-z0-9-]+\.yaml$/.test(file))) {
        this.addWatchFile(join(SCENARIOS, name));
        const compiled = compileScenario(readFileSync(join(SCENARIOS, name), "utf8"), name);
        if (compiled.ok) digests[compiled.value.contentHash] = compiledDigest(definitionJson(compiled.value));
      }
      return `export default ${JSON.stringify(digests)};`;
    },
  };
}

const SCENARIO_HEADERS = "virtual:hotwash-scenario-headers";

/**
 * `virtual:hotwash-scenario-headers`: each shipped scenario file's picker fields (title, premise, difficulty, …) and
 * content hash, so the picker shows, and a cached compile is found, without fetching a scenario file.
 */
function scenarioHeaders(): Plugin {
  return {
    name: "hotwash-scenario-headers",
    resolveId: (id) => (id === SCENARIO_HEADERS ? `\0${SCENARIO_HEADERS}` : undefined),
    async load(id) {
      if (id !== `\0${SCENARIO_HEADERS}`) return undefined;
      const [{ scanScenarioHeader }, { contentHashOf }] = await Promise.all([
        load<ScenarioHeaderModule>("./src/app/scenarioHeader.ts"),
        load<ContentHashModule>("./src/app/contentHash.ts"),
      ]);
      const headers: Record<string, unknown> = {};
      for (const name of readdirSync(SCENARIOS).filter((file) => /^[a-z0-9-]+\.yaml$/.test(file))) {
        this.addWatchFile(join(SCENARIOS, name));
        const source = readFileSync(join(SCENARIOS, name), "utf8");
        headers[`/scenarios/${name}`] = { ...scanScenarioHeader(source), contentHash: contentHashOf(source) };
      }
      return `export default ${JSON.stringify(headers)};`;
    },
  };
}

/** Puts the content security policy in the page itself too, for copies of the build served without headers. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "hotwash-content-security-policy",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: META_CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  base: "./",
  plugins: [
    contentSecurityPolicyMeta(),
    shippedDigests(),
    scenarioHeaders(),
    sessionServerPlugin(import.meta.dirname),
  ],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, headers: { ...SECURITY_HEADERS } },
  preview: { headers: { ...SECURITY_HEADERS } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
