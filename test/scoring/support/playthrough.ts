import type { PlayerAction } from "../../../src/engine/actions";
import { type DrillActor, startDrillActor } from "../../../src/engine/drill/drillActor";
import type { ControlIntent, LogEntry, Outcome } from "../../../src/engine/log";
import type { RoleId } from "../../../src/engine/organisation";
import type { RuleId } from "../../../src/engine/rubricRuleIds";
import type { ScenarioDefinition } from "../../../src/engine/scenario";
import type { SimMinutes } from "../../../src/engine/time";

/** Parses `T+1:30`, `T+3d`, `T-2h`, `T+45m` or a number of minutes. */
export function simTime(time: SimMinutes | string): SimMinutes {
  if (typeof time === "number") return time;
  const match = time.match(/^T([+-])(?:(\d+)d)?\s*(?:(\d+):(\d{2}))?(?:(\d+)h)?(?:(\d+)m)?$/);
  if (!match) throw new Error(`bad sim time ${time}`);
  const [, sign, d, h, m, hh, mm] = match;
  const minutes = Number(d ?? 0) * 1440 + Number(h ?? hh ?? 0) * 60 + Number(m ?? mm ?? 0);
  return sign === "-" ? -minutes : minutes;
}

/**
 * A readable script for the real engine: move the clock, act as a role, and check that the attacker or the
 * scenario's rules did what the test relies on. The log it yields is the engine's own, so scoring tests judge
 * exactly what a drill would record.
 */
export class Playthrough {
  private readonly drill: DrillActor;

  constructor(private readonly scenario: ScenarioDefinition) {
    this.drill = startDrillActor(scenario, "1");
    this.drill.start();
  }

  /** Moves the clock to `time`, running everything due by then (actions completing, the attacker, injects). */
  at(time: SimMinutes | string): this {
    const target = simTime(time);
    if (target > this.drill.world().now) this.drill.input({ at: target, intent: { type: "clock.advance" } });
    return this;
  }

  /** A player action submitted now as the role (accepted now, completed after its catalog duration). */
  act(action: PlayerAction, by?: RoleId): this {
    this.drill.input({ at: this.drill.world().now, ...(by ? { by } : {}), intent: action });
    const rejected = this.drill.world().log.at(-1);
    if (rejected?.type === "action.rejected")
      throw new Error(`the engine refused ${action.type}: ${rejected.reason}`);
    return this;
  }

  /** Runs a part of the script written elsewhere (a step a variant moves or leaves out). */
  perform(part: (play: this) => this): this {
    return part(this);
  }

  /** A facilitator control submitted now. */
  control(intent: ControlIntent, by?: RoleId): this {
    this.drill.input({ at: this.drill.world().now, ...(by ? { by } : {}), intent });
    return this;
  }

  /** Checks the attacker step has run by now (the engine runs it by the scenario's script). */
  attacker(stepId: string): this {
    return this.expectStep(stepId, "done");
  }

  /** Checks the attacker step was skipped by now (its condition did not hold). */
  skipped(stepId: string): this {
    return this.expectStep(stepId, "skipped");
  }

  /** Checks the scenario's flag is set by now. */
  flag(flag: string): this {
    if (!this.drill.world().flags[flag])
      throw new Error(`flag ${flag} is not set at ${this.drill.world().now}`);
    return this;
  }

  /** A facilitator override of a rule's finding. */
  override(rule: RuleId, outcome: Outcome, rationale: string, credit?: number): this {
    return this.control({
      type: "finding.override",
      rule,
      outcome,
      rationale,
      ...(credit !== undefined ? { credit } : {}),
    });
  }

  /** Ends the drill once every action under way has completed. */
  end(): this {
    this.settle();
    this.drill.input({ at: this.drill.world().now, intent: { type: "drill.end" } });
    return this;
  }

  /** The engine's log so far, after letting every action under way complete. */
  log(): LogEntry[] {
    this.settle();
    return [...this.drill.world().log];
  }

  private settle(): void {
    const world = this.drill.world();
    const due = Math.max(world.now, ...world.pending.map((pending) => pending.completesAt));
    if (world.endReason === undefined && due > world.now) this.at(due);
  }

  private expectStep(stepId: string, status: "done" | "skipped"): this {
    const state = this.drill.world().attacker[stepId];
    if (!this.scenario.attacker.some((step) => step.id === stepId)) throw new Error(`unknown step ${stepId}`);
    if (state?.status !== status)
      throw new Error(
        `attacker step ${stepId} is ${state?.status ?? "unknown"}, not ${status}, at ${this.drill.world().now}`,
      );
    return this;
  }
}

/** Starts a playthrough of the scenario at T+0 (seed 1). */
export function playthrough(scenario: ScenarioDefinition): Playthrough {
  return new Playthrough(scenario);
}
