import type { DrillPhaseName, WorldState } from "../world/worldState";

export interface DrillSummary {
  now: number;
  phase: string;
  endReason?: string;
  patientZero?: string;
  injects: { delivered: string[]; skipped: string[]; notReached: string[] };
  attacker: { done: string[]; skipped: string[]; notReached: string[] };
  facts: { discovered: string[]; lost: string[]; hidden: string[] };
  footholdsOpen: string[];
  leaks: number;
  rejected: number;
  logEntries: number;
}

function idsWhere<T>(record: Record<string, T>, test: (value: T) => boolean): string[] {
  return Object.keys(record).filter((id) => test(record[id] as T));
}

/** What happened in a drill, by id: injects reached, attacker steps done or skipped, facts found or lost. */
export function summarizeDrill(world: WorldState, phase: DrillPhaseName): DrillSummary {
  return {
    now: world.now,
    phase,
    ...(world.endReason !== undefined ? { endReason: world.endReason } : {}),
    ...(world.patientZero !== undefined ? { patientZero: world.patientZero } : {}),
    injects: {
      delivered: idsWhere(world.injects, (inject) => inject.status === "delivered"),
      skipped: idsWhere(world.injects, (inject) => inject.status === "skipped"),
      notReached: idsWhere(
        world.injects,
        (inject) => inject.status !== "delivered" && inject.status !== "skipped",
      ),
    },
    attacker: {
      done: idsWhere(world.attacker, (step) => step.status === "done"),
      skipped: idsWhere(world.attacker, (step) => step.status === "skipped"),
      notReached: idsWhere(world.attacker, (step) => step.status !== "done" && step.status !== "skipped"),
    },
    facts: {
      discovered: idsWhere(world.facts, (fact) => fact.exists && fact.status === "discovered"),
      lost: idsWhere(world.facts, (fact) => fact.exists && fact.status === "lost"),
      hidden: idsWhere(world.facts, (fact) => fact.exists && fact.status === "hidden"),
    },
    footholdsOpen: idsWhere(world.footholds, (foothold) => foothold.open),
    leaks: world.leaks.length,
    rejected: world.log.filter((entry) => entry.type === "action.rejected").length,
    logEntries: world.log.length,
  };
}
