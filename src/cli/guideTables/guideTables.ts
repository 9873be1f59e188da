import { DIAGNOSTIC_CODES } from "../../content/diagnosticCodes";
import { ACTION_CATALOG } from "../../engine/actions";
import { ELIMU_PROFILE } from "../../engine/organisation";
import { formatDuration } from "../../engine/time";
import { RULES } from "../../scoring/rules/registry";
import type { RuleReads } from "./ruleReads";

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (text: string) => `\`${text}\``;
const codes = (items: readonly string[]) => items.map(code).join(", ") || "—";

/** What each organisation profile key does, for the defaults table (a key without an entry shows "—"). */
const PROFILE_MEANING: Record<string, string> = {
  name: "The company the drill happens at.",
  emailDomain: "Addresses at this domain are internal (privacy.email-encrypted).",
  privilegePrefix:
    "Prefix every chat topic and incident email subject must start with (privacy.topic-prefix, privacy.email-subject).",
  revealingWords:
    "Words a codename, room name, topic or call title must not contain; plurals count (codename.*).",
  companyNames: "Also revealing in a codename.",
  bannedPhrases: "Phrases a public statement must not use (disclosure.no-cliche).",
  secureChannelPhrases:
    "An SMS containing one of these only asks to move to a secure channel, the one SMS allowed (privacy.no-sms).",
  disclosure:
    "Statement window: full credit within `fullCreditWithin` of T0, none after `zeroCreditAfter` (disclosure.within-days).",
  roles: "Response-team roles, their titles and the checklist steps each may be delegated.",
  dimensionWeights: "Weight of each dimension in the total.",
  ratingThresholds: "Lowest score for each HSEEP rating (P, S, M; below M is U).",
  criticalTaskPenalty:
    "Points each failed critical task takes off the total (it also caps the rating below P).",
  broadChannelNames:
    "Channels by name where discussing the incident is a violation, besides those marked `broad: true`.",
  ruleWeights: "Per-rule weight overrides over the defaults in the rules table below.",
};

function profileValue(key: string, value: unknown): string {
  if (key === "disclosure") {
    const window = value as { fullCreditWithin: number; zeroCreditAfter: number };
    return `fullCreditWithin ${formatDuration(window.fullCreditWithin)}, zeroCreditAfter ${formatDuration(window.zeroCreditAfter)}`;
  }
  if (key === "roles")
    return (value as { id: string; title: string; delegatedSteps: string[] }[])
      .map(
        (role) =>
          `${code(role.id)} ${role.title}${role.delegatedSteps.length > 0 ? ` (${role.delegatedSteps.join(", ")})` : ""}`,
      )
      .join("; ");
  if (Array.isArray(value)) return value.map((item) => code(String(item))).join(", ") || "—";
  if (value !== null && typeof value === "object")
    return Object.entries(value)
      .map(([inner, number]) => `${inner} ${String(number)}`)
      .join(", ");
  return value === undefined ? "—" : code(String(value));
}

/** The default organisation profile (what `organisation:` overrides), one row per key. */
export function profileDefaultsTable(): string {
  const rows = Object.entries(ELIMU_PROFILE).map(
    ([key, value]) =>
      `| ${code(key)} | ${cell(profileValue(key, value))} | ${cell(PROFILE_MEANING[key] ?? "—")} |`,
  );
  return [`| key | default (${ELIMU_PROFILE.name}) | what it does |`, "|---|---|---|", ...rows].join("\n");
}

/** Every player action with its label, sim-time duration, checklist step and what its target may name. */
export function actionCatalogTable(): string {
  const rows = [...ACTION_CATALOG.values()].map(
    (entry) =>
      `| ${code(entry.type)} | ${cell(entry.label)} | ${entry.duration === 0 ? "instant" : formatDuration(entry.duration)} | ${entry.step} | ${entry.target ? `${code(entry.target.field)}: ${entry.target.kinds.join("/") || "text"}` : "—"} | ${cell(entry.description)} |`,
  );
  return ["| do | label | takes | step | target | description |", "|---|---|---|---|---|---|", ...rows].join(
    "\n",
  );
}

/** Scenario paths shortened for people: conditions as a whole, no path that a longer one already names. */
function scenarioFields(paths: ReadonlySet<string>): string[] {
  const short = new Set(
    [...paths].map((path) => {
      if (path.startsWith("vector.closedBy")) return "vector.closedBy";
      const parts = path.split("[]");
      return parts.length > 2 ? `${parts[0]}[]${(parts[1] ?? "").split(".").slice(0, 2).join(".")}` : path;
    }),
  );
  return [...short]
    .filter(
      (path) =>
        ![...short].some(
          (other) => (other !== path && other.startsWith(`${path}.`)) || other.startsWith(`${path}[]`),
        ),
    )
    .sort();
}

/** Every rubric rule: dimension, checklist step, default weight, and what it was seen to read. */
export function rulesTable(reads: ReadonlyMap<string, RuleReads>): string {
  const rows = RULES.map((rule) => {
    const read = reads.get(rule.id);
    const fields = read ? scenarioFields(read.scenario) : [];
    const flags = fields.includes("flags[].violates") ? "**yes**" : "";
    const what = [
      read && read.log.size > 0 ? `log: ${codes([...read.log].sort())}` : "",
      read && read.actions.size > 0 ? `actions: ${codes([...read.actions].sort())}` : "",
      fields.length > 0 ? `scenario: ${codes(fields)}` : "",
      read && read.profile.size > 0 ? `profile: ${codes([...read.profile].sort())}` : "",
      read?.world ? "the world as it evolved" : "",
    ]
      .filter(Boolean)
      .join("; ");
    return `| ${code(rule.id)} | ${cell(rule.title)} | ${rule.step} | ${rule.weight} | ${flags} | ${cell(what || "—")} |`;
  });
  return [
    "| rule | title | step | weight | reads `flags.violates` | reads |",
    "|---|---|---|---|---|---|",
    ...rows,
  ].join("\n");
}

/** Every diagnostic code with its severity, problem and fix. */
export function diagnosticCodesTable(): string {
  const rows = Object.entries(DIAGNOSTIC_CODES).map(
    ([id, info]) =>
      `| <a id="${id.toLowerCase()}"></a>${code(id)} | ${info.severity} | ${cell(info.title)} | ${cell(info.fix)} |`,
  );
  return ["| code | severity | problem | fix |", "|---|---|---|---|", ...rows].join("\n");
}

/** How to regenerate the tables, named in each marker. */
export const REGENERATE = "UPDATE_GUIDE=1 npx vitest run test/cli/guideTables.test.ts";

/**
 * The guide with each generated section (between `<!-- generated: name … -->` and `<!-- /generated: name -->`)
 * replaced by its table; a section the guide does not mark is left out, and an unknown name is an error.
 */
export function refreshGuide(guide: string, tables: Readonly<Record<string, string>>): string {
  return guide.replace(
    /(<!-- generated: ([a-z-]+)[^>]*-->\n)[\s\S]*?(\n<!-- \/generated: \2 -->)/g,
    (_whole, open: string, name: string, close: string) => {
      const table = tables[name];
      if (table === undefined) throw new Error(`the guide marks an unknown generated section "${name}"`);
      return `${open}${table}${close}`;
    },
  );
}
