import type { ChannelKind, ContactKind, PlayerAction } from "./actions";
import type { Condition } from "./condition";
import type { CriticalTaskId } from "./criticalTaskIds";
import type { DimensionId, OrganisationProfile, RoleId } from "./organisation";
import type { RuleId } from "./rubricRuleIds";
import type { SimMinutes } from "./time";
import type { WallClockStart } from "./wallClock";

/**
 * The compiled scenario the engine runs. Produced by `content/` from a YAML file; every id is kebab-case and
 * unique within its kind. Fields marked controller-only never reach a player's or the team display's view.
 */
export interface ScenarioDefinition {
  formatVersion: 1;
  id: string;
  title: string;
  /** SHA-256 (hex) of the normalised source; part of every saved drill and report. */
  contentHash: string;
  premise: string;
  difficulty: Difficulty;
  /** Expected real-time duration of a solo drill, in minutes. */
  expectedDuration: number;
  stresses: DimensionId[];
  /** When T+0 happened on the wall clock (absent in older scenarios: times are then exercise-clock only). */
  start?: WallClockStart;
  organisation: OrganisationProfile;
  briefing: Briefing;
  modules: ScenarioModule[];
  world: World;
  vector: AttackVector;
  attacker: AttackerStep[];
  facts: Fact[];
  injects: Inject[];
  flags: FlagRule[];
  par: ParTimes;
  /** People allowed on the response team. Inviting or messaging anyone else about the incident is a leak. */
  needToKnow: string[];
  /** The drill ends here if players have not closed the incident. */
  horizon: SimMinutes;
  variation: Variation;
  debrief: DebriefCard;
  /** Data stored that should not have been (the statement must admit it). */
  shouldNotHaveStored: string[];
  /** What the business runs on, and what the response's own moves break (the price of a decision). */
  business: BusinessModel;
  /** Notifications the law requires within a deadline once personal data is known to be affected. */
  statutoryClocks: StatutoryClock[];
  /** The duties whose failure alone keeps the rating below P (absent: the defaults every breach shares). */
  criticalTasks?: CriticalTaskId[];
  /**
   * `per-person`: a person runs one long task at a time and further ones queue (the default for scenario files);
   * `unlimited`: every action starts at once (for fixtures that test one mechanism at a time).
   */
  capacity: Capacity;
}

/**
 * A statutory notification clock (e.g. 72 hours to a supervisory authority under GDPR Art. 33): it starts the first
 * moment the team could know that one of `dataClasses` was affected, and is met by notifying `notify` in time.
 */
export interface StatutoryClock {
  id: string;
  /** Who must be told and under which law, as players read it: `Supervisory authority (GDPR Art. 33)`. */
  name: string;
  /** `regulator`: a `notify-regulator` to a person whose contactKind is regulator; `individuals`: `notify-individuals`. */
  notify: "regulator" | "individuals";
  within: SimMinutes;
  /** The data classes that are personal data here: a fact establishing one of them starts the clock. */
  dataClasses: string[];
}

/** How hard a scenario is. */
export const DIFFICULTIES = ["introductory", "intermediate", "advanced"] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

/** How many long tasks a person runs at once (see `ScenarioDefinition.capacity`). */
export const CAPACITIES = ["per-person", "unlimited"] as const;
export type Capacity = (typeof CAPACITIES)[number];

/** The services the business runs on and the impacts response moves have on them. */
export interface BusinessModel {
  services: BusinessService[];
  impacts: BusinessImpact[];
}

/** Something the business needs to keep working (deploys, customers' CI, staff sign-in, checkout). */
export interface BusinessService {
  id: string;
  name: string;
  description: string;
  /** Customers feel it directly (checkout, their CI), rather than only staff. */
  customerFacing: boolean;
}

/** How much an impact hurts: weights the continuity rules. */
export const IMPACT_SEVERITIES = ["minor", "major", "critical"] as const;
export type ImpactSeverity = (typeof IMPACT_SEVERITIES)[number];

/**
 * What a response move breaks: when `when` first holds (a completed action, usually), the business service is
 * impaired until `recovery` has passed or `recoversWhen` holds. `softenedBy` (a deploy freeze and an announcement,
 * an overlapping rotation, a maintenance notice) holding beforehand, or while it lasts, softens it.
 */
export interface BusinessImpact {
  id: string;
  service: string;
  severity: ImpactSeverity;
  /** What the business sees (shown on the business track once it happens). */
  text: string;
  when: Condition;
  /** Back to normal this long after it began. */
  recovery: SimMinutes;
  /** Back to normal as soon as this holds (e.g. the new key is issued). */
  recoversWhen?: Condition;
  softenedBy?: Condition;
}

export interface Briefing {
  title: string;
  situation: string;
  yourRole: string;
  objectives: string[];
}

export interface ScenarioModule {
  id: string;
  title: string;
  startsAt: SimMinutes;
  summary: string;
  questions: string[];
}

/** How the attacker got in. */
export const VECTOR_KINDS = [
  "third-party",
  "service-application",
  "credential",
  "insider",
  "identity",
  "supply-chain",
] as const;
export type VectorKind = (typeof VECTOR_KINDS)[number];

export interface AttackVector {
  kind: VectorKind;
  description: string;
  /** What closes the vector; `containment.vector-cut` gives credit per condition met. */
  closedBy: Condition[];
  /** Third-party providers whose compromise is the vector (not to be named before they disclose). */
  parties: string[];
}

export interface World {
  people: Person[];
  channels: Channel[];
  zones: Zone[];
  instances: Instance[];
  autoscalingGroups: AutoscalingGroup[];
  services: Service[];
  dataStores: DataStore[];
  credentials: Credential[];
  providers: Provider[];
  logSources: LogSource[];
  footholds: Foothold[];
  /** IP addresses the attacker uses (blocking them is `mitigation.block-ips`). */
  attackerIps: string[];
  /** Linked systems whose risk should be assessed (`investigation.other-systems`): log source or instance ids. */
  linkedSystems: string[];
  /** Controller-only: while this holds (checked when a message is sent), the attacker reads the players' room. */
  roomCompromisedWhen?: Condition;
  /** Controller-only: while this holds (checked when a message is sent), the attacker listens to the call. */
  callCompromisedWhen?: Condition;
}

export interface Person {
  id: string;
  name: string;
  title: string;
  internal: boolean;
  /** For internal people: the role they can play on the response team. */
  role?: RoleId;
  team?: string;
  organisation?: string;
  /** For external people: who they are to the incident. */
  contactKind?: ContactKind;
  email?: string;
  /** Channel kinds on which this person can be reached. */
  reachableBy: ChannelKind[];
  /** Controller-only: this person is the insider. */
  insider?: boolean;
  /** Part of the operational response (security, SRE, service owners), invited before execs and legal. */
  operational?: boolean;
  /** Security team member. */
  security?: boolean;
  /** For representatives: the services they represent. */
  represents?: string[];
}

export interface Channel {
  id: string;
  name: string;
  kind: ChannelKind;
  /** Broad channels (`#general`, lists): discussing the incident here is a violation and a leak. */
  broad: boolean;
  members: string[];
  /** Controller-only: when true, the attacker reads everything posted here. */
  compromisedWhen?: Condition;
}

export const ZONE_KINDS = ["production", "corporate", "third-party", "internet"] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];

export interface Zone {
  id: string;
  name: string;
  kind: ZoneKind;
}

export interface Instance {
  id: string;
  name: string;
  zone: string;
  ip: string;
  service?: string;
  disks: string[];
  autoscalingGroup?: string;
  /** Credential ids whose secrets are stored on this host. */
  secrets: string[];
  /** Controller-only ground truth: affected by the attack (or becomes so through an attacker step). */
  affected: boolean;
  /** Created by an attacker step rather than present at T0. */
  createdBy?: string;
}

export interface AutoscalingGroup {
  id: string;
  name: string;
  /** When health replacement is active, shutting down a member makes the group terminate it. */
  healthReplacement: boolean;
}

export interface Service {
  id: string;
  name: string;
  zone: string;
  codePaths: { id: string; name: string }[];
  /** Controller-only: the service was affected. */
  affected: boolean;
}

export const DATA_STORE_KINDS = ["database", "bucket", "repository", "saas"] as const;
export type DataStoreKind = (typeof DATA_STORE_KINDS)[number];

export interface DataStore {
  id: string;
  name: string;
  zone: string;
  kind: DataStoreKind;
  dataClasses: string[];
}

export const CREDENTIAL_KINDS = [
  "access-key",
  "password",
  "token",
  "session",
  "mfa-device",
  "hmac-key",
  "instance-role",
  "account",
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export interface Credential {
  id: string;
  name: string;
  kind: CredentialKind;
  /** Instance, provider or data-store ids where the secret is stored. */
  storedOn: string[];
  holders: string[];
  /** Controller-only ground truth: the attacker holds it. */
  compromised: boolean;
  /** Controller-only: used in the initial attack (must be rotated on every system). */
  usedInAttack: boolean;
  /** Shown to players as the inventory says, e.g. "unused" for the forgotten key. */
  inventoryNote?: string;
  /** Controller-only: created by this attacker step (a back-door key); absent from the inventory until it ran. */
  createdBy?: string;
}

export interface Provider {
  id: string;
  name: string;
  zone: string;
  /** Account ids; those the attacker created are controller-only. */
  accounts: { id: string; owner: string; attackerCreated: boolean }[];
  /** Sim minute at which the provider publicly discloses its breach (naming it is allowed from then on). */
  disclosesAt?: SimMinutes;
}

export interface LogSource {
  id: string;
  name: string;
  description: string;
  /** Entries older than this many minutes before "now" are gone. Undefined: kept for the whole scenario. */
  retention?: SimMinutes;
  /** The evidence lives on this instance's disk: terminating it destroys the source. */
  livesOn?: string;
  /** Controller-only: destroyed when this condition holds (an insider wiping, an object-version purge). */
  destroyedWhen?: Condition;
  /** Marked at risk: `evidence.preserve-logs` expects it preserved before it is lost. */
  atRisk: boolean;
}

export interface Foothold {
  id: string;
  description: string;
  /** The foothold is closed when any of these ids is closed (credential rotated/revoked, instance isolated,
   *  shut down or terminated, provider purged, code path disabled, service shut down). */
  via: string[];
  /** Open at T0; otherwise an attacker step opens it. */
  openAtStart: boolean;
}

export type AttackerEffect =
  | { openFoothold: string }
  | { closeFoothold: string }
  | { exfiltrate: { dataStore: string; dataClasses: string[]; amount: string } }
  | { destroyLogSource: string }
  | { terminateInstance: string }
  | { createInstance: string }
  | { compromiseCredential: string }
  | { triggerInject: string }
  | { setFlag: string };

export interface AttackerStep {
  id: string;
  at: SimMinutes;
  /** Seeded jitter: the step moves by up to ± this many minutes. */
  jitter?: SimMinutes;
  title: string;
  description: string;
  technique?: string;
  ip?: string;
  /** The step runs only if this holds at its time; otherwise it is skipped (logged as prevented). */
  when?: Condition;
  /** Relative trigger: the step runs this many minutes after the condition first holds (instead of `at`). */
  trigger?: { when: Condition; delay: SimMinutes };
  effects: AttackerEffect[];
  /** Whether the players' actions can prevent this step (for "what really happened"). */
  preventable: boolean;
  /** Needs a specific play to be reached (scenario lint accepts it if a shipped play reaches it). */
  needsPlay?: string;
}

/** The categories a scenario may give a fact (controller-only: players never see them). */
export const FACT_KINDS = [
  "recon",
  "initial-access",
  "attacker-action",
  "dwell-time",
  "db-query",
  "backdoor",
  "exfiltration",
  "keys-on-host",
  "network-mapping",
  "customer-data",
  "attribution",
  "red-herring",
] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface Fact {
  id: string;
  kind: FactKind;
  text: string;
  /** Sim minute of the event the fact describes (investigation windows must cover it). */
  occurredAt: SimMinutes;
  /** Where the evidence lives. */
  evidence: { logSource?: string; instance?: string };
  /** Only true if this attacker step ran (facts about later attacker moves). */
  requiresStep?: string;
  /** Data classes this fact establishes as compromised (a statement should name them). */
  dataClasses?: string[];
  /** Ids of credentials this fact shows to be compromised. */
  revealsCredentials?: string[];
  /** Ids of instances this fact shows to be affected. */
  revealsInstances?: string[];
}

export interface ReplyOption {
  id: string;
  label: string;
  /** The action this reply amounts to (e.g. an SMS reply with details). */
  action?: PlayerAction;
}

export interface Inject {
  id: string;
  /** Scheduled time; with `when`, the earliest time it may fire. */
  at?: SimMinutes;
  jitter?: SimMinutes;
  /** Conditional: fires when this holds (at or after `at`). */
  when?: Condition;
  /** Contingency: fires at `at` only if this condition does NOT hold (nudges stuck players). */
  unless?: Condition;
  contingency: boolean;
  from: string;
  channel: string;
  subject?: string;
  body: string;
  /** A private ("hot seat") inject: only this role's players see it; the team display never does. */
  addressedTo?: RoleId;
  module?: string;
  replies: ReplyOption[];
  /** Attacker-made instances and credentials this message shows the team (a cost alert naming a new host). */
  reveals?: string[];
  controller: {
    expectedActions: string[];
    evaluatorNotes: string;
    temptation?: string;
    /** Rubric rules this inject tests. */
    tests: RuleId[];
  };
}

export interface FlagRule {
  id: string;
  description: string;
  setWhen: Condition;
  /** Rubric rule ids this flag, once set, violates (e.g. a tip-off that triggers retaliation). */
  violates?: RuleId[];
}

export interface ParTimes {
  pageIc: SimMinutes;
  stopAttack: SimMinutes;
  stopAttackLimit: SimMinutes;
  isolate: SimMinutes;
  image: SimMinutes;
  revoke: SimMinutes;
  insurerNotice?: SimMinutes;
}

export interface Variation {
  /** Instances among which patient zero is drawn (the first affected one); empty for a fixed script. */
  patientZero: string[];
  /** Fact ids of red herrings; the seed picks which appear. */
  redHerrings: string[];
  redHerringCount: number;
}

export interface DebriefCard {
  summary: string;
  inspiredBy: { incident: string; year: string; url: string; lesson: string }[];
  notes: string[];
}
