import { describe, expect, it } from "vitest";
import { coverageShare, coversFact, namesDataClass } from "../../../src/scoring/text/coverage";

describe("namesDataClass", () => {
  it.each([
    ["Customer email addresses were exposed.", "customer emails", true],
    ["emails of customers", "customer-emails", true],
    ["Customer names were exposed.", "customer emails", false],
    ["We stored card verification codes we should not have.", "card verification codes", true],
  ])("%s names %s: %s", (text, dataClass, expected) => {
    expect(namesDataClass(text, dataClass)).toBe(expected);
  });
});

describe("coversFact", () => {
  const fact = "The attacker queried the orders database for customer emails.";
  it.each([
    ["On Monday the attacker queried our orders database.", true],
    ["Customer emails from the orders database were queried.", true],
    ["An attacker was involved.", false],
    ["", false],
  ])("%s covers the fact: %s", (text, expected) => {
    expect(coversFact(text, fact)).toBe(expected);
  });

  it("coverageShare is the share covered, undefined with nothing to cover", () => {
    expect(coverageShare("customer emails", ["customer emails", "order history"], namesDataClass)).toBe(0.5);
    expect(coverageShare("anything", [], namesDataClass)).toBeUndefined();
  });
});
