import type { DimensionId } from "../engine/organisation";
import type { ScenarioDefinition } from "../engine/scenario";
import type { ScenarioSummary } from "../ui/start/scenarioSummary";
import { type ScenarioHeader, scanScenarioHeader } from "./scenarioHeader";

export type CompileResult =
  | { ok: true; value: ScenarioDefinition }
  | { ok: false; diagnostics: readonly { code: string; message: string; line: number; col: number }[] };

export type CompileScenario = (source: string, file: string) => CompileResult;

export interface Catalogue {
  /** What the picker shows, read from each file's header (the full compile waits until a scenario is chosen). */
  summaries: ScenarioSummary[];
  /** Scenario id → file name and source loader. */
  sources: Map<string, { file: string; load(): Promise<string> }>;
  /** One line per scenario file whose header could not be read. */
  problems: string[];
}

const DIFFICULTY_ORDER: Record<string, number> = { introductory: 0, intermediate: 1, advanced: 2 };

/**
 * Reads every scenario file's picker fields (play files skipped), sorted by difficulty then title: from `headers` read
 * when the app was built where they are complete, else from the file itself.
 */
export async function loadCatalogue(
  files: Record<string, () => Promise<string>>,
  headers: Readonly<Record<string, ScenarioHeader>> = {},
): Promise<Catalogue> {
  const scenarioFiles = Object.entries(files)
    .filter(([path]) => !path.endsWith(".play.yaml"))
    .sort(([a], [b]) => a.localeCompare(b));
  const loaded = await Promise.all(
    scenarioFiles.map(async ([path, load]) => {
      const built = Object.hasOwn(headers, path) ? headers[path] : undefined;
      return { path, load, header: built?.title && built.premise ? built : scanScenarioHeader(await load()) };
    }),
  );
  const summaries: ScenarioSummary[] = [];
  const sources = new Map<string, { file: string; load(): Promise<string> }>();
  const problems: string[] = [];
  for (const { path, load, header } of loaded) {
    const file = path.split("/").pop() ?? path;
    const id = header.id ?? file.replace(/\.yaml$/, "");
    if (!header.title || !header.premise) {
      problems.push(`${file}: no title or premise at the top level`);
      continue;
    }
    sources.set(id, { file, load });
    summaries.push({
      id,
      title: header.title,
      premise: header.premise,
      difficulty: header.difficulty ?? "unrated",
      expectedDuration: header.expectedDuration ?? 0,
      stresses: (header.stresses ?? []) as DimensionId[],
      briefing: { title: header.title, situation: "", yourRole: "", objectives: [] },
      modules: [],
    });
  }
  summaries.sort(
    (a, b) =>
      (DIFFICULTY_ORDER[a.difficulty] ?? 9) - (DIFFICULTY_ORDER[b.difficulty] ?? 9) ||
      a.title.localeCompare(b.title),
  );
  return { summaries, sources, problems };
}

/** The picker and briefing summary of a compiled scenario (player-visible fields only). */
export function summaryOf(definition: ScenarioDefinition): ScenarioSummary {
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

/** One line naming the first diagnostic of a scenario that did not compile. */
export function compileProblem(file: string, result: Extract<CompileResult, { ok: false }>): string {
  const first = result.diagnostics[0];
  return first
    ? `${file}:${first.line}:${first.col} ${first.code} ${first.message}`
    : `${file}: does not compile`;
}

/** Every scenario compiled up front (the facilitator console needs whole definitions), with problems listed. */
export function buildCatalogue(
  files: Record<string, string>,
  compile: CompileScenario,
): { scenarios: Map<string, ScenarioDefinition>; summaries: ScenarioSummary[]; problems: string[] } {
  const scenarios = new Map<string, ScenarioDefinition>();
  const problems: string[] = [];
  for (const [path, source] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    if (path.endsWith(".play.yaml")) continue;
    const file = path.split("/").pop() ?? path;
    const result = compile(source, file);
    if (result.ok) scenarios.set(result.value.id, result.value);
    else problems.push(compileProblem(file, result));
  }
  const summaries = [...scenarios.values()]
    .sort(
      (a, b) =>
        (DIFFICULTY_ORDER[a.difficulty] ?? 9) - (DIFFICULTY_ORDER[b.difficulty] ?? 9) ||
        a.title.localeCompare(b.title),
    )
    .map(summaryOf);
  return { scenarios, summaries, problems };
}
