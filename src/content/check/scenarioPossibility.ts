import type { Condition } from "../../engine/condition";
import type { Fact, Inject, ScenarioDefinition } from "../../engine/scenario";
import { formatDuration, formatSimTime, type SimMinutes } from "../../engine/time";

/**
 * What can happen at all in a compiled scenario, judged statically: which attacker steps can run, which
 * injects can be delivered, which flags can be set, which facts can be revealed, which footholds can open.
 */
export class ScenarioPossibility {
  private readonly steps;
  private readonly injects;
  private readonly facts;
  private readonly triggeredBy = new Map<string, string[]>();
  private readonly visiting = new Set<string>();
  private readonly decided = new Map<string, boolean>();

  constructor(private readonly scenario: ScenarioDefinition) {
    this.steps = new Map(scenario.attacker.map((step) => [step.id, step]));
    this.injects = new Map(scenario.injects.map((inject) => [inject.id, inject]));
    this.facts = new Map(scenario.facts.map((fact) => [fact.id, fact]));
    for (const step of scenario.attacker) {
      for (const effect of step.effects) {
        if ("triggerInject" in effect) {
          this.triggeredBy.set(effect.triggerInject, [
            ...(this.triggeredBy.get(effect.triggerInject) ?? []),
            step.id,
          ]);
        }
      }
    }
  }

  /** Whether a flag rule or an attacker step that can run sets the flag. */
  flagCanBeSet(id: string): boolean {
    return this.guarded(`flag:${id}`, () => {
      const rule = this.scenario.flags.find((flag) => flag.id === id);
      if (rule && this.canHold(rule.setWhen)) return true;
      return this.scenario.attacker.some(
        (step) =>
          step.effects.some((effect) => "setFlag" in effect && effect.setFlag === id) &&
          this.stepCanRun(step.id),
      );
    });
  }

  /** Whether the foothold is open at the start or an attacker step that can run opens it. */
  footholdCanOpen(id: string): boolean {
    if (this.scenario.world.footholds.some((foothold) => foothold.id === id && foothold.openAtStart))
      return true;
    return this.scenario.attacker.some(
      (step) =>
        step.effects.some((effect) => "openFoothold" in effect && effect.openFoothold === id) &&
        this.stepCanRun(step.id),
    );
  }

  /** Whether the attacker step can ever run before the horizon. */
  stepCanRun(id: string): boolean {
    const step = this.steps.get(id);
    if (!step) return true;
    return this.guarded(`step:${id}`, () => {
      if (step.trigger)
        return this.canHold(step.trigger.when) && (step.when === undefined || this.canHold(step.when));
      return (
        step.at <= this.scenario.horizon && (step.when === undefined || this.canHold(step.when, step.at))
      );
    });
  }

  /** Why the inject can never be delivered, or undefined when it can. */
  injectBlocker(inject: Inject): string | undefined {
    if (inject.at !== undefined && inject.at > this.scenario.horizon) return "its `at` is after the horizon";
    const triggers = this.triggeredBy.get(inject.id) ?? [];
    if (triggers.some((step) => this.stepCanRun(step))) return undefined;
    if (inject.at === undefined && inject.when === undefined) {
      return triggers.length > 0
        ? `only ${triggers.join(", ")} trigger it and they can never run`
        : "it has no `at`, no `when`, and no attacker step triggers it";
    }
    if (
      inject.when !== undefined &&
      !this.guarded(`inject:${inject.id}`, () => this.canHold(inject.when as Condition, inject.at))
    ) {
      return "its `when` can never hold";
    }
    return undefined;
  }

  /** Whether the inject can ever be delivered. */
  injectCanArrive(id: string): boolean {
    const inject = this.injects.get(id);
    return inject === undefined || this.injectBlocker(inject) === undefined;
  }

  /** Why no investigation can ever reveal the fact, or undefined when one can. */
  factBlocker(fact: Fact): { code: "HW0055" | "HW0056"; reason: string } | undefined {
    if (fact.evidence.instance !== undefined) return undefined;
    const sourceId = fact.evidence.logSource;
    if (sourceId === undefined)
      return { code: "HW0055", reason: "it has no evidence (no log source, no instance)" };
    const source = this.scenario.world.logSources.find((candidate) => candidate.id === sourceId);
    // why: checklist S5 — the timeline comes from logs; entries older than the retention before "now" are gone,
    // and the earliest "now" of any investigation is T+0.
    if (source?.retention !== undefined && fact.occurredAt < -source.retention) {
      return {
        code: "HW0056",
        reason: `log source "${source.id}" keeps ${formatDuration(source.retention)}, which never reaches back to ${formatSimTime(fact.occurredAt)}`,
      };
    }
    return undefined;
  }

  /** Whether the fact can ever be discovered. */
  factCanBeRevealed(id: string): boolean {
    const fact = this.facts.get(id);
    if (!fact) return true;
    if (fact.requiresStep !== undefined && !this.stepCanRun(fact.requiresStep)) return false;
    return this.factBlocker(fact) === undefined;
  }

  /** Whether the condition can ever hold (at or after `earliest`, before the horizon). */
  canHold(condition: Condition, earliest: SimMinutes = 0): boolean {
    if ("all" in condition) return condition.all.every((part) => this.canHold(part, earliest));
    if ("any" in condition) return condition.any.some((part) => this.canHold(part, earliest));
    if ("not" in condition) return true;
    if ("attackerStep" in condition)
      return condition.is !== "done" || this.stepCanRun(condition.attackerStep);
    if ("inject" in condition) return condition.is !== "delivered" || this.injectCanArrive(condition.inject);
    if ("flag" in condition) return this.flagCanBeSet(condition.flag);
    if ("fact" in condition) return condition.is !== "discovered" || this.factCanBeRevealed(condition.fact);
    if ("foothold" in condition) return condition.is !== "open" || this.footholdCanOpen(condition.foothold);
    if ("after" in condition) return condition.after <= this.scenario.horizon;
    if ("before" in condition) return condition.before > Math.max(0, earliest);
    return true;
  }

  /** What makes the condition impossible, for messages (the first impossible leaf), or undefined. */
  explain(condition: Condition, earliest: SimMinutes = 0): string | undefined {
    if (this.canHold(condition, earliest)) return undefined;
    if ("all" in condition) {
      const part = condition.all.find((leaf) => !this.canHold(leaf, earliest));
      return part ? this.explain(part, earliest) : undefined;
    }
    if ("any" in condition) return "none of its `any` branches can hold";
    if ("attackerStep" in condition) return `attacker step "${condition.attackerStep}" can never run`;
    if ("inject" in condition) return `inject "${condition.inject}" can never be delivered`;
    if ("flag" in condition) return `nothing that can happen sets flag "${condition.flag}"`;
    if ("fact" in condition) return `fact "${condition.fact}" can never be revealed`;
    if ("foothold" in condition) return `foothold "${condition.foothold}" never opens`;
    if ("after" in condition)
      return `after ${formatSimTime(condition.after)} is beyond the horizon ${formatSimTime(this.scenario.horizon)}`;
    if ("before" in condition)
      return `before ${formatSimTime(condition.before)} is never the case at or after ${formatSimTime(Math.max(0, earliest))}`;
    return "it can never hold";
  }

  private guarded(key: string, decide: () => boolean): boolean {
    const known = this.decided.get(key);
    if (known !== undefined) return known;
    // why: a cycle (an inject waiting on itself) is judged possible; the engine, not lint, decides cycles.
    if (this.visiting.has(key)) return true;
    this.visiting.add(key);
    try {
      const result = decide();
      this.decided.set(key, result);
      return result;
    } finally {
      this.visiting.delete(key);
    }
  }
}
