import type { DrillInput } from "../log";

/**
 * What shells and replays send to the drill machine: start it, hand it one event-sourced input (what is recorded
 * is what is sent), or ask it to run the clock to the next moment the players will see something.
 */
export type DrillEvent =
  | { type: "drill.start" }
  | { type: "drill.input"; input: DrillInput }
  | { type: "clock.next" };
