import type { ScenarioDefinition } from "../scenario";

/** The reference scenarios write where they mean "whichever instance the seed made patient zero". */
export const PATIENT_ZERO = "patient-zero";

function bind(value: unknown, instance: string): unknown {
  if (value === PATIENT_ZERO) return instance;
  if (Array.isArray(value)) return value.map((item) => bind(item, instance));
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = bind(item, instance);
    return out;
  }
  return value;
}

/**
 * The scenario with every id-valued `patient-zero` (a foothold's `via`, a fact's evidence instance, a condition's
 * instance, a log source's `livesOn`, …) replaced by the drawn instance id; texts are left as written.
 */
export function bindPatientZero(
  scenario: ScenarioDefinition,
  instance: string | undefined,
): ScenarioDefinition {
  if (!instance) return scenario;
  const { briefing, premise, debrief, modules, ...rest } = scenario;
  return { ...(bind(rest, instance) as typeof rest), briefing, premise, debrief, modules };
}
