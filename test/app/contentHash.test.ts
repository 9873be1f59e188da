import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import SCENARIO_HEADERS from "virtual:hotwash-scenario-headers";
import { describe, expect, it } from "vitest";
import { contentHashOf } from "../../src/app/contentHash";
import { compileScenario } from "../../src/content/compileScenario";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

describe("the content hash, computed without the compiler (and by the build for every shipped file)", () => {
  it.each(readdirSync(SCENARIOS).filter((name) => /^[a-z0-9-]+\.yaml$/.test(name)))(
    "%s: is the compiler's content hash, with any line endings",
    (name) => {
      const source = readFileSync(join(SCENARIOS, name), "utf8");
      const compiled = compileScenario(source, name);
      if (!compiled.ok) throw new Error(`${name} does not compile`);
      expect(contentHashOf(source)).toBe(compiled.value.contentHash);
      expect(contentHashOf(source.replace(/\n/g, "\r\n"))).toBe(compiled.value.contentHash);
      expect(contentHashOf(source.replace(/\n/g, "\r"))).toBe(compiled.value.contentHash);
      expect(SCENARIO_HEADERS[`/scenarios/${name}`]).toMatchObject({
        title: compiled.value.title,
        contentHash: compiled.value.contentHash,
      });
    },
  );
});
