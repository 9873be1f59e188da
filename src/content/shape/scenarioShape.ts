import { CHANNEL_KINDS, CONTACT_KINDS } from "../../engine/actions";
import { CHECKLIST_STEP_IDS } from "../../engine/checklist";
import { CRITICAL_TASK_IDS, DEFAULT_CRITICAL_TASK_IDS } from "../../engine/criticalTaskIds";
import { DIMENSION_IDS, ROLE_IDS } from "../../engine/organisation";
import { RUBRIC_RULE_IDS } from "../../engine/rubricRuleIds";
import {
  CAPACITIES,
  CREDENTIAL_KINDS,
  DATA_STORE_KINDS,
  DIFFICULTIES,
  FACT_KINDS,
  IMPACT_SEVERITIES,
  VECTOR_KINDS,
  ZONE_KINDS,
} from "../../engine/scenario";
import { REPLY_ACTION, RULE } from "./actionShape";
import { CONDITION, EFFECT } from "./conditionShape";
import type { Infer } from "./inferShape";
import {
  arrayOf,
  BOOLEAN,
  constant,
  DURATION,
  type Field,
  id,
  list,
  object,
  oneOf,
  opt,
  ref,
  req,
  TEXT,
  TIME,
} from "./shape";

function numbersByDimension(): Record<string, Field> {
  return Object.fromEntries(DIMENSION_IDS.map((dimension) => [dimension, opt({ kind: "number", min: 0 })]));
}

const ORGANISATION = object("organisation", {
  name: opt(TEXT),
  emailDomain: opt(TEXT),
  privilegePrefix: opt(TEXT),
  revealingWords: opt({ kind: "array", items: TEXT }),
  companyNames: opt({ kind: "array", items: TEXT }),
  bannedPhrases: opt({ kind: "array", items: TEXT }),
  secureChannelPhrases: opt({ kind: "array", items: TEXT }),
  disclosure: opt(object("disclosure", { fullCreditWithin: opt(DURATION), zeroCreditAfter: opt(DURATION) })),
  roles: opt({
    kind: "array",
    items: object("role", {
      id: req(oneOf(ROLE_IDS)),
      title: req(TEXT),
      delegatedSteps: list(oneOf(CHECKLIST_STEP_IDS)),
    }),
  }),
  dimensionWeights: opt(object("dimensionWeights", numbersByDimension())),
  ratingThresholds: opt(
    object("ratingThresholds", {
      P: opt({ kind: "number", min: 0, max: 100 }),
      S: opt({ kind: "number", min: 0, max: 100 }),
      M: opt({ kind: "number", min: 0, max: 100 }),
    }),
  ),
  broadChannelNames: opt({ kind: "array", items: TEXT }),
  ruleWeights: opt(
    object(
      "ruleWeights",
      Object.fromEntries(RUBRIC_RULE_IDS.map((rule) => [rule, opt({ kind: "number", min: 0 })])),
    ),
    undefined,
    "Per-rule weights (rubric rule id → weight) over the scoring registry's defaults.",
  ),
});

const PERSON = object("person", {
  id: req(id("person")),
  name: req(TEXT),
  title: req(TEXT),
  internal: opt(BOOLEAN, false),
  role: opt(oneOf(ROLE_IDS), undefined, "For internal people: the role they can play on the response team."),
  team: opt(TEXT),
  organisation: opt(TEXT),
  contactKind: opt(oneOf(CONTACT_KINDS)),
  email: opt(TEXT),
  reachableBy: list(oneOf(CHANNEL_KINDS)),
  insider: opt(BOOLEAN, false, "Controller-only: this person is the insider."),
  operational: opt(BOOLEAN, false, "Part of the operational response, invited before execs and legal."),
  security: opt(BOOLEAN, false),
  represents: list(ref("service")),
});

const CHANNEL = object("channel", {
  id: req(id("channel")),
  name: req(TEXT),
  kind: req(oneOf(CHANNEL_KINDS)),
  broad: opt(BOOLEAN, false, "Broad channel: discussing the incident here is a violation and a leak."),
  members: list(ref("person")),
  compromisedWhen: opt(
    CONDITION,
    undefined,
    "Controller-only: when this holds, the attacker reads the channel.",
  ),
});

const ZONE = object("zone", {
  id: req(id("zone")),
  name: req(TEXT),
  kind: req(oneOf(ZONE_KINDS)),
});

const INSTANCE = object("instance", {
  id: req(id("instance")),
  name: req(TEXT),
  zone: req(ref("zone")),
  ip: req(TEXT),
  service: opt(ref("service")),
  disks: list(TEXT),
  autoscalingGroup: opt(ref("autoscalingGroup")),
  secrets: list(ref("credential"), "Credential ids whose secrets are stored on this host."),
  affected: opt(BOOLEAN, false, "Controller-only ground truth: affected by the attack."),
  createdBy: opt(ref("attackerStep")),
});

const AUTOSCALING_GROUP = object("autoscalingGroup", {
  id: req(id("autoscalingGroup")),
  name: req(TEXT),
  healthReplacement: opt(BOOLEAN, false, "Shutting down a member makes the group terminate it."),
});

const SERVICE = object("service", {
  id: req(id("service")),
  name: req(TEXT),
  zone: req(ref("zone")),
  codePaths: list(object("codePath", { id: req(id("codePath")), name: req(TEXT) })),
  affected: opt(BOOLEAN, false),
});

const DATA_STORE = object("dataStore", {
  id: req(id("dataStore")),
  name: req(TEXT),
  zone: req(ref("zone")),
  kind: req(oneOf(DATA_STORE_KINDS)),
  dataClasses: list(TEXT),
});

const CREDENTIAL = object("credential", {
  id: req(id("credential")),
  name: req(TEXT),
  kind: req(oneOf(CREDENTIAL_KINDS)),
  storedOn: list(ref("instance", "provider", "dataStore")),
  holders: list(ref("person")),
  compromised: opt(BOOLEAN, false, "Controller-only ground truth: the attacker holds it."),
  usedInAttack: opt(
    BOOLEAN,
    false,
    "Controller-only: used in the initial attack (rotate it on every system).",
  ),
  inventoryNote: opt(TEXT),
  createdBy: opt(
    ref("attackerStep"),
    undefined,
    "Controller-only: created by this attacker step; players see it once the step ran.",
  ),
});

const PROVIDER = object("provider", {
  id: req(id("provider")),
  name: req(TEXT),
  zone: req(ref("zone")),
  accounts: list(
    object("account", { id: req(id("account")), owner: req(TEXT), attackerCreated: opt(BOOLEAN, false) }),
  ),
  disclosesAt: opt(
    TIME,
    undefined,
    "When the provider discloses publicly; naming it is allowed from then on.",
  ),
});

const LOG_SOURCE = object("logSource", {
  id: req(id("logSource")),
  name: req(TEXT),
  description: req(TEXT),
  retention: opt(
    DURATION,
    undefined,
    "Entries older than this before now are gone; absent: kept throughout.",
  ),
  livesOn: opt(ref("instance"), undefined, "Terminating this instance destroys the log source."),
  destroyedWhen: opt(CONDITION),
  atRisk: opt(BOOLEAN, false, "evidence.preserve-logs expects it preserved before it is lost."),
});

const FOOTHOLD = object("foothold", {
  id: req(id("foothold")),
  description: req(TEXT),
  via: list(ref("credential", "instance", "provider", "codePath", "service")),
  openAtStart: opt(BOOLEAN, false, "Open at T0; otherwise an attacker step opens it."),
});

const WORLD = object("world", {
  people: list(PERSON),
  channels: list(CHANNEL),
  zones: list(ZONE),
  instances: list(INSTANCE),
  autoscalingGroups: list(AUTOSCALING_GROUP),
  services: list(SERVICE),
  dataStores: list(DATA_STORE),
  credentials: list(CREDENTIAL),
  providers: list(PROVIDER),
  logSources: list(LOG_SOURCE),
  footholds: list(FOOTHOLD),
  attackerIps: list(TEXT),
  linkedSystems: list(ref("logSource", "instance")),
  roomCompromisedWhen: opt(
    CONDITION,
    undefined,
    "Controller-only: while this holds when a message is sent, the attacker reads the players' room.",
  ),
  callCompromisedWhen: opt(
    CONDITION,
    undefined,
    "Controller-only: while this holds when a message is sent, the attacker listens to the players' call.",
  ),
});

const ATTACKER_STEP = object("attackerStep", {
  id: req(id("attackerStep")),
  at: opt(TIME, undefined, "Required unless `trigger` is given."),
  jitter: opt(DURATION),
  title: req(TEXT),
  description: req(TEXT),
  technique: opt(TEXT),
  ip: opt(TEXT),
  when: opt(CONDITION, undefined, "The step runs only if this holds at its time; otherwise it is skipped."),
  trigger: opt(object("trigger", { when: req(CONDITION), delay: opt(DURATION, 0) })),
  effects: list(EFFECT),
  preventable: opt(BOOLEAN, true, "Whether the players' actions can prevent this step."),
  needsPlay: opt(TEXT),
});

const FACT = object("fact", {
  id: req(id("fact")),
  kind: req(oneOf(FACT_KINDS)),
  text: req(TEXT),
  occurredAt: req(TIME, "When the event happened; investigation windows must cover it."),
  evidence: opt(object("evidence", { logSource: opt(ref("logSource")), instance: opt(ref("instance")) }), {}),
  requiresStep: opt(ref("attackerStep"), undefined, "Only true if this attacker step ran."),
  dataClasses: list(TEXT),
  revealsCredentials: list(ref("credential")),
  revealsInstances: list(ref("instance")),
});

const REPLY_OPTION = object("replyOption", {
  id: req(id("replyOption")),
  label: req(TEXT),
  action: opt(REPLY_ACTION),
});

const INJECT = object("inject", {
  id: req(id("inject")),
  at: opt(TIME),
  jitter: opt(DURATION),
  when: opt(CONDITION, undefined, "Conditional: fires when this holds (at or after `at`)."),
  unless: opt(CONDITION, undefined, "Contingency: fires at `at` only if this does NOT hold."),
  contingency: opt(BOOLEAN, false, "A nudge for stuck players."),
  from: req(ref("person")),
  channel: req(ref("channel")),
  subject: opt(TEXT),
  body: req(TEXT),
  addressedTo: opt(
    oneOf(ROLE_IDS),
    undefined,
    "A private (hot seat) inject: only this role's players see it; the team display never does.",
  ),
  module: opt(ref("module")),
  replies: list(REPLY_OPTION),
  reveals: list(
    ref("instance", "credential"),
    "Attacker-made instances and credentials (createdBy) this message shows the team; until something reveals them, players do not see them.",
  ),
  controller: opt(
    object("controller", {
      expectedActions: list(TEXT),
      evaluatorNotes: opt(TEXT, ""),
      temptation: opt(TEXT),
      tests: list(RULE),
    }),
    { expectedActions: [], evaluatorNotes: "", tests: [] },
  ),
});

const PAR = object("par", {
  pageIc: opt(DURATION, 5),
  stopAttack: opt(DURATION, 120),
  stopAttackLimit: opt(DURATION, 720),
  isolate: opt(DURATION, 60),
  image: opt(DURATION, 240),
  revoke: opt(DURATION, 60),
  insurerNotice: opt(DURATION),
});

const BUSINESS = object("business", {
  services: list(
    object("businessService", {
      id: req(id("businessService")),
      name: req(TEXT),
      description: req(TEXT),
      customerFacing: opt(BOOLEAN, false, "Customers feel it directly, not only staff."),
    }),
  ),
  impacts: list(
    object("impact", {
      id: req(id("impact")),
      service: req(ref("businessService")),
      severity: req(oneOf(IMPACT_SEVERITIES)),
      text: req(TEXT, "What the business sees; shown on the business track once it happens."),
      when: req(CONDITION, "The response move that breaks the service (usually `action: … target: …`)."),
      recovery: req(DURATION, "Back to normal this long after it began."),
      recoversWhen: opt(CONDITION, undefined, "Back to normal as soon as this holds."),
      softenedBy: opt(
        CONDITION,
        undefined,
        "Holding before the impact (or while it lasts) softens it: a freeze and an announcement, an overlapping rotation, a notice.",
      ),
    }),
  ),
});

const STATUTORY_CLOCK = object("statutoryClock", {
  id: req({ kind: "string", kebab: true }),
  name: req(
    TEXT,
    "Who must be told and under which law, as players read it: `Supervisory authority (GDPR Art. 33)`.",
  ),
  notify: req(
    oneOf(["regulator", "individuals"]),
    "regulator: met by `notify-regulator` to a person whose contactKind is regulator; individuals: by `notify-individuals`.",
  ),
  within: req(
    DURATION,
    "The deadline, counted from the first moment the team could know personal data was affected.",
  ),
  dataClasses: list(
    TEXT,
    "The data classes that are personal data here: a fact establishing one starts the clock.",
  ),
});

/** The whole scenario file (ScenarioDefinition minus `contentHash`, plus optional organisation overrides). */
export const SCENARIO_SHAPE = object("scenario", {
  formatVersion: req(constant(1, "HW0011")),
  id: req({ kind: "string", kebab: true }),
  title: req(TEXT),
  premise: req(TEXT),
  difficulty: req(oneOf(DIFFICULTIES)),
  expectedDuration: req(DURATION, "Real-time minutes a solo drill takes."),
  start: opt(
    object("start", {
      date: req({
        kind: "string",
        pattern: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
        patternName: "a date written YYYY-MM-DD",
      }),
      time: req({
        kind: "string",
        pattern: /^([01]\d|2[0-3]):[0-5]\d$/,
        patternName: "a 24-hour time HH:MM",
      }),
      zone: opt(
        { kind: "string", pattern: /^UTC([+-](0\d|1[0-4]):[0-5]\d)?$/, patternName: "UTC or UTC±HH:MM" },
        "UTC",
      ),
    }),
    undefined,
    "When T+0 happened on the wall clock; reports show dates and clock times from it.",
  ),
  stresses: list(oneOf(DIMENSION_IDS)),
  organisation: opt(
    ORGANISATION,
    {},
    "Overrides merged over the Elimu Informatics profile (mappings merge, lists replace).",
  ),
  briefing: req(
    object("briefing", {
      title: req(TEXT),
      situation: req(TEXT),
      yourRole: req(TEXT),
      objectives: list(TEXT),
    }),
  ),
  modules: list(
    object("module", {
      id: req(id("module")),
      title: req(TEXT),
      startsAt: req(TIME),
      summary: req(TEXT),
      questions: list(TEXT),
    }),
  ),
  world: opt(WORLD, {}),
  vector: req(
    object("vector", {
      kind: req(oneOf(VECTOR_KINDS)),
      description: req(TEXT),
      closedBy: list(CONDITION),
      parties: list(ref("provider")),
    }),
  ),
  attacker: list(ATTACKER_STEP),
  facts: list(FACT),
  injects: list(INJECT),
  flags: list(
    object("flag", {
      id: req(id("flag")),
      description: req(TEXT),
      setWhen: req(CONDITION),
      violates: list(RULE, "Rubric rule ids this flag, once set, violates (e.g. a tip-off)."),
    }),
  ),
  par: opt(PAR, {}),
  needToKnow: list(
    ref("person"),
    "People allowed on the response team; anyone else hearing of the incident is a leak.",
  ),
  horizon: req(TIME, "The drill ends here if players have not closed the incident."),
  variation: opt(
    object("variation", {
      patientZero: list(ref("instance")),
      redHerrings: list(ref("fact")),
      redHerringCount: opt({ kind: "integer", min: 0 }, 0),
    }),
    {},
  ),
  debrief: req(
    object("debrief", {
      summary: req(TEXT),
      inspiredBy: list(
        object("inspiredBy", { incident: req(TEXT), year: req(TEXT), url: req(TEXT), lesson: req(TEXT) }),
      ),
      notes: list(TEXT),
    }),
  ),
  shouldNotHaveStored: list(TEXT, "Data stored that should not have been (the statement must admit it)."),
  capacity: opt(
    oneOf(CAPACITIES),
    "per-person",
    "per-person: a person runs one long task at a time and further ones queue; unlimited: every action starts at once.",
  ),
  business: opt(
    BUSINESS,
    { services: [], impacts: [] },
    "The services the business runs on and what the response's own moves break.",
  ),
  statutoryClocks: list(
    STATUTORY_CLOCK,
    "Notifications the law requires within a deadline once personal data is known to be affected (GDPR Art. 33: 72h).",
  ),
  criticalTasks: opt(
    arrayOf(oneOf(CRITICAL_TASK_IDS)),
    [...DEFAULT_CRITICAL_TASK_IDS],
    "The duties whose failure alone keeps the rating below P and costs 5 points; the whole list (default: incident-commander, keep-affected-instances, nothing-outside-the-team, security-on-the-team, truthful-statements, innocuous-codename).",
  ),
});

/** A scenario file as the shape reader reads it (before the compiler adds its hash and merges its organisation). */
export type ScenarioFile = Infer<typeof SCENARIO_SHAPE>;
