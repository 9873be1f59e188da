import type { ChecklistStepId } from "../../engine/checklist";
import type { DimensionId } from "../../engine/organisation";
import type { CapabilityElement } from "../afterActionReport";

/**
 * why: HSEEP maps exercise observations to the National Preparedness Goal's core capabilities. Each checklist step
 * of the incident checklist exercises one: stopping and cutting off the attack and hardening afterwards is
 * Cybersecurity; assembling and running the team is Operational Coordination; timeline, data and forensics are
 * Forensics and Attribution; reaching law enforcement, operators and vendors is Intelligence and Information
 * Sharing; the public statement is Public Information and Warning; the comms rules are Operational Communications.
 */
const CAPABILITY_BY_STEP: Record<ChecklistStepId, string> = {
  S1: "Cybersecurity",
  S2: "Cybersecurity",
  S3: "Operational Coordination",
  S4: "Cybersecurity",
  S5: "Forensics and Attribution",
  S6: "Forensics and Attribution",
  S7: "Risk and Disaster Resilience Assessment",
  S8: "Risk and Disaster Resilience Assessment",
  S9: "Cybersecurity",
  S10: "Forensics and Attribution",
  S11: "Operational Coordination",
  S12: "Intelligence and Information Sharing",
  S13: "Intelligence and Information Sharing",
  S14: "Public Information and Warning",
  COMMS: "Operational Communications",
};

/** The order capabilities are listed in: the order the checklist reaches them. */
export const CAPABILITY_ORDER: readonly string[] = [
  "Cybersecurity",
  "Operational Coordination",
  "Operational Communications",
  "Forensics and Attribution",
  "Risk and Disaster Resilience Assessment",
  "Intelligence and Information Sharing",
  "Public Information and Warning",
];

/** The core capability a checklist step exercises. */
export function capabilityOfStep(step: ChecklistStepId): string {
  return CAPABILITY_BY_STEP[step];
}

/**
 * why: HSEEP improvement plans file each corrective action under a capability element (POETE). Procedures and
 * order of work are Planning, who is on the team and whom to call is Organization, imaging and log tooling is
 * Equipment, and judgement in the moment (codenames, channels, wording) is Training.
 */
const ELEMENT_BY_DIMENSION: Record<DimensionId, CapabilityElement> = {
  containment: "Planning",
  evidence: "Training",
  codename: "Training",
  privacy: "Training",
  disclosure: "Planning",
  team: "Organization",
  investigation: "Equipment",
  mitigation: "Planning",
  outreach: "Organization",
};

const ELEMENT_BY_RULE: Record<string, CapabilityElement> = {
  "evidence.image-affected": "Equipment",
  "evidence.image-readonly-offsite": "Equipment",
  "evidence.preserve-logs": "Equipment",
  "mitigation.alerting": "Equipment",
};

/** The capability element (planning, organisation, equipment, training, exercises) a rule's fix belongs to. */
export function capabilityElementOf(rule: string, dimension: DimensionId): CapabilityElement {
  return ELEMENT_BY_RULE[rule] ?? ELEMENT_BY_DIMENSION[dimension];
}

/**
 * why: an after-action report explains why a gap happened in terms an organisation can fix, not only what the
 * player did; one root cause per dimension, phrased as the missing preparation.
 */
const ROOT_CAUSE_BY_DIMENSION: Record<DimensionId, string> = {
  containment:
    "No agreed first-ten-minutes playbook says what to stop first and who may do it without waiting for analysis.",
  evidence:
    "Evidence handling (image first, read-only, off-site; never terminate) is not a practised reflex or a tooled step.",
  codename:
    "The team has no habit or pre-made list of innocuous codenames to use before anything else is named.",
  privacy:
    "There is no pre-agreed secure channel and need-to-know list, so people fall back to the channels they use every day.",
  disclosure:
    "No pre-approved disclosure process sets who validates facts, who speaks, in which order and how fast.",
  team: "The on-call roster does not say whom to page and which roles to fill for a security incident.",
  investigation:
    "Log sources, retention and the questions to answer first are not documented for responders.",
  mitigation:
    "The secrets inventory and monitoring do not let responders rotate and watch everything at once.",
  outreach:
    "The contact list for law enforcement, the insurer, operators and vendors, with who calls them, is not prepared.",
};

/** Why a gap in this dimension happened, as the missing preparation. */
export function rootCauseOf(dimension: DimensionId): string {
  return ROOT_CAUSE_BY_DIMENSION[dimension];
}
