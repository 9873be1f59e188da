import { describe, expect, it } from "vitest";
import { containsPhrase, foldPlural, stems } from "../../../src/scoring/text/tokenise";

describe("tokenise", () => {
  it.each([
    ["Breaches", ["breach"]],
    ["hack!", ["hack"]],
    ["re-attack", ["re", "attack"]],
    ["Policies, viruses & analysis.", ["policy", "virus", "analysis"]],
    ["Café SÉCURITÉ", ["cafe", "securite"]],
    ["glass boss", ["glass", "boss"]],
  ])("%s → %j", (text, expected) => {
    expect(stems(text)).toEqual(expected);
  });

  it.each([
    ["hacks", "hack"],
    ["keys", "key"],
    ["status", "status"],
    ["is", "is"],
  ])("foldPlural(%s) = %s", (word, folded) => {
    expect(foldPlural(word)).toBe(folded);
  });

  it("finds phrases across punctuation and case", () => {
    expect(containsPhrase("OK — please JOIN the call, now!", "join the call")).toBe(true);
    expect(containsPhrase("the call to join", "join the call")).toBe(false);
  });
});
