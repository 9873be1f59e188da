import type { Node as YamlNode } from "yaml";
import type { DrillInput } from "../engine/log";
import type { ScenarioDefinition } from "../engine/scenario";
import { actionProblems } from "./check/actionProblems";
import { checkReferences, type IdIndex, PSEUDO_CHANNELS } from "./check/checkReferences";
import { nodeAt } from "./check/checkScenarioMeaning";
import type { CompiledPlay, StepSource } from "./compiledPlay";
import { baseName, internalError, readContentFile } from "./compileScenario";
import { type ContentResult, hasErrors, sortDiagnostics } from "./diagnostic";
import { PLAY_SHAPE } from "./shape/playShape";
import type { RefKind } from "./shape/shape";

/** How a play finds its scenario: compiled, absent, or present but with errors. */
export type ScenarioLookup = (
  id: string,
) => { status: "found"; scenario: ScenarioDefinition } | { status: "missing" } | { status: "invalid" };

/** Every id a compiled scenario defines, by kind (plus the `room` and `call` pseudo-channels). */
export function indexScenario(scenario: ScenarioDefinition): IdIndex {
  const { world } = scenario;
  const ids = (items: { id: string }[]) => new Set(items.map((item) => item.id));
  const flags = ids(scenario.flags);
  for (const step of scenario.attacker)
    for (const effect of step.effects) if ("setFlag" in effect) flags.add(effect.setFlag);
  const entries: [RefKind, Set<string>][] = [
    ["person", ids(world.people)],
    ["channel", new Set([...PSEUDO_CHANNELS, ...world.channels.map((channel) => channel.id)])],
    ["zone", ids(world.zones)],
    ["instance", ids(world.instances)],
    ["autoscalingGroup", ids(world.autoscalingGroups)],
    ["service", ids(world.services)],
    ["codePath", new Set(world.services.flatMap((service) => service.codePaths.map((path) => path.id)))],
    ["dataStore", ids(world.dataStores)],
    ["credential", ids(world.credentials)],
    ["provider", ids(world.providers)],
    ["logSource", ids(world.logSources)],
    ["foothold", ids(world.footholds)],
    ["fact", ids(scenario.facts)],
    ["inject", ids(scenario.injects)],
    ["attackerStep", ids(scenario.attacker)],
    ["flag", flags],
    ["module", ids(scenario.modules)],
    ["businessService", ids(scenario.business.services)],
    ["impact", ids(scenario.business.impacts)],
  ];
  return new Map(entries);
}

/** Validates a play script against its scenario and compiles it to drill inputs; never throws. */
export function compilePlay(
  source: string,
  file: string,
  lookup: ScenarioLookup,
): ContentResult<CompiledPlay> {
  try {
    return compilePlayUnsafe(source, file, lookup);
  } catch (error) {
    return internalError(file, error);
  }
}

function compilePlayUnsafe(
  source: string,
  file: string,
  lookup: ScenarioLookup,
): ContentResult<CompiledPlay> {
  const read = readContentFile(source, file, PLAY_SHAPE, "play.schema.json");
  if (Array.isArray(read)) return { ok: false, diagnostics: read };
  const { parsed, reader, value } = read;
  const doc = parsed.doc;
  const scenarioId = typeof value?.scenario === "string" ? value.scenario : undefined;
  const found = scenarioId === undefined ? undefined : lookup(scenarioId);
  if (found?.status === "missing") {
    reader.report(
      "HW0060",
      `no scenario "${scenarioId}" (looked for ${scenarioId}.yaml beside the play)`,
      nodeAt(doc, ["scenario"]),
    );
  } else if (found?.status === "invalid") {
    reader.report(
      "HW0065",
      `scenario "${scenarioId}" has errors; fix it, then the play is checked against it`,
      nodeAt(doc, ["scenario"]),
    );
  } else if (found?.status === "found") {
    checkReferences(reader, reader.references, indexScenario(found.scenario));
  }
  if (!value || hasErrors(reader.diagnostics) || found?.status !== "found") {
    return { ok: false, diagnostics: sortDiagnostics(reader.diagnostics) };
  }

  const scenario = found.scenario;
  const steps = value.steps as (Record<string, unknown> & { type: string; at: number })[];
  const inputs: DrillInput[] = [];
  const stepSources: StepSource[] = [];
  let previous = Number.NEGATIVE_INFINITY;
  steps.forEach((step, i) => {
    const { at, by, actorName, ...intent } = step;
    if (at < previous) {
      reader.report(
        "HW0050",
        `step ${i + 1} at ${at} comes before the step above it (${previous}); keep steps in time order`,
        nodeAt(doc, ["steps", i, "at"]),
      );
    }
    previous = Math.max(previous, at);
    if (at > scenario.horizon) {
      reader.report(
        "HW0050",
        `step ${i + 1} at ${at} is after the scenario's horizon (${scenario.horizon})`,
        nodeAt(doc, ["steps", i, "at"]),
      );
    }
    for (const problem of actionProblems(intent as { type: string }, scenario, reader.suggestions)) {
      reader.report(problem.code, problem.message, nodeAt(doc, ["steps", i, problem.field]));
    }
    const input: DrillInput = { at, intent: intent as unknown as DrillInput["intent"] };
    if (by !== undefined) input.by = by as DrillInput["by"];
    if (actorName !== undefined) input.actorName = actorName as string;
    inputs.push(input);
    stepSources.push({ file, ...reader.positionOf(nodeAt(doc, ["steps", i])) });
  });

  const expect = value.expect as CompiledPlay["expect"];
  const bounds: [string[], { min?: number; max?: number } | undefined][] = [
    [["expect", "score"], expect.score],
    ...Object.entries(expect.dimensions ?? {}).map(
      ([dimension, bound]) =>
        [["expect", "dimensions", dimension], bound] as [string[], { min?: number; max?: number }],
    ),
  ];
  for (const [path, bound] of bounds) {
    if (bound?.min !== undefined && bound.max !== undefined && bound.min > bound.max) {
      reader.report(
        "HW0058",
        `${path.join(".")}: min ${bound.min} is above max ${bound.max}`,
        nodeAt(doc, path),
      );
    }
  }

  const play: CompiledPlay = {
    scenario: scenario.id,
    name: value.name as string,
    description: value.description as string,
    seed: value.seed as string,
    inputs,
    expect,
    stepSources,
  };
  if (value.tests !== undefined) play.tests = value.tests as string;
  const expectedName = `${play.scenario}.${play.name}.play.yaml`;
  if (baseName(file) !== expectedName) {
    reader.report(
      "HW0070",
      `play "${play.name}" of "${play.scenario}" should live in ${expectedName}`,
      nodeAt(doc, ["name"]) as YamlNode,
    );
  }
  const diagnostics = sortDiagnostics(reader.diagnostics);
  return hasErrors(diagnostics) ? { ok: false, diagnostics } : { ok: true, value: play, diagnostics };
}
