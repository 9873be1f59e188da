/** Whether a diagnostic fails `hotwash check` (error) or only advises (warning). */
export type Severity = "error" | "warning";

export interface DiagnosticCodeInfo {
  title: string;
  severity: Severity;
  /** What the author should do about it (the authoring guide lists every code with this text). */
  fix: string;
}

/**
 * Every diagnostic the content compiler can emit. Codes are stable: never renumber or reuse one;
 * retire a code by leaving it here unused.
 */
export const DIAGNOSTIC_CODES = {
  HW0001: {
    title: "YAML syntax error",
    severity: "error",
    fix: "Fix the YAML at the position given (unclosed quote or bracket, bad indentation, stray character).",
  },
  HW0002: {
    title: "duplicate key",
    severity: "error",
    fix: "A mapping names the same key twice; delete or rename one of them.",
  },
  HW0003: {
    title: "tab used for indentation",
    severity: "error",
    fix: "YAML indents with spaces only; replace the tab with spaces.",
  },
  HW0004: {
    title: "not a text file",
    severity: "error",
    fix: "The file contains NUL bytes or invalid UTF-8; save it as UTF-8 text.",
  },
  HW0005: {
    title: "file or value too large",
    severity: "error",
    fix: "Files are limited to 500,000 characters and 10,000 lines, a line or text value to 100,000 characters and a mapping to 1,000 keys; split or shorten it.",
  },
  HW0006: {
    title: "empty file or not a mapping",
    severity: "error",
    fix: "A scenario or play file is one YAML mapping starting with `formatVersion: 1`.",
  },
  HW0007: {
    title: "too many aliases",
    severity: "error",
    fix: "Anchors and aliases (`&a`, `*a`) expand too much; write the values out or use fewer aliases.",
  },
  HW0008: {
    title: "nesting too deep",
    severity: "error",
    fix: "Values may nest at most 64 levels; flatten the structure (deep `all`/`any` trees can usually be merged).",
  },
  HW0009: {
    title: "more than one YAML document",
    severity: "error",
    fix: "Keep one document per file: remove the second `---` and move the other scenario to its own file.",
  },
  HW0010: {
    title: "missing formatVersion",
    severity: "error",
    fix: "Add `formatVersion: 1` as the first key.",
  },
  HW0011: {
    title: "unsupported formatVersion",
    severity: "error",
    fix: "This version of Hotwash reads `formatVersion: 1` only.",
  },
  HW0012: {
    title: "cannot read the file",
    severity: "error",
    fix: "The path does not exist or is not readable; check the path given to `hotwash check`.",
  },
  HW0013: {
    title: "YAML parser warning",
    severity: "warning",
    fix: "The YAML parser ignores something here (an unknown tag such as `!foo`, an unsupported `%YAML` version, an ambiguous anchor); remove it.",
  },
  HW0014: {
    title: "too many problems",
    severity: "error",
    fix: "The file has more than 1,000 problems and only the first 1,000 are listed; fix those (often one mistake repeated) and check again.",
  },
  HW0020: {
    title: "unknown key",
    severity: "error",
    fix: "The key is not part of the format here; check the spelling (the message suggests the closest key).",
  },
  HW0021: {
    title: "missing required field",
    severity: "error",
    fix: "Add the field named in the message.",
  },
  HW0022: {
    title: "wrong type",
    severity: "error",
    fix: "Give a value of the type the message asks for (text, integer, true/false, list or mapping).",
  },
  HW0023: {
    title: "value not allowed",
    severity: "error",
    fix: "Use one of the values the message lists.",
  },
  HW0024: {
    title: "id is not kebab-case",
    severity: "error",
    fix: "Ids are lower-case letters and digits joined by single hyphens, e.g. `ci-runner-3`.",
  },
  HW0025: {
    title: "bad time",
    severity: "error",
    fix: "Write a time as integer minutes from T0, as `T+45m`, `T+1:30`, `T+1d 6h`, `T-3d`, `T-3d +04:12` (3 days before T0, then 4 h 12 min on), or as a date and time `2026-11-14 04:12` in the scenario's zone; `T-3d 04:12` reads two ways and is refused.",
  },
  HW0026: {
    title: "bad duration",
    severity: "error",
    fix: "Write a duration as integer minutes or as `45m`, `3h`, `2d`, `1d 6h` (never negative).",
  },
  HW0027: {
    title: "malformed condition",
    severity: "error",
    fix: "A condition is a mapping with exactly one main key (`credential`, `instance`, `action`, `all`, …); combine several with `all:` or `any:`.",
  },
  HW0028: {
    title: "malformed attacker effect",
    severity: "error",
    fix: "An effect is a mapping with exactly one key, e.g. `{openFoothold: svc-backup2-user}`.",
  },
  HW0030: {
    title: "duplicate id",
    severity: "error",
    fix: "Ids must be unique within their kind; rename one of the two.",
  },
  HW0031: {
    title: "unknown reference",
    severity: "error",
    fix: "The id names nothing of the kind expected here; fix the spelling or define it (the message suggests the closest id).",
  },
  HW0032: {
    title: "reference to the wrong kind",
    severity: "error",
    fix: "The id exists but is a different kind of thing (e.g. a channel where a person is expected); use an id of the expected kind.",
  },
  HW0040: {
    title: "unknown action type",
    severity: "error",
    fix: "`do:` must be a player action (page-ic, invite, rotate-credential, …) or, in plays, a control type (drill.end, inject.fire, …).",
  },
  HW0041: {
    title: "missing action field",
    severity: "error",
    fix: "The action needs the field named in the message (e.g. `rotate-credential` needs `credential:`).",
  },
  HW0050: {
    title: "play step out of time order",
    severity: "error",
    fix: "Play steps must be in non-decreasing `at` order; move the step or fix its time.",
  },
  HW0051: {
    title: "module time out of order",
    severity: "error",
    fix: "Modules start in order (non-decreasing `startsAt`), at or after T+0 and no later than `horizon`.",
  },
  HW0052: {
    title: "attacker step after the horizon",
    severity: "error",
    fix: "The step's `at` is after `horizon`, so it can never run; move it earlier or extend the horizon.",
  },
  HW0053: {
    title: "inject after the horizon",
    severity: "error",
    fix: "The inject's `at` is after `horizon`, so it can never fire; move it earlier or extend the horizon.",
  },
  HW0054: {
    title: "unreachable inject",
    severity: "error",
    fix: "Nothing can deliver the inject: give it an `at` or a `when` that can hold, or trigger it from an attacker step (`triggerInject`).",
  },
  HW0055: {
    title: "fact has no evidence",
    severity: "error",
    fix: "Give the fact `evidence: {logSource: …}` or `evidence: {instance: …}` so an investigation can reveal it.",
  },
  HW0056: {
    title: "fact outside log retention",
    severity: "error",
    fix: "The log source's retention never reaches back to `occurredAt`; lengthen the retention, move the fact, or add instance evidence.",
  },
  HW0057: {
    title: "condition can never hold",
    severity: "warning",
    fix: "The condition depends on something that cannot happen (a flag nothing sets, a step after the horizon, …); fix or remove it.",
  },
  HW0058: {
    title: "inconsistent count or range",
    severity: "error",
    fix: "A count or bound contradicts another value (e.g. `redHerringCount` larger than the list, `min` above `max`).",
  },
  HW0060: {
    title: "play names an unknown scenario",
    severity: "error",
    fix: "`scenario:` must be the id of a scenario file beside the play (`scenarios/<id>.yaml`).",
  },
  HW0061: {
    title: "unknown rubric rule",
    severity: "error",
    fix: "Rule ids come from the rubric (docs/rubric.md), e.g. `containment.stop-first`, `privacy.no-sms`.",
  },
  HW0062: {
    title: "unknown reply option",
    severity: "error",
    fix: "A `reply` step's `option` must be the id of one of that inject's `replies`.",
  },
  HW0063: {
    title: "disk not on the instance",
    severity: "error",
    fix: "`image-disk`'s `disk` must be one of the instance's `disks`.",
  },
  HW0064: {
    title: "data class not in the data store",
    severity: "error",
    fix: "An `exfiltrate` effect may only name data classes listed in that data store's `dataClasses`.",
  },
  HW0065: {
    title: "the play's scenario has errors",
    severity: "error",
    fix: "Fix the scenario file first; the play is checked against it once it compiles.",
  },
  HW0066: {
    title: "patient-zero without candidates",
    severity: "error",
    fix: "`patient-zero` stands for the instance drawn from `variation.patientZero`; list the candidate instances there, or name a real instance.",
  },
  HW0067: {
    title: "reply option with no effect",
    severity: "error",
    fix: "Give the option an `action:` (not only a note), or make a condition read the choice (`{action: reply, target: <inject>, params: {option: <id>}}`): every choice must change something.",
  },
  HW0068: {
    title: "no real choice",
    severity: "error",
    fix: "Offer at least two defensible reply options, each with its own effect; two options that do the same thing are one choice.",
  },
  HW0070: {
    title: "file name does not match the id",
    severity: "warning",
    fix: "Name a scenario `scenarios/<id>.yaml` and a play `scenarios/<scenario>.<name>.play.yaml`.",
  },
  HW0071: {
    title: "missing schema modeline",
    severity: "warning",
    fix: "Start the file with `# yaml-language-server: $schema=./scenario.schema.json` (or `./play.schema.json`) so editors autocomplete.",
  },
  HW0080: {
    title: "extends an unknown play",
    severity: "error",
    fix: "`extends:` names another play of the same scenario by its `name`; the file `<scenario>.<name>.play.yaml` must sit beside this one.",
  },
  HW0081: {
    title: "unknown step id",
    severity: "error",
    fix: "`remove:` and `replaces:` name a step of the extended play by its `id:`; give that step an `id:` or fix the spelling.",
  },
  HW0082: {
    title: "the extended play has errors or loops",
    severity: "error",
    fix: "Fix the extended play first (check it on its own), and do not let plays extend each other in a circle or more than 8 deep.",
  },
  HW0083: {
    title: "misplaced step edit",
    severity: "error",
    fix: "`remove:` and `replaces:` only work with `extends:`; step ids are unique within a play; remove or replace a step once.",
  },
  HW0084: {
    title: "flags.violates has no effect",
    severity: "warning",
    fix: 'Only the rules listed in the guide\'s "rules and what they read" table as reading `flags.violates` honour it; name one of those, or drop the entry and let the rule judge the actions.',
  },
  HW0085: {
    title: "value cut short by # or ,",
    severity: "warning",
    fix: "An unquoted ` #` starts a YAML comment and a `,` ends an item inside `[…]` or `{…}`; put the whole value in double quotes.",
  },
  HW0086: {
    title: "reply to an inject not delivered yet",
    severity: "warning",
    fix: "In this play the inject has not arrived when the reply is sent, so the engine rejects it; move the reply after the inject's delivery, or make the play reach the branch that delivers it.",
  },
  HW0087: {
    title: "contact kind does not fit the person",
    severity: "warning",
    fix: "Scoring reads the person's `contactKind`, not the action's `kind`; use the person's kind (or leave `kind` out), or contact a person of the kind you mean.",
  },
  HW0088: {
    title: "critical task listed twice",
    severity: "warning",
    fix: "Name each critical task once in `criticalTasks:`; a task listed twice is still one duty.",
  },
  HW0099: {
    title: "internal compiler error",
    severity: "error",
    fix: "A bug in Hotwash, not in your file: report it with the file attached.",
  },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;
