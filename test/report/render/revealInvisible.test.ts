import { describe, expect, it } from "vitest";
import { revealInvisible } from "../../../src/report/render/revealInvisible";

describe("revealInvisible", () => {
  it("shows a right-to-left override where it hides, so a name cannot disguise itself", () => {
    expect(revealInvisible("invoice\u202efdp.exe")).toBe("invoice⟨U+202E⟩fdp.exe");
  });

  it("shows zero-width, isolate, separator, filler and control characters", () => {
    expect(revealInvisible("a\u200bb\u2067c\u2069d\u2028e\u3164f\u001bg\u{e0041}")).toBe(
      "a⟨U+200B⟩b⟨U+2067⟩c⟨U+2069⟩d⟨U+2028⟩e⟨U+3164⟩f⟨U+001B⟩g⟨U+E0041⟩",
    );
  });

  it("keeps tabs, line breaks and ordinary text of any script as it is", () => {
    const text = "Line one\r\nLine two\tCafé — 東京 שלום 🔥";
    expect(revealInvisible(text)).toBe(text);
  });
});
