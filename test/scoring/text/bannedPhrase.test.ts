import { describe, expect, it } from "vitest";
import { bannedPhraseIn } from "../../../src/scoring/text/bannedPhrase";

const BANNED = ["we take security very seriously"];

describe("bannedPhraseIn", () => {
  it.each([
    "We take security very seriously.",
    "we take your security very seriously",
    "We take security extremely seriously",
    "Security is something we take very seriously.",
    "At Elimu we take the security of your data incredibly seriously.",
    "We TAKE privacy seriously!",
    "Elimu takes security seriously.",
    "we treat security very seriously",
  ])("flags %s", (text) => {
    expect(bannedPhraseIn(text, BANNED)).toBe(BANNED[0]);
  });

  it.each([
    "We rotated every key within an hour.",
    "Security researchers take time to verify reports; we responded seriously and quickly to each of the many questions raised by customers over the week.",
    "Take a look at our security page.",
    "The attack was serious.",
  ])("lets through %s", (text) => {
    expect(bannedPhraseIn(text, BANNED)).toBeUndefined();
  });
});
