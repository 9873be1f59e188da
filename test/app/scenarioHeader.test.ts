import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scanScenarioHeader } from "../../src/app/scenarioHeader";
import { compileScenario } from "../../src/content/compileScenario";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

describe("the picker's header scan agrees with the compiler", () => {
  const shipped = readdirSync(SCENARIOS).filter(
    (name) => name.endsWith(".yaml") && !name.endsWith(".play.yaml"),
  );

  it.each(shipped)("%s", (name) => {
    const source = readFileSync(join(SCENARIOS, name), "utf8");
    const compiled = compileScenario(source, name);
    if (!compiled.ok) throw new Error(`${name} does not compile`);
    const { id, title, premise, difficulty, expectedDuration, stresses } = compiled.value;
    expect(scanScenarioHeader(source)).toEqual({
      id,
      title,
      premise,
      difficulty,
      expectedDuration,
      stresses,
    });
  });

  it("reads quoted, literal and block-list forms", () => {
    const source = [
      "id: x",
      'title: "Quoted: title"',
      "premise: |",
      "  line one",
      "  line two",
      "difficulty: advanced # a comment",
      "expectedDuration: 30",
      "stresses:",
      "  - privacy",
      "  - team",
      "world:",
      "  title: not me",
    ].join("\n");
    expect(scanScenarioHeader(source)).toEqual({
      id: "x",
      title: "Quoted: title",
      premise: "line one\nline two",
      difficulty: "advanced",
      expectedDuration: 30,
      stresses: ["privacy", "team"],
    });
  });
});
