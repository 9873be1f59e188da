import type { TeamDisplayView } from "./teamDisplayView";

/** why: a view is rendered into the DOM; beyond these it is a flood, not a drill. */
const MAX_TEXT = 100_000;
const MAX_ITEMS = 5_000;

type Check = (value: unknown) => boolean;

const text: Check = (value) => typeof value === "string" && value.length <= MAX_TEXT;
const flag: Check = (value) => typeof value === "boolean";
const optional =
  (check: Check): Check =>
  (value) =>
    value === undefined || check(value);
const list =
  (item: Check): Check =>
  (value) =>
    Array.isArray(value) && value.length <= MAX_ITEMS && value.every(item);
const oneOf =
  (...values: string[]): Check =>
  (value) =>
    typeof value === "string" && values.includes(value);
const record =
  (fields: Record<string, Check>): Check =>
  (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const entries = value as Record<string, unknown>;
    if (Object.keys(entries).some((key) => !Object.hasOwn(fields, key))) return false;
    return Object.entries(fields).every(([key, check]) => check(entries[key]));
  };

const PROMPT: Check = (value) =>
  record({ kind: oneOf("discussion"), module: text, moduleTitle: text, questions: list(text) })(value) ||
  record({ kind: oneOf("hotwash"), questions: list(text) })(value);

const VIEW = record({
  scenarioTitle: text,
  organisation: text,
  clock: text,
  phase: oneOf("briefing", "live", "paused", "debrief"),
  ended: flag,
  endReason: optional(text),
  briefing: optional(record({ title: text, situation: text, yourRole: text, objectives: list(text) })),
  module: optional(record({ title: text, summary: text })),
  roster: list(record({ name: text, role: text })),
  team: record({
    icPaged: flag,
    codename: optional(text),
    call: optional(record({ title: optional(text), members: list(text) })),
    room: optional(record({ name: text, topic: optional(text), members: list(text) })),
    assignments: list(record({ at: text, task: text, role: text })),
  }),
  inbox: list(
    record({
      at: text,
      from: text,
      channel: text,
      subject: optional(text),
      body: text,
      answered: optional(text),
    }),
  ),
  caseFile: list(record({ at: text, text })),
  systems: list(record({ name: text, zone: text, state: text, notes: list(text) })),
  credentials: list(record({ name: text, state: text, knownCompromised: flag })),
  pending: list(record({ label: text, completesAt: text })),
  activity: list(record({ at: text, text, kind: text })),
  statements: list(record({ at: text, title: text, body: text })),
  prompt: optional(PROMPT),
  debrief: optional(
    record({
      summary: text,
      inspiredBy: list(record({ incident: text, year: text, url: text, lesson: text })),
      notes: list(text),
    }),
  ),
});

/** Whether a value received from the channel has exactly the shape of a team display view, and sane sizes. */
export function isTeamDisplayView(value: unknown): value is TeamDisplayView {
  return VIEW(value);
}
