import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { startDrillActor } from "../../src/engine/drill/drillActor";
import { hashLog } from "../../src/engine/headless/hashLog";
import { plausibleActions } from "../../src/engine/headless/plausibleActions";
import { replay } from "../../src/engine/headless/replay";
import type { ControlIntent, DrillInput } from "../../src/engine/log";
import { fixtureScenario } from "./fixtures/fixtureScenario";

type Move =
  | { kind: "act"; pick: number }
  | { kind: "advance"; minutes: number }
  | { kind: "next" }
  | { kind: "pause" }
  | { kind: "resume" }
  | { kind: "control"; pick: number };

const move: fc.Arbitrary<Move> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant("act" as const), pick: fc.nat() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant("advance" as const),
      minutes: fc.integer({ min: 0, max: 900 }),
    }),
  },
  { weight: 1, arbitrary: fc.constant({ kind: "next" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "pause" as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: "resume" as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant("control" as const), pick: fc.nat() }) },
);

const scenario = fixtureScenario();
const injects = scenario.injects.map((inject) => inject.id);
const controls: ((pick: number) => ControlIntent)[] = [
  (pick) => ({ type: "inject.fire", inject: injects[pick % injects.length] as string }),
  (pick) => ({ type: "inject.hold", inject: injects[pick % injects.length] as string }),
  (pick) => ({ type: "inject.release", inject: injects[pick % injects.length] as string }),
  (pick) => ({ type: "inject.skip", inject: injects[pick % injects.length] as string }),
  () => ({ type: "observation", text: "noted" }),
];

describe("properties over random drills", () => {
  it("never throws, time never goes backwards, terminated instances stay gone, the log only grows, replay reproduces", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 6 }), fc.array(move, { maxLength: 40 }), (seed, moves) => {
        const drill = startDrillActor(scenario, seed);
        drill.start();
        const send = (intent: DrillInput["intent"], at = drill.world().now) => drill.input({ at, intent });
        let now = drill.world().now;
        let logLength = drill.world().log.length;
        let firstEntries = JSON.stringify(drill.world().log);
        const terminated = new Set<string>();
        for (const step of moves) {
          const world = drill.world();
          if (step.kind === "act") {
            const options = plausibleActions(world);
            send(options[step.pick % options.length]!);
          } else if (step.kind === "advance") send({ type: "clock.advance" }, world.now + step.minutes);
          else if (step.kind === "next") drill.next();
          else if (step.kind === "pause") send({ type: "drill.pause" });
          else if (step.kind === "resume") send({ type: "drill.resume" });
          else send(controls[step.pick % controls.length]!(step.pick));
          const after = drill.world();
          expect(after.now).toBeGreaterThanOrEqual(now);
          expect(after.log.length).toBeGreaterThanOrEqual(logLength);
          expect(JSON.stringify(after.log.slice(0, logLength))).toBe(firstEntries);
          for (const id of terminated) expect(after.instances[id]?.state).toBe("terminated");
          for (const [id, instance] of Object.entries(after.instances))
            if (instance.state === "terminated") terminated.add(id);
          now = after.now;
          logLength = after.log.length;
          firstEntries = JSON.stringify(after.log);
        }
        const live = drill.world();
        const rebuilt = replay(scenario, seed, live.inputs);
        expect(hashLog(rebuilt.log)).toBe(hashLog(live.log));
        expect(JSON.stringify(rebuilt.state)).toBe(JSON.stringify(live));
        const playerTimes = live.log
          .filter((entry) => entry.at >= 0 && entry.seq > 0)
          .map((entry) => entry.at);
        const historyEnd = live.log.findIndex((entry) => entry.seq > 0 && entry.at >= 0);
        const afterHistory = historyEnd < 0 ? [] : live.log.slice(historyEnd).map((entry) => entry.at);
        expect(afterHistory).toEqual([...afterHistory].sort((a, b) => a - b));
        expect(playerTimes.every((at) => at <= live.now)).toBe(true);
        drill.stop();
      }),
      { numRuns: 100 },
    );
  }, 120_000);
});
