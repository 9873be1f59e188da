import seedrandom from "seedrandom";
import type { ArcFourState, WorldState } from "./worldState";

/** A fresh ARC4 state for the seed (the state every drill with this seed starts from). */
export function seedRngState(seed: string): ArcFourState {
  return seedrandom(seed, { state: true }).state() as ArcFourState;
}

/** Draws a number in [0, 1) from the world's seeded generator and advances its saved state. */
export function drawRandom(world: Pick<WorldState, "rng">): number {
  const rng = seedrandom("", { state: world.rng });
  const value = rng();
  world.rng = rng.state() as ArcFourState;
  return value;
}

/** Draws an integer offset in [-spread, +spread] (0 when there is no spread). */
export function drawJitter(world: Pick<WorldState, "rng">, spread: number | undefined): number {
  if (!spread) return 0;
  return Math.round((drawRandom(world) * 2 - 1) * spread);
}

/** Picks `count` distinct items in a seeded order (a partial Fisher–Yates shuffle). */
export function drawSample<T>(world: Pick<WorldState, "rng">, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) {
    const index = Math.floor(drawRandom(world) * pool.length);
    picked.push(pool.splice(index, 1)[0] as T);
  }
  return picked;
}
