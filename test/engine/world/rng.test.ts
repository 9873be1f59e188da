import seedrandom from "seedrandom";
import { describe, expect, it } from "vitest";
import { drawRandom, seedRngState } from "../../../src/engine/world/rng";

describe("the drill's seeded generator", () => {
  it("draws exactly the numbers seedrandom gives for the same seed, draw after draw", () => {
    for (const seed of ["", "harbour", "drill-42", "ünïcode seed"]) {
      const reference = seedrandom(seed);
      const world = { rng: seedRngState(seed) };
      const drawn = Array.from({ length: 2_000 }, () => drawRandom(world));
      const expected = Array.from({ length: 2_000 }, () => reference());
      expect(drawn).toEqual(expected);
    }
  });

  it("never changes a saved state it was given, so an earlier copy of the world draws the same number again", () => {
    const world = { rng: seedRngState("checkpoint") };
    const saved = world.rng;
    const savedBytes = [...saved.S];
    const first = drawRandom(world);
    expect(saved.S).toEqual(savedBytes);
    expect(drawRandom({ rng: saved })).toBe(first);
    expect(drawRandom(world)).not.toBe(first);
  });
});
