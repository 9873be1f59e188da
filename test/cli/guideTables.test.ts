import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  actionCatalogTable,
  diagnosticCodesTable,
  profileDefaultsTable,
  REGENERATE,
  refreshGuide,
  rulesTable,
} from "../../src/cli/guideTables/guideTables";
import { ruleReads, rulesReadingFlagViolations } from "../../src/cli/guideTables/ruleReads";
import { loadLibrary } from "../../src/cli/ruleCoverage/loadLibrary";
import { ACTION_TYPES } from "../../src/engine/actions";
import { ELIMU_PROFILE } from "../../src/engine/organisation";
import { RULES_HONOURING_FLAGS } from "../../src/engine/rubricRuleIds";
import { RULE_IDS } from "../../src/scoring/rules/registry";

const ROOT = join(import.meta.dirname, "../..");
const GUIDE = join(ROOT, "docs/authoring-scenarios.md");
const reads = ruleReads(loadLibrary("scenarios", ROOT));
const tables = {
  "profile-defaults": profileDefaultsTable(),
  "action-catalog": actionCatalogTable(),
  rules: rulesTable(reads),
  "diagnostic-codes": diagnosticCodesTable(),
};

describe("the authoring guide's generated tables", () => {
  it(`are current (regenerate with ${REGENERATE})`, () => {
    const committed = readFileSync(GUIDE, "utf8");
    const fresh = refreshGuide(committed, tables);
    for (const name of Object.keys(tables)) expect(committed).toContain(`<!-- /generated: ${name} -->`);
    if (process.env.UPDATE_GUIDE) writeFileSync(GUIDE, fresh);
    else expect(committed, `the guide's generated tables are stale; run ${REGENERATE}`).toBe(fresh);
  });

  it("list every profile key, every action with its duration and every rule", () => {
    for (const key of Object.keys(ELIMU_PROFILE))
      expect(tables["profile-defaults"]).toContain(`| \`${key}\` |`);
    expect(tables["profile-defaults"]).toContain("fullCreditWithin 3 days, zeroCreditAfter 7 days");
    for (const type of ACTION_TYPES)
      expect(tables["action-catalog"]).toMatch(new RegExp(`^\\| \`${type}\` \\|`, "m"));
    expect(tables["action-catalog"]).toMatch(/^\| `forensic-analysis` \| [^|]+ \| 2 h \|/m);
    for (const rule of RULE_IDS) expect(tables.rules).toContain(`| \`${rule}\` |`);
  });

  it("mark exactly the rules that read flags.violates, which is the list check warns against", () => {
    expect(rulesReadingFlagViolations(reads).sort()).toEqual([...RULES_HONOURING_FLAGS].sort());
    const marked = tables.rules
      .split("\n")
      .filter((row) => row.includes("| **yes** |"))
      .map((row) => /^\| `([^`]+)`/.exec(row)?.[1]);
    expect(marked.sort()).toEqual([...RULES_HONOURING_FLAGS].sort());
  });

  it("replace only what sits between a section's markers, and refuse an unknown section", () => {
    const guide = "before\n<!-- generated: a (note) -->\nold\n<!-- /generated: a -->\nafter";
    expect(refreshGuide(guide, { a: "new" })).toBe(
      "before\n<!-- generated: a (note) -->\nnew\n<!-- /generated: a -->\nafter",
    );
    expect(() => refreshGuide(guide, { b: "x" })).toThrow('unknown generated section "a"');
  });
});
