import { DIMENSION_IDS } from "../../engine/organisation";
import { PLAY_STEP, RULE } from "./actionShape";
import { constant, list, object, oneOf, opt, req, TEXT } from "./shape";

const SCORE_BOUNDS = {
  min: opt({ kind: "number", min: 0, max: 100 }),
  max: opt({ kind: "number", min: 0, max: 100 }),
};

const DIMENSION_EXPECTATION = object("dimensionExpectation", {
  ...SCORE_BOUNDS,
  rating: opt(oneOf(["P", "S", "M", "U"])),
});

/** A play script `<scenario>.<name>.play.yaml`: timed steps plus optional expectations. */
export const PLAY_SHAPE = object("play", {
  formatVersion: req(constant(1, "HW0011")),
  scenario: req({ kind: "string", kebab: true }),
  name: req({ kind: "string", kebab: true }),
  description: opt(TEXT, ""),
  seed: opt(TEXT, "1"),
  tests: opt(RULE),
  extends: opt(
    { kind: "string", kebab: true },
    undefined,
    "Another play of the same scenario (its name): start from its steps and seed, then apply remove, replaces and steps.",
  ),
  remove: list(
    { kind: "string", kebab: true },
    "In a play that extends another: ids of the extended play's steps to leave out.",
  ),
  steps: list(PLAY_STEP),
  expect: opt(
    object("expect", {
      score: opt(object("score", SCORE_BOUNDS)),
      dimensions: opt(
        object("dimensions", Object.fromEntries(DIMENSION_IDS.map((d) => [d, opt(DIMENSION_EXPECTATION)]))),
      ),
      rules: opt(
        object("rules", {
          met: list(RULE),
          partial: list(RULE),
          violated: list(RULE),
          "n/a": list(RULE),
        }),
      ),
    }),
    {},
  ),
});
