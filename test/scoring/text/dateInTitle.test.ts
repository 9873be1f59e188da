import { describe, expect, it } from "vitest";
import { dateIn } from "../../../src/scoring/text/dateInTitle";

describe("dateIn", () => {
  it.each([
    ["2026-11-28: unauthorised access", { year: 2026, month: 11, day: 28 }],
    ["28 November 2026 — notice", { year: 2026, month: 11, day: 28 }],
    ["Nov. 28, 2026 security update", { year: 2026, month: 11, day: 28 }],
    ["November 28th 2026", { year: 2026, month: 11, day: 28 }],
    ["11/28/2026", { year: 2026, month: 11, day: 28 }],
    ["28/11/2026", { year: 2026, month: 11, day: 28 }],
    ["28.11.2026", { year: 2026, month: 11, day: 28 }],
    ["Update of 3 Sept 2026", { year: 2026, month: 9, day: 3 }],
    ["the 1st of March", { month: 3, day: 1 }],
  ])("%s has a date", (title, expected) => {
    expect(dateIn(title)).toMatchObject(expected);
  });

  it.each([
    "Unauthorised access to order data",
    "Version 2.11.3 released",
    "Notice 42 of 2026",
    "May we have your attention",
    "13/45/2026",
  ])("%s has none", (title) => {
    expect(dateIn(title)).toBeUndefined();
  });
});
