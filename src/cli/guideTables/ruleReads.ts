import type { CompiledPlay } from "../../content/compiledPlay";
import { runPlay } from "../../engine/headless/runPlay";
import type { ScenarioDefinition } from "../../engine/scenario";
import { buildContext, type ScoringContext } from "../../scoring/context/ScoringContext";
import { RULES } from "../../scoring/rules/registry";

/** What one rule was seen to read: log entry types, action types, scenario and profile fields, the world. */
export interface RuleReads {
  log: Set<string>;
  actions: Set<string>;
  scenario: Set<string>;
  profile: Set<string>;
  world: boolean;
}

const IGNORED = new Set(["length", "id", "constructor", "toJSON", "then"]);

/** A read-only view of `target` that records each property path read under `path` (arrays as `[]`). */
function recording(
  target: object,
  path: string,
  record: (path: string) => void,
  depth: number,
  cache: WeakMap<object, object>,
): object {
  const cached = cache.get(target);
  if (cached) return cached;
  const proxy = new Proxy(target, {
    get(object, key, receiver) {
      const value = Reflect.get(object, key, receiver);
      if (typeof key === "symbol" || typeof value === "function") return value;
      const isIndex = Array.isArray(object) && /^\d+$/.test(key);
      if (isIndex) {
        return value !== null && typeof value === "object"
          ? recording(value, `${path}[]`, record, depth, cache)
          : value;
      }
      if (IGNORED.has(key)) return value;
      const next = `${path}.${key}`;
      record(next);
      return value !== null && typeof value === "object" && depth > 1
        ? recording(value, next, record, depth - 1, cache)
        : value;
    },
  });
  cache.set(target, proxy);
  return proxy;
}

/** `ctx` seen through proxies that record into `reads`: which log types, actions, fields and world it uses. */
function tracing(ctx: ScoringContext, reads: RuleReads): ScoringContext {
  const cache = new WeakMap<object, object>();
  const keep = (into: Set<string>, prefix: string) => (path: string) => {
    // why: "scenario.world" alone says nothing; its parts do.
    if (path.split(/\.|\[\]/).filter(Boolean).length > 1 || prefix === "profile")
      into.add(path.slice(prefix.length + 1));
  };
  const world = () => {
    reads.world = true;
  };
  return {
    ...ctx,
    scenario: recording(
      ctx.scenario,
      "scenario",
      keep(reads.scenario, "scenario"),
      4,
      cache,
    ) as ScenarioDefinition,
    profile: recording(
      ctx.profile,
      "profile",
      keep(reads.profile, "profile"),
      1,
      cache,
    ) as ScoringContext["profile"],
    entries: (type) => {
      reads.log.add(type);
      return ctx.entries(type);
    },
    completed: (...types) => {
      for (const type of types.length === 0 ? ["any"] : types) reads.actions.add(type);
      return ctx.completed(...types);
    },
    accepted: (...types) => {
      for (const type of types.length === 0 ? ["any"] : types) reads.actions.add(type);
      return ctx.accepted(...types);
    },
    get end() {
      world();
      return ctx.end;
    },
    worldAfter: (seq) => {
      world();
      return ctx.worldAfter(seq);
    },
    worldAt: (at) => {
      world();
      return ctx.worldAt(at);
    },
    firstMoment: (holds, options) => {
      world();
      return ctx.firstMoment(holds, options);
    },
    worldsAfter: (seqs, read) => {
      world();
      return ctx.worldsAfter(seqs, read);
    },
    person: (id) => {
      reads.scenario.add("world.people");
      return ctx.person(id);
    },
  };
}

/** why: a flag that names no rule, so every rule that reads `flags[].violates` touches it whatever the scenario. */
function withProbeFlag(scenario: ScenarioDefinition): ScenarioDefinition {
  return {
    ...scenario,
    flags: [...scenario.flags, { id: "probe", description: "", setWhen: { flag: "probe" }, violates: [] }],
  };
}

/**
 * What each rubric rule reads, seen by running every play of `library` and evaluating each rule through a
 * recording context (a rule's branches that no play reaches go unseen). Keyed by rule id, in registry order.
 */
export function ruleReads(
  library: readonly { scenario: ScenarioDefinition; plays: CompiledPlay[] }[],
): Map<string, RuleReads> {
  const found = new Map<string, RuleReads>(
    RULES.map((rule) => [
      rule.id,
      { log: new Set(), actions: new Set(), scenario: new Set(), profile: new Set(), world: false },
    ]),
  );
  for (const { scenario, plays } of library) {
    const probed = withProbeFlag(scenario);
    for (const play of plays) {
      const ctx = buildContext(probed, runPlay(scenario, play).log);
      for (const rule of RULES) rule.evaluate(tracing(ctx, found.get(rule.id) as RuleReads));
    }
  }
  return found;
}

/** The rule ids seen reading a flag's `violates:`. */
export function rulesReadingFlagViolations(reads: ReadonlyMap<string, RuleReads>): string[] {
  return [...reads].filter(([, read]) => read.scenario.has("flags[].violates")).map(([id]) => id);
}
