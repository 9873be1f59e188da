import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startLiveClock } from "../../src/ui/liveClock";
import { createFakeDrill } from "./support/fakeDrill";

describe("live pacing: sim minutes per real second", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("advances the drill by the chosen speed each real second, and not while paused", () => {
    const drill = createFakeDrill();
    let speed = 5;
    const stop = startLiveClock(drill, () => speed);
    vi.advanceTimersByTime(3000);
    expect(drill.view().now).toBe(15);
    speed = 30;
    vi.advanceTimersByTime(1000);
    expect(drill.view().now).toBe(45);
    drill.pause();
    vi.advanceTimersByTime(5000);
    expect(drill.view().now).toBe(45);
    drill.resume();
    stop();
    vi.advanceTimersByTime(5000);
    expect(drill.view().now).toBe(45);
  });

  it("accumulates fractions so slow speeds still move the clock", () => {
    const drill = createFakeDrill();
    startLiveClock(drill, () => 1, 250);
    vi.advanceTimersByTime(750);
    expect(drill.view().now).toBe(0);
    vi.advanceTimersByTime(250);
    expect(drill.view().now).toBe(1);
  });
});
