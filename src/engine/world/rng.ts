import seedrandom from "seedrandom";
import type { ArcFourState, WorldState } from "./worldState";

/** A fresh ARC4 state for the seed (the state every drill with this seed starts from). */
export function seedRngState(seed: string): ArcFourState {
  return seedrandom(seed, { state: true }).state() as ArcFourState;
}

const WIDTH = 256;
const MASK = WIDTH - 1;
const START_DENOMINATOR = 2 ** 48;
const SIGNIFICANCE = 2 ** 52;
const OVERFLOW = 2 ** 53;

/** Takes `count` bytes from an ARC4 state as one number, advancing the state in place (seedrandom's `g`). */
function takeBytes(state: ArcFourState, count: number): number {
  const s = state.S;
  let { i, j } = state;
  let result = 0;
  for (let left = count; left > 0; left--) {
    i = MASK & (i + 1);
    const t = s[i] as number;
    j = MASK & (j + t);
    s[i] = s[j] as number;
    s[j] = t;
    result = result * WIDTH + (s[MASK & ((s[i] as number) + t)] as number);
  }
  state.i = i;
  state.j = j;
  return result;
}

/**
 * Draws a number in [0, 1) from the world's seeded generator and advances its saved state: the same numbers
 * seedrandom gives from that state, without rebuilding a generator (and re-keying its entropy pool) per draw.
 */
export function drawRandom(world: Pick<WorldState, "rng">): number {
  const state: ArcFourState = { i: world.rng.i, j: world.rng.j, S: world.rng.S.slice() };
  let numerator = takeBytes(state, 6);
  let denominator = START_DENOMINATOR;
  let extra = 0;
  while (numerator < SIGNIFICANCE) {
    numerator = (numerator + extra) * WIDTH;
    denominator *= WIDTH;
    extra = takeBytes(state, 1);
  }
  while (numerator >= OVERFLOW) {
    numerator /= 2;
    denominator /= 2;
    extra >>>= 1;
  }
  world.rng = state;
  return (numerator + extra) / denominator;
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
