import { actionTarget } from "../../engine/actions";
import type { ReportFinding, ReportIdentifiers } from "../afterActionReport";
import type { ReportContext } from "../support/reportContext";

/** The identifiers appendix: rubric rules, delivered injects, attacker steps and the things the team acted on. */
export function buildIdentifiers(
  findings: readonly ReportFinding[],
  context: ReportContext,
): ReportIdentifiers {
  const { scenario, log } = context.input;
  const delivered = new Set(
    log.flatMap((entry) => (entry.type === "inject.delivered" ? [entry.inject] : [])),
  );
  const world = scenario.world;
  const targeted = new Set(
    log.flatMap((entry) => {
      if (entry.type !== "action.completed") return [];
      const target = actionTarget(entry.action);
      return target === undefined ? [] : [target];
    }),
  );
  const things = [
    ...world.instances,
    ...world.credentials,
    ...world.channels,
    ...world.logSources,
    ...world.dataStores,
    ...world.services,
  ]
    .filter((thing) => thing.id !== thing.name && targeted.has(thing.id))
    .map((thing) => ({ id: thing.id, name: thing.name }));
  return {
    rules: findings
      .filter((finding) => finding.outcome !== "n/a")
      .map((finding) => ({ id: finding.rule, title: finding.title })),
    injects: scenario.injects
      .filter((inject) => delivered.has(inject.id))
      .map((inject) => ({
        id: inject.id,
        title: inject.subject ?? `Message from ${context.personName(inject.from)}`,
      })),
    attackerSteps: scenario.attacker.map((step) => ({ id: step.id, title: step.title })),
    things,
  };
}
