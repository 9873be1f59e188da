import { describe, expect, it } from "vitest";
import { closestMatch, didYouMean, SuggestionBudget } from "../../src/content/didYouMean";

describe("did you mean", () => {
  it("suggests the closest candidate within a third of the word's length", () => {
    expect(closestMatch("ci-aws-deplyo", ["ci-aws-deploy", "ci-gcp-deploy"])).toBe("ci-aws-deploy");
    expect(didYouMean("runner", ["database", "mailbox"])).toBe("");
  });

  it("prefers the first of equally close candidates", () => {
    expect(closestMatch("cat", ["bat", "hat"])).toBe("bat");
  });

  it("gives no suggestion once the file's budget is spent, and the budget stays spent", () => {
    const budget = new SuggestionBudget(100);
    expect(closestMatch("alpha", ["alpah"], budget)).toBe("alpah");
    expect(closestMatch("runner-one", ["runner-onf", "runner-two"], budget)).toBeUndefined();
    expect(closestMatch("alpha", ["alpah"], budget)).toBeUndefined();
  });
});
