import type { SimMinutes } from "./time";

/** Every role a person can play in a drill (the roster, play scripts and delegations name these). */
export const ROLE_IDS = [
  "incident-commander",
  "security-lead",
  "service-owner",
  "legal",
  "executive",
  "communications",
  "scribe",
  "vp-engineering",
  "hr",
  "it-admin",
  "support-lead",
  "player",
] as const;
export type RoleId = (typeof ROLE_IDS)[number];

export interface RoleDefinition {
  id: RoleId;
  title: string;
  delegatedSteps: string[];
}

/** The rubric's dimensions, in report order. */
export const DIMENSION_IDS = [
  "containment",
  "evidence",
  "codename",
  "privacy",
  "disclosure",
  "team",
  "investigation",
  "mitigation",
  "outreach",
] as const;
export type DimensionId = (typeof DIMENSION_IDS)[number];

export type HseepRating = "P" | "S" | "M" | "U";

export interface RatingThresholds {
  P: number;
  S: number;
  M: number;
}

export interface OrganisationProfile {
  name: string;
  emailDomain: string;
  privilegePrefix: string;
  /** Words a codename, room name, topic or title must not contain (matched case-insensitively, plurals tolerated). */
  revealingWords: string[];
  /** Names of the company and its products; also revealing in a codename. */
  companyNames: string[];
  bannedPhrases: string[];
  /** Words that mark an SMS as "move to a secure channel" (the one allowed SMS). */
  secureChannelPhrases: string[];
  disclosure: { fullCreditWithin: SimMinutes; zeroCreditAfter: SimMinutes };
  roles: RoleDefinition[];
  dimensionWeights: Record<DimensionId, number>;
  ratingThresholds: RatingThresholds;
  /** Points a failed critical task costs the total (at least; the rating is also capped below P). */
  criticalTaskPenalty: number;
  /**
   * The least a checklist slip costs the total, scaled by the credit lost: a rule fully violated costs at least this,
   * however small its share of the weighted mean (one act is counted once, by its costliest slip).
   */
  slipPoints: number;
  /** Points each kind of preventable harm costs the total, and their cap (see scoring's consequences). */
  consequencePoints: {
    "data-taken": number;
    "access-regained": number;
    "evidence-destroyed": number;
    "evidence-lost": number;
    /** Per severity step (minor 1, major 2, critical 3) of an outage the team caused for nothing; half if softened. */
    "needless-outage": number;
    cap: number;
  };
  /** Broad channels by name: discussing the incident there is a violation. */
  broadChannelNames: string[];
  /** Per-rule weight overrides (rule id → weight) over the scoring registry's defaults. */
  ruleWeights?: Record<string, number>;
}

/** The default organisation profile: Elimu Informatics, as its checklist describes it. */
export const ELIMU_PROFILE: OrganisationProfile = {
  name: "Elimu Informatics",
  emailDomain: "elimu.io",
  privilegePrefix: "Attorney Work Project",
  revealingWords: [
    "breach",
    "hack",
    "hacked",
    "hacker",
    "attack",
    "attacker",
    "incident",
    "security",
    "compromise",
    "compromised",
    "leak",
    "exploit",
    "ransom",
    "ransomware",
    "malware",
    "intrusion",
    "exfiltration",
    "exfil",
    "stolen",
    "theft",
    "phish",
    "phishing",
    "backdoor",
    "forensics",
    "ir",
    "sev1",
    "cyber",
    "virus",
    "trojan",
    "threat",
    "insider",
  ],
  companyNames: ["elimu", "elimu informatics"],
  bannedPhrases: ["we take security very seriously"],
  secureChannelPhrases: [
    "join slack",
    "join the call",
    "join the voice",
    "call me",
    "move to",
    "join the bridge",
  ],
  disclosure: { fullCreditWithin: 72 * 60, zeroCreditAfter: 7 * 24 * 60 },
  roles: [
    { id: "incident-commander", title: "Incident Commander", delegatedSteps: ["S3"] },
    { id: "security-lead", title: "Security lead", delegatedSteps: ["S1", "S2", "S4", "S5", "S6", "S10"] },
    { id: "service-owner", title: "Service owner", delegatedSteps: ["S1", "S2", "S4"] },
    { id: "legal", title: "Legal counsel", delegatedSteps: [] },
    { id: "executive", title: "Executive stakeholder", delegatedSteps: [] },
    { id: "communications", title: "Communications / Marketing", delegatedSteps: ["S14"] },
    { id: "scribe", title: "Scribe", delegatedSteps: [] },
    { id: "vp-engineering", title: "VP / Director of Engineering", delegatedSteps: ["S11", "S12"] },
    { id: "player", title: "Responder", delegatedSteps: [] },
  ],
  dimensionWeights: {
    containment: 15,
    evidence: 15,
    codename: 15,
    privacy: 15,
    disclosure: 15,
    team: 6.25,
    investigation: 6.25,
    mitigation: 6.25,
    outreach: 6.25,
  },
  ratingThresholds: { P: 90, S: 70, M: 40 },
  criticalTaskPenalty: 5,
  slipPoints: 3,
  consequencePoints: {
    "data-taken": 8,
    "access-regained": 5,
    "evidence-destroyed": 4,
    "evidence-lost": 1.5,
    "needless-outage": 2,
    cap: 40,
  },
  broadChannelNames: ["#general", "#eng-ops", "#security-alerts", "#support", "#random", "#engineering"],
};
