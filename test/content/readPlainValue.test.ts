import { describe, expect, it } from "vitest";
import { readPlainValue } from "../../src/content/readPlainValue";
import { BOOLEAN, list, object, opt, req, type Shape, TEXT } from "../../src/content/shape/shape";

const STEP: Shape = object("step", {
  at: req({ kind: "time" }),
  wait: opt({ kind: "duration" }),
  note: opt(TEXT, "none"),
  tags: list({ kind: "string", enum: ["a", "b"], orList: true }),
  done: opt(BOOLEAN),
});

const CONDITION: Shape = {
  kind: "keyed",
  name: "condition",
  code: "HW0027",
  forms: { flag: { flag: req(TEXT) }, action: { action: req(TEXT), params: opt({ kind: "scalarMap" }) } },
};

describe("reading a parsed JSON value against a shape", () => {
  it("keeps the value's own key order and fills in defaults after it", () => {
    const read = readPlainValue({ tags: ["a"], at: 5 }, STEP);
    expect(read).toEqual({ ok: true, value: { tags: ["a"], at: 5, note: "none" } });
    if (read.ok) expect(Object.keys(read.value as object)).toEqual(["tags", "at", "note"]);
  });

  it.each([
    [
      "a time written as text",
      { at: "T+5m" },
      'at: expected whole sim minutes within ±10000000, got text "T+5m"',
    ],
    [
      "a negative duration",
      { at: 1, wait: -1 },
      "wait: expected whole minutes from 0 to 10000000, got the number -1",
    ],
    ["a number where text belongs", { at: 1, note: 7 }, "note: expected text, got the number 7"],
    [
      "a value outside the enum in a list",
      { at: 1, tags: ["a", "c"] },
      'tags › item 2: "c" is not one of a, b (did you mean "a"?)',
    ],
    [
      "text where true or false belongs",
      { at: 1, done: "yes" },
      'done: expected true or false, got text "yes"',
    ],
    ["a list where a mapping belongs", [], "expected a mapping, got a list"],
  ])("refuses %s, saying where", (_case, value, problem) => {
    expect(readPlainValue(value, STEP)).toEqual({ ok: false, problem });
  });

  it("reads a keyed form by its one main key, with a map of scalars", () => {
    expect(readPlainValue({ action: "page-ic", params: { fast: true } }, CONDITION)).toEqual({
      ok: true,
      value: { action: "page-ic", params: { fast: true } },
    });
    expect(readPlainValue({ flag: "x", action: "y" }, CONDITION)).toMatchObject({ ok: false });
    expect(readPlainValue({ action: "y", params: { deep: {} } }, CONDITION)).toEqual({
      ok: false,
      problem: "params › deep: expected text, a number or true/false, got a mapping",
    });
  });
});
