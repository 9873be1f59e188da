import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import SHIPPED_DIGESTS from "virtual:hotwash-shipped-digests";
import { describe, expect, it } from "vitest";
import { createCompiledCache } from "../../src/app/compiledCache";
import { compiledDigest, definitionJson } from "../../src/app/compiledDigest";
import { contentHashOf } from "../../src/app/runtime";
import { compileScenario } from "../../src/content/compileScenario";
import { hashLog } from "../../src/engine/headless/hashLog";
import { replay } from "../../src/engine/headless/replay";
import type { DrillInput } from "../../src/engine/log";
import { memoryStorage } from "./support/memoryStorage";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

describe("the compiled-scenario cache", () => {
  const source = readFileSync(join(import.meta.dirname, "../../scenarios/borrowed-keys.yaml"), "utf8");
  const compiled = compileScenario(source, "borrowed-keys.yaml");
  if (!compiled.ok) throw new Error("borrowed-keys does not compile");
  const scenario = compiled.value;

  it("hashes a source exactly as the compiler does", () => {
    expect(contentHashOf(source)).toBe(scenario.contentHash);
  });

  it("a cached definition replays the same drill, byte for byte", () => {
    const cache = createCompiledCache(memoryStorage);
    const storage = memoryStorage();
    const shared = createCompiledCache(() => storage);
    shared.set(scenario);
    const cached = shared.get("borrowed-keys", scenario.contentHash);
    expect(cached).toBeDefined();
    const inputs: DrillInput[] = [
      { at: 0, intent: { type: "page-ic" } },
      { at: 3, intent: { type: "revoke-credential", credential: "ci-aws-deploy" } },
      { at: 240, intent: { type: "clock.advance" } },
    ];
    expect(hashLog(replay(cached!, "9", inputs).log)).toBe(hashLog(replay(scenario, "9", inputs).log));
    expect(cache.get("borrowed-keys", scenario.contentHash)).toBeUndefined();
  });

  it("ignores a cached definition of another version of the source", () => {
    const storage = memoryStorage();
    const cache = createCompiledCache(() => storage);
    cache.set(scenario);
    expect(cache.get("borrowed-keys", "0".repeat(64))).toBeUndefined();
  });

  it("never uses a poisoned entry: same id and content hash, different content", () => {
    const storage = memoryStorage();
    const cache = createCompiledCache(() => storage);
    cache.set(scenario);
    const key = "hotwash.compiled.v1.borrowed-keys";
    const poisoned = { ...JSON.parse(storage.getItem(key) ?? "{}"), title: "Poisoned title" };
    storage.setItem(key, JSON.stringify(poisoned));
    expect(cache.get("borrowed-keys", scenario.contentHash)).toBeUndefined();
    expect(storage.getItem(key)).toBeNull();
  });

  it("drops a damaged entry instead of breaking every resume, and caches again afterwards", () => {
    const storage = memoryStorage();
    const cache = createCompiledCache(() => storage);
    storage.setItem("hotwash.compiled.v1.borrowed-keys", "{ not json");
    expect(cache.get("borrowed-keys", scenario.contentHash)).toBeUndefined();
    expect(storage.getItem("hotwash.compiled.v1.borrowed-keys")).toBeNull();
    cache.set(scenario);
    expect(cache.get("borrowed-keys", scenario.contentHash)).toEqual(scenario);
  });

  it("keeps nothing the build did not ship: an edited or unknown scenario is compiled every time", () => {
    const storage = memoryStorage();
    const cache = createCompiledCache(() => storage, {});
    cache.set(scenario);
    expect(storage.length).toBe(0);
    expect(cache.get("borrowed-keys", scenario.contentHash)).toBeUndefined();
  });

  it("the build's digests are those of every shipped scenario compiled here", () => {
    for (const name of readdirSync(SCENARIOS).filter((file) => /^[a-z0-9-]+\.yaml$/.test(file))) {
      const result = compileScenario(readFileSync(join(SCENARIOS, name), "utf8"), name);
      if (!result.ok) throw new Error(`${name} does not compile`);
      expect(SHIPPED_DIGESTS[result.value.contentHash]).toBe(compiledDigest(definitionJson(result.value)));
    }
  });
});
