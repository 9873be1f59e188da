import type { DrillPhase } from "../../engine/playerView";

/** A question card the facilitator pushes to the team display. */
export type DisplayPrompt =
  | { kind: "discussion"; module: string; moduleTitle: string; questions: string[] }
  | { kind: "hotwash"; questions: string[] };

/**
 * Everything the team display shows, already worded for the room. It is built only from the player view and
 * the session roster, so it holds nothing a player could not see.
 */
export interface TeamDisplayView {
  scenarioTitle: string;
  organisation: string;
  clock: string;
  phase: DrillPhase;
  ended: boolean;
  endReason?: string;
  briefing?: { title: string; situation: string; yourRole: string; objectives: string[] };
  module?: { title: string; summary: string };
  roster: { name: string; role: string }[];
  team: {
    icPaged: boolean;
    codename?: string;
    call?: { title?: string; members: string[] };
    room?: { name: string; topic?: string; members: string[] };
    assignments: { at: string; task: string; role: string }[];
  };
  inbox: { at: string; from: string; channel: string; subject?: string; body: string; answered?: string }[];
  caseFile: { at: string; text: string }[];
  systems: { name: string; zone: string; state: string; notes: string[] }[];
  credentials: { name: string; state: string; knownCompromised: boolean }[];
  pending: { label: string; completesAt: string }[];
  activity: { at: string; text: string; kind: string }[];
  statements: { at: string; title: string; body: string }[];
  prompt?: DisplayPrompt;
  /** Behind the scenario: the real incidents and their lessons, once the drill has ended. */
  debrief?: {
    summary: string;
    inspiredBy: { incident: string; year: string; url: string; lesson: string }[];
    notes: string[];
  };
}
