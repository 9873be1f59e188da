import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKLIST } from "../../src/engine/checklist";
import { RUBRIC_RULE_IDS } from "../../src/engine/rubricRuleIds";
import { RULE_IDS, RULES } from "../../src/scoring/rules/registry";

const RUBRIC_MD = join(import.meta.dirname, "../../docs/rubric.md");

/** The rule ids in RUBRIC.md's tables, in order: the first backticked `dimension.rule` cell of each row. */
function ruleIdsInRubric(markdown: string): string[] {
  return [...markdown.matchAll(/^\| `([a-z]+\.[a-z0-9-]+)` \|/gm)].map((match) => match[1] as string);
}

describe("the rule registry", () => {
  it("holds exactly the rubric's rule ids, in rubric order", () => {
    expect(RULE_IDS).toEqual(RUBRIC_RULE_IDS);
  });

  it("the id list is the one the project's rubric (docs/rubric.md) defines", () => {
    const ids = ruleIdsInRubric(readFileSync(RUBRIC_MD, "utf8"));
    expect(ids.length).toBeGreaterThan(40);
    expect([...RUBRIC_RULE_IDS]).toEqual(ids);
  });

  it.each(RULES.map((rule) => [rule.id, rule] as const))(
    "%s sits in its dimension and quotes its checklist step",
    (id, rule) => {
      expect(id.startsWith(`${rule.dimension}.`)).toBe(true);
      expect(rule.weight).toBeGreaterThan(0);
      expect(rule.title.length).toBeGreaterThan(0);
      const step = CHECKLIST.find((candidate) => candidate.id === rule.step);
      expect([step?.summary, ...(step?.lines ?? [])]).toContain(rule.checklistLine);
    },
  );

  it("every rule is documented in docs/rubric-rules.md", () => {
    const doc = readFileSync(join(import.meta.dirname, "../../docs/rubric-rules.md"), "utf8");
    const documented = RUBRIC_RULE_IDS.filter((id) => doc.includes(`| \`${id}\` |`));
    expect(documented).toEqual([...RUBRIC_RULE_IDS]);
  });
});
