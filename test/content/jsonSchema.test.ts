import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { DrillFile } from "../../src/content/drillFileFormat";
import { drillJsonSchema, playJsonSchema, scenarioJsonSchema } from "../../src/content/jsonSchema";
import { writeDrillFile } from "../../src/content/writeDrillFile";
import { BROKEN, readFixture, SCENARIOS, VALID } from "./support/fixtures";
import { jsonSchemaErrors } from "./support/jsonSchemaCheck";

const SCENARIO_SCHEMA = join(SCENARIOS, "scenario.schema.json");
const PLAY_SCHEMA = join(SCENARIOS, "play.schema.json");
const DRILL_SCHEMA = join(SCENARIOS, "drill.schema.json");

/** Run with UPDATE_SCHEMAS=1 to rewrite the published schemas after changing a shape. */
if (process.env.UPDATE_SCHEMAS === "1") {
  writeFileSync(SCENARIO_SCHEMA, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  writeFileSync(PLAY_SCHEMA, `${JSON.stringify(playJsonSchema(), null, 2)}\n`);
  writeFileSync(DRILL_SCHEMA, `${JSON.stringify(drillJsonSchema(), null, 2)}\n`);
}

const published = (path: string) => JSON.parse(readFileSync(path, "utf8"));
const yamlFiles = (folder: string) => readdirSync(folder).filter((name) => name.endsWith(".yaml"));
const scenarioFiles = yamlFiles(SCENARIOS).filter((name) => !name.endsWith(".play.yaml"));
const playFiles = yamlFiles(SCENARIOS).filter((name) => name.endsWith(".play.yaml"));

describe("the published JSON Schemas", () => {
  it("are exactly what the validator's shapes generate (run with UPDATE_SCHEMAS=1 to refresh)", () => {
    expect(published(SCENARIO_SCHEMA)).toEqual(scenarioJsonSchema());
    expect(published(PLAY_SCHEMA)).toEqual(playJsonSchema());
    expect(published(DRILL_SCHEMA)).toEqual(drillJsonSchema());
  });

  it("declare draft 2020-12", () => {
    expect(published(SCENARIO_SCHEMA).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(published(PLAY_SCHEMA).$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  });

  it.each(scenarioFiles)("know every top-level key of the shipped scenario %s", (file) => {
    const keys = Object.keys(parse(readFileSync(join(SCENARIOS, file), "utf8")));
    const known = Object.keys(published(SCENARIO_SCHEMA).properties);
    expect(keys.filter((key) => !known.includes(key))).toEqual([]);
  });

  it.each(scenarioFiles)("accept the shipped scenario %s", (file) => {
    expect(
      jsonSchemaErrors(published(SCENARIO_SCHEMA), parse(readFileSync(join(SCENARIOS, file), "utf8"))),
    ).toEqual([]);
  });

  it.each(playFiles)("accept the shipped play %s", (file) => {
    expect(
      jsonSchemaErrors(published(PLAY_SCHEMA), parse(readFileSync(join(SCENARIOS, file), "utf8"))),
    ).toEqual([]);
  });

  it("accept the valid fixtures", () => {
    const scenario = parse(readFixture(join(VALID, "quiet-pipeline.yaml")));
    const play = parse(readFixture(join(VALID, "quiet-pipeline.expert.play.yaml")));
    expect(jsonSchemaErrors(published(SCENARIO_SCHEMA), scenario)).toEqual([]);
    expect(jsonSchemaErrors(published(PLAY_SCHEMA), play)).toEqual([]);
  });

  it.each([
    ["unknown-key.yaml", SCENARIO_SCHEMA],
    ["bad-enum.yaml", SCENARIO_SCHEMA],
    ["bad-time.yaml", SCENARIO_SCHEMA],
    ["bad-duration.yaml", SCENARIO_SCHEMA],
    ["condition-two-keys.yaml", SCENARIO_SCHEMA],
    ["reply-unknown-action.yaml", SCENARIO_SCHEMA],
    ["quiet-pipeline.unknown-action.play.yaml", PLAY_SCHEMA],
    ["quiet-pipeline.missing-action-field.play.yaml", PLAY_SCHEMA],
    ["quiet-pipeline.unknown-rule.play.yaml", PLAY_SCHEMA],
  ])("reject the shape error in %s, as the validator does", (file, schema) => {
    expect(
      jsonSchemaErrors(published(schema), parse(readFixture(join(BROKEN, file)))).length,
    ).toBeGreaterThan(0);
  });

  it("accept the drill files Hotwash writes, solo and facilitated, and refuse what the reader refuses", () => {
    const schema = published(DRILL_SCHEMA);
    const solo = JSON.parse(writeDrillFile(SOLO));
    const facilitated = JSON.parse(writeDrillFile(FACILITATED));
    expect(jsonSchemaErrors(schema, solo)).toEqual([]);
    expect(jsonSchemaErrors(schema, facilitated)).toEqual([]);
    const override = { at: 9, intent: { type: "adjudicate", text: "fine" } };
    expect(jsonSchemaErrors(schema, { ...solo, inputs: [...solo.inputs, override] }).length).toBeGreaterThan(
      0,
    );
    expect(jsonSchemaErrors(schema, { ...solo, seed: 42 }).length).toBeGreaterThan(0);
    expect(jsonSchemaErrors(schema, { ...solo, contentHash: undefined }).length).toBeGreaterThan(0);
    expect(jsonSchemaErrors(schema, { ...facilitated, inputs: [...facilitated.inputs, override] })).toEqual(
      [],
    );
  });
});

const SOLO: DrillFile = {
  mode: "solo",
  scenario: "borrowed-keys",
  contentHash: "0".repeat(64),
  seed: "42",
  now: 5,
  settings: { pacing: "live", minutesPerSecond: 5, assist: false },
  inputs: [
    { at: 0, intent: { type: "page-ic" } },
    { at: 3, intent: { type: "investigate", logSource: "cloudtrail", from: -600, to: 3 } },
  ],
};

const FACILITATED: DrillFile = {
  mode: "facilitated",
  scenario: "borrowed-keys",
  contentHash: "0".repeat(64),
  seed: "42",
  now: 5,
  session: { id: "abcd1234", started: true, speed: 0, roster: [{ name: "Ana", role: "scribe" }] },
  inputs: [{ at: 1, by: "scribe", actorName: "Ana", intent: { type: "inject.skip", inject: "press" } }],
};
