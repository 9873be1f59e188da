import { ROLE_IDS } from "../../engine/organisation";
import { MAX_SIM_MINUTES } from "../../engine/simTime";
import {
  CAPABILITY_ELEMENTS,
  DRILL_FILE_FORMAT,
  DRILL_FILE_VERSION,
  MAX_DRILL_INPUTS,
} from "../drillFileFormat";
import { CONTROL_FORMS, PLAYER_ACTION_FORMS } from "./actionShape";
import { BOOLEAN, type Fields, object, oneOf, opt, req, type Shape, TEXT } from "./shape";

const SIM_MINUTE: Shape = { kind: "integer", min: 0, max: MAX_SIM_MINUTES };
const CLOCK_FORMS: Record<string, Fields> = { "clock.advance": {} };

/** One input: at this sim minute, this role (and person) gave this intent. `intents` are the forms allowed. */
function input(intents: Extract<Shape, { kind: "action" }>): Shape {
  return object("input", {
    at: req(SIM_MINUTE, "Sim minute of the input; never earlier than the input before it."),
    by: opt(oneOf(ROLE_IDS)),
    actorName: opt(TEXT),
    intent: req(intents),
  });
}

const { "drill.pause": pause, "drill.resume": resume, "drill.end": end, ...facilitatorForms } = CONTROL_FORMS;
/** The controls only a facilitator gives (fire, hold, skip, release, override, adjudicate, …). */
export const FACILITATOR_ONLY: readonly string[] = Object.keys(facilitatorForms);

const SOLO_INTENT: Extract<Shape, { kind: "action" }> = {
  kind: "action",
  selector: "type",
  forms: {
    ...PLAYER_ACTION_FORMS,
    "drill.pause": pause ?? {},
    "drill.resume": resume ?? {},
    "drill.end": end ?? {},
    ...CLOCK_FORMS,
  },
  common: {},
  // why: a solo drill that holds a facilitator control was not played alone: its score would not be the player's.
  excluded: { types: FACILITATOR_ONLY, reason: "a solo drill holds no facilitator control" },
};
const SESSION_INTENT: Extract<Shape, { kind: "action" }> = {
  kind: "action",
  selector: "type",
  forms: { ...SOLO_INTENT.forms, ...facilitatorForms },
  common: {},
};

const PLAN_DATE: Shape = {
  kind: "string",
  pattern: /^(\d{4}-\d{2}-\d{2})?$/,
  patternName: "a date YYYY-MM-DD (or empty)",
};
/** why: a plan has one row per area for improvement and lesson; a thousand is a generated or hostile file. */
const MAX_PLAN_EDITS = 1000;
/** One edit of an improvement plan row: its key and the fields a person changed. */
export const PLAN_EDIT_SHAPE: Shape = object("plan edit", {
  key: req(TEXT, "The improvement plan row's key (the report's `key`)."),
  capabilityElement: opt(oneOf(CAPABILITY_ELEMENTS)),
  action: opt(TEXT),
  organisation: opt(TEXT),
  pointOfContact: opt(TEXT),
  start: opt(PLAN_DATE),
  due: opt(PLAN_DATE),
});
const PLAN_EDITS = opt(
  { kind: "array", items: PLAN_EDIT_SHAPE, max: MAX_PLAN_EDITS },
  undefined,
  "Edits people made to the report's improvement plan, applied to every export.",
);

const INPUTS = (intents: Extract<Shape, { kind: "action" }>) =>
  req({ kind: "array", items: input(intents), max: MAX_DRILL_INPUTS });

/**
 * A drill file: a solo drill exported from the browser or autosaved, or a facilitated session saved from the
 * console; `hotwash replay` reads both. Event-sourced: the scenario (by id and content hash), the seed and the
 * inputs rebuild the drill exactly.
 */
export const DRILL_SHAPE: Shape = {
  kind: "action",
  selector: "mode",
  common: {
    format: req({ kind: "const", value: DRILL_FILE_FORMAT }),
    formatVersion: req({ kind: "const", value: DRILL_FILE_VERSION }),
    scenario: req({ kind: "string", kebab: true }, "The scenario's id: scenarios/<id>.yaml."),
    contentHash: req(
      { kind: "string", pattern: /^[0-9a-f]{64}$/, patternName: "a SHA-256 content hash (64 hex digits)" },
      "The scenario source's SHA-256: a replay on other content would not be exact.",
    ),
    seed: req(TEXT),
    now: req(SIM_MINUTE, "Sim minute the clock had reached; not before the last input."),
    savedAt: opt(TEXT),
    planEdits: PLAN_EDITS,
  },
  forms: {
    solo: {
      settings: req(
        object("settings", {
          pacing: req(oneOf(["live", "turn"])),
          minutesPerSecond: req({ kind: "integer", min: 1, max: 1440 }),
          assist: req(BOOLEAN),
        }),
      ),
      inputs: INPUTS(SOLO_INTENT),
    },
    facilitated: {
      session: req(
        object("session", {
          id: req({ kind: "string", pattern: /^[a-z0-9-]{4,64}$/, patternName: "a session id" }),
          started: req(BOOLEAN),
          speed: req({ kind: "number", min: 0, max: 1440 }, "Sim minutes per real second; 0 is turn-based."),
          startedAt: opt(TEXT),
          roster: opt(
            {
              kind: "array",
              items: object("roster entry", { name: req(TEXT), role: req(oneOf(ROLE_IDS)) }),
              max: 100,
            },
            [],
          ),
        }),
      ),
      inputs: INPUTS(SESSION_INTENT),
    },
  },
};
