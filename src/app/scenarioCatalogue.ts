import type { ScenarioDefinition } from "../engine/scenario";
import type { ScenarioSummary } from "../ui/start/scenarioSummary";

export type CompileResult =
  | { ok: true; value: ScenarioDefinition }
  | { ok: false; diagnostics: readonly { code: string; message: string; line: number; col: number }[] };

export type CompileScenario = (source: string, file: string) => CompileResult;

export interface Catalogue {
  scenarios: Map<string, ScenarioDefinition>;
  summaries: ScenarioSummary[];
  /** One line per scenario file that did not compile. */
  problems: string[];
}

/** Compiles every scenario file (play files skipped) into the catalogue, sorted by difficulty then title. */
export function buildCatalogue(files: Record<string, string>, compile: CompileScenario): Catalogue {
  const scenarios = new Map<string, ScenarioDefinition>();
  const problems: string[] = [];
  for (const [path, source] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (path.endsWith(".play.yaml")) continue;
    const file = path.split("/").pop() ?? path;
    let result: CompileResult;
    try {
      result = compile(source, file);
    } catch (error) {
      problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
      continue;
    }
    if (!result.ok) {
      const first = result.diagnostics[0];
      problems.push(
        first
          ? `${file}:${first.line}:${first.col} ${first.code} ${first.message}`
          : `${file}: does not compile`,
      );
      continue;
    }
    scenarios.set(result.value.id, result.value);
  }
  const order = { introductory: 0, intermediate: 1, advanced: 2 } as const;
  const summaries = [...scenarios.values()]
    .sort((a, b) => order[a.difficulty] - order[b.difficulty] || a.title.localeCompare(b.title))
    .map(toSummary);
  return { scenarios, summaries, problems };
}

function toSummary(definition: ScenarioDefinition): ScenarioSummary {
  return {
    id: definition.id,
    title: definition.title,
    premise: definition.premise,
    difficulty: definition.difficulty,
    expectedDuration: definition.expectedDuration,
    stresses: definition.stresses,
    briefing: definition.briefing,
    modules: definition.modules.map((module) => ({ title: module.title, summary: module.summary })),
  };
}
