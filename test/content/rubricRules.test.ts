import { describe, expect, it } from "vitest";
import { RUBRIC_RULE_IDS } from "../../src/content/rubricRules";
import { RULE_IDS } from "../../src/scoring/rules/registry";

describe("the rubric rule ids content checks plays against", () => {
  it("are exactly the rules scoring implements", () => {
    expect([...RUBRIC_RULE_IDS].sort()).toEqual([...RULE_IDS].sort());
  });
});
