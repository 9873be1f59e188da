// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { el } from "../../src/ui/dom";

describe("text put on screen", () => {
  it("shows a right-to-left override and zero-width characters instead of obeying them", () => {
    const row = el("li", { text: "From: invoice\u202efdp.exe" }, " and\u200b more");
    expect(row.textContent).toBe("From: invoice⟨U+202E⟩fdp.exe and⟨U+200B⟩ more");
  });

  it("keeps line breaks and every visible script as they are", () => {
    expect(el("p", { text: "שלום — 東京\nCafé" }).textContent).toBe("שלום — 東京\nCafé");
  });
});
