import type { DimensionId } from "../../engine/organisation";
import type { Briefing } from "../../engine/scenario";

/** What the picker and the briefing show of a catalogue scenario (player-visible fields only). */
export interface ScenarioSummary {
  id: string;
  title: string;
  premise: string;
  difficulty: string;
  /** Real-time minutes of a solo drill. */
  expectedDuration: number;
  stresses: DimensionId[];
  briefing: Briefing;
  modules: { title: string; summary: string }[];
}

export const DIMENSION_LABEL: Record<DimensionId, string> = {
  containment: "Containment",
  evidence: "Evidence",
  codename: "Codename",
  privacy: "Privacy",
  disclosure: "Disclosure",
  team: "Team",
  investigation: "Investigation",
  mitigation: "Mitigation",
  outreach: "Outreach",
};
