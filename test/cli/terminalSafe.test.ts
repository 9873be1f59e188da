import { describe, expect, it } from "vitest";
import { terminalSafe } from "../../src/cli/terminalSafe";
import { unsafeCharacters } from "./support/unsafeCharacters";

describe("terminalSafe", () => {
  it("shows escape sequences, C0 and C1 controls and DEL escaped, so none reaches the terminal", () => {
    const hostile = "\u001b]0;pwned\u0007\u001b[2J\r0 errors\u0000\u009b31m\u007f";
    const safe = terminalSafe(hostile);
    expect(safe).toBe("\\u001b]0;pwned\\u0007\\u001b[2J\\u000d0 errors\\u0000\\u009b31m\\u007f");
    expect(unsafeCharacters(safe)).toEqual([]);
  });

  it("shows bidirectional and zero-width characters escaped", () => {
    expect(terminalSafe("score \u202e001\u202c\u200b\u2066x\u2069\ufeff")).toBe(
      "score \\u202e001\\u202c\\u200b\\u2066x\\u2069\\ufeff",
    );
  });

  it("spells characters above U+FFFF as a surrogate pair, so escaped JSON stays valid JSON", () => {
    const json = terminalSafe(JSON.stringify({ tag: "a\u{e0041}b\u2028" }));
    expect(json).toBe('{"tag":"a\\udb40\\udc41b\\u2028"}');
    expect(JSON.parse(json)).toEqual({ tag: "a\u{e0041}b\u2028" });
  });

  it("keeps tabs, line feeds and every visible character, accents and emoji included", () => {
    const text = "T+0:05\tpage-ic\nCafé — 東京 🔥 “quoted” 5 €";
    expect(terminalSafe(text)).toBe(text);
  });
});
