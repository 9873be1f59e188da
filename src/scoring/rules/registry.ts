import { codenameRules } from "./codename";
import { containmentRules } from "./containment";
import { continuityRules } from "./continuity";
import { disclosureRules } from "./disclosure";
import { evidenceRules } from "./evidence";
import { investigationRules } from "./investigation";
import { mitigationRules } from "./mitigation";
import { outreachRules } from "./outreach";
import { privacyRules } from "./privacy";
import type { RuleDefinition } from "./RuleDefinition";
import { statutoryDeadline } from "./statutoryDeadline";
import { teamRules } from "./team";
import { trueClaims } from "./trueClaims";

/** Every rubric rule (RUBRIC.md), in rubric order: id, dimension, checklist step and line, default weight, title. */
export const RULES: readonly RuleDefinition[] = [
  ...containmentRules,
  ...evidenceRules,
  ...codenameRules,
  ...privacyRules,
  ...disclosureRules,
  trueClaims,
  statutoryDeadline,
  ...teamRules,
  ...investigationRules,
  ...mitigationRules,
  ...continuityRules,
  ...outreachRules,
];

/** Every rubric rule id, in rubric order. */
export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);
