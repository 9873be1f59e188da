import type { Node as YamlNode } from "yaml";
import type { DrillInput } from "../engine/log";
import type { ScenarioDefinition } from "../engine/scenario";
import { formatSimTime } from "../engine/time";
import { actionProblems } from "./check/actionProblems";
import { checkReferences, type IdIndex, PSEUDO_CHANNELS } from "./check/checkReferences";
import { nodeAt } from "./check/checkScenarioMeaning";
import type { CompiledPlay, StepSource } from "./compiledPlay";
import { baseName, internalError, readContentFile } from "./compileScenario";
import { type ContentResult, hasErrors, sortDiagnostics } from "./diagnostic";
import { didYouMean, type SuggestionBudget } from "./didYouMean";
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

/**
 * How a play finds another play of its scenario by name, for `extends:` (the file `<scenario>.<name>.play.yaml`
 * beside it): its source and file name, or undefined when there is none.
 */
export type PlayLookup = (scenario: string, name: string) => { source: string; file: string } | undefined;

/** why: a chain of plays each extending the next is read recursively; past this depth it is a mistake. */
const MAX_EXTENDS_DEPTH = 8;

/**
 * Validates a play script against its scenario and compiles it to drill inputs; never throws. A play with
 * `extends:` finds the play it extends through `plays` (without it, `extends:` is HW0080).
 */
export function compilePlay(
  source: string,
  file: string,
  lookup: ScenarioLookup,
  plays?: PlayLookup,
): ContentResult<CompiledPlay> {
  try {
    return compilePlayUnsafe(source, file, lookup, plays, []);
  } catch (error) {
    return internalError(file, error);
  }
}

/** A step of the play being compiled: its input, where it is written and its id. */
interface PlacedStep {
  input: DrillInput;
  source: StepSource;
}

function compilePlayUnsafe(
  source: string,
  file: string,
  lookup: ScenarioLookup,
  plays: PlayLookup | undefined,
  chain: readonly string[],
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
  const steps = value.steps;
  const own: (PlacedStep & { replaces?: string; index: number })[] = [];
  const ids = new Set<string>();
  let previous = Number.NEGATIVE_INFINITY;
  steps.forEach((step, i) => {
    const { at, by, actorName, id, replaces, ...intent } = step;
    if (at < previous) {
      reader.report(
        "HW0050",
        `step ${i + 1} at ${formatSimTime(at)} comes before the step above it (${formatSimTime(previous)}); keep steps in time order`,
        nodeAt(doc, ["steps", i, "at"]),
      );
    }
    previous = Math.max(previous, at);
    if (at > scenario.horizon) {
      reader.report(
        "HW0050",
        `step ${i + 1} at ${formatSimTime(at)} is after the scenario's horizon (${formatSimTime(scenario.horizon)})`,
        nodeAt(doc, ["steps", i, "at"]),
      );
    }
    for (const problem of actionProblems(intent, scenario, reader.suggestions)) {
      reader.report(problem.code, problem.message, nodeAt(doc, ["steps", i, problem.field]));
    }
    if (typeof id === "string") {
      if (ids.has(id))
        reader.report(
          "HW0083",
          `two steps have the id "${id}"; step ids are unique within a play`,
          nodeAt(doc, ["steps", i, "id"]),
        );
      ids.add(id);
    }
    const input: DrillInput = { at, intent };
    if (by !== undefined) input.by = by;
    if (actorName !== undefined) input.actorName = actorName;
    const placed: PlacedStep & { replaces?: string; index: number } = {
      input,
      source: { file, ...reader.positionOf(nodeAt(doc, ["steps", i])) },
      index: i,
    };
    if (typeof id === "string") placed.source.id = id;
    if (typeof replaces === "string") placed.replaces = replaces;
    own.push(placed);
  });

  const base = typeof value.extends === "string" ? value.extends : undefined;
  const removed = (value.remove ?? []) as string[];
  let placed: PlacedStep[] = own;
  let inheritedSeed: string | undefined;
  if (base === undefined) {
    if (removed.length > 0)
      reader.report(
        "HW0083",
        "remove: needs extends: (the play whose steps it removes)",
        nodeAt(doc, ["remove"]),
      );
    for (const step of own)
      if (step.replaces !== undefined)
        reader.report(
          "HW0083",
          "replaces: needs extends: at the top of the play (the play whose step it replaces)",
          nodeAt(doc, ["steps", step.index, "replaces"]),
        );
  } else {
    const extended = extendedPlay(base, scenario.id, value.name as string, plays, lookup, chain);
    if ("problem" in extended) {
      reader.report(extended.code, extended.problem, nodeAt(doc, ["extends"]));
    } else {
      inheritedSeed = extended.play.seed;
      placed = applyEdits(
        extended.steps,
        own,
        removed,
        base,
        (code, message, path) => reader.report(code, message, nodeAt(doc, path)),
        reader.suggestions,
      );
    }
  }
  // why: a stable sort keeps the extended play's order, and puts added steps after its steps at the same minute.
  placed = [...placed].sort((a, b) => a.input.at - b.input.at);
  const inputs = placed.map((step) => step.input);
  const stepSources = placed.map((step) => step.source);

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
    seed: doc.has("seed") || inheritedSeed === undefined ? (value.seed as string) : inheritedSeed,
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

type ReportAt = (code: "HW0081" | "HW0083", message: string, path: (string | number)[]) => void;

/** The compiled play `name` extends, with its steps in order, or why it cannot be used (HW0080/HW0082). */
function extendedPlay(
  base: string,
  scenario: string,
  name: string,
  plays: PlayLookup | undefined,
  lookup: ScenarioLookup,
  chain: readonly string[],
): { play: CompiledPlay; steps: PlacedStep[] } | { code: "HW0080" | "HW0082"; problem: string } {
  const path = [...chain, name, base];
  if (chain.includes(base) || base === name)
    return { code: "HW0082", problem: `plays extend each other in a circle: ${path.join(" → ")}` };
  if (chain.length >= MAX_EXTENDS_DEPTH)
    return {
      code: "HW0082",
      problem: `plays extend each other more than ${MAX_EXTENDS_DEPTH} deep: ${path.join(" → ")}`,
    };
  const found = plays?.(scenario, base);
  if (!found)
    return {
      code: "HW0080",
      problem: `no play "${base}" to extend (looked for ${scenario}.${base}.play.yaml beside this play)`,
    };
  const compiled = compilePlayUnsafe(found.source, found.file, lookup, plays, [...chain, name]);
  if (!compiled.ok) {
    const first = compiled.diagnostics.find((d) => d.severity === "error");
    return {
      code: "HW0082",
      problem: `the play "${base}" has errors; fix it first${first ? ` (${first.file}:${first.line}:${first.col} ${first.code} ${first.message})` : ""}`,
    };
  }
  const play = compiled.value;
  return {
    play,
    steps: play.inputs.map((input, i) => ({
      input,
      source: play.stepSources?.[i] ?? { file: found.file, line: 1, col: 1 },
    })),
  };
}

/** The extended play's steps without the removed ones, with replacements in their places, then the added steps. */
function applyEdits(
  inherited: readonly PlacedStep[],
  own: readonly (PlacedStep & { replaces?: string; index: number })[],
  removed: readonly string[],
  base: string,
  report: ReportAt,
  budget: SuggestionBudget,
): PlacedStep[] {
  const known = new Set(inherited.flatMap((step) => (step.source.id ? [step.source.id] : [])));
  const unknown = (id: string) =>
    `the play "${base}" has no step with id "${id}"${didYouMean(id, known, budget)}`;
  const edited = new Set<string>();
  const edit = (id: string, path: (string | number)[]) => {
    if (!known.has(id)) report("HW0081", unknown(id), path);
    else if (edited.has(id)) report("HW0083", `step "${id}" is removed or replaced twice`, path);
    edited.add(id);
  };
  for (const [i, id] of removed.entries()) edit(id, ["remove", i]);
  const replacements = new Map<string, PlacedStep>();
  for (const step of own) {
    if (step.replaces === undefined) continue;
    edit(step.replaces, ["steps", step.index, "replaces"]);
    replacements.set(step.replaces, step);
  }
  const kept = inherited.flatMap((step) => {
    const id = step.source.id;
    if (id === undefined) return [step];
    if (removed.includes(id)) return [];
    return [replacements.get(id) ?? step];
  });
  return [...kept, ...own.filter((step) => step.replaces === undefined)];
}
