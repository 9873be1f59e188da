import { describe, expect, it } from "vitest";
import type { LogEntry } from "../../../src/engine/log";
import { createSessionRunner, type SessionRunner } from "../../../src/facilitator/session/sessionRunner";
import { startConsoleSync } from "../../../src/facilitator/sync/consoleSync";
import { startDisplaySync } from "../../../src/facilitator/sync/displaySync";
import { memoryTransportPair } from "../../../src/facilitator/sync/syncTransport";
import { MARKED_SCENARIO } from "../fixtures/markedScenario";
import { ENGINE_SERVICES } from "../support/engineServices";

const KEY = "0123456789abcdef0123456789abcdef";

const INJECT_IDS = MARKED_SCENARIO.injects.map((inject) => inject.id);
const FACT_IDS = MARKED_SCENARIO.facts.map((fact) => fact.id);
const STEP_IDS = MARKED_SCENARIO.attacker.map((step) => step.id);
const CONTROLLER_KEYS =
  /"(evaluatorNotes|expectedActions|temptation|tests|controller|findings|score|scoreCard|attacker|facts|affected|insider|compromised|usedInAttack|rationale|observations|log|seed|nextEventAt)":/;

/** Every ZZ marker in the wire text that the team may not see given what the log has revealed so far. */
function leakedMarkers(wire: string, log: readonly LogEntry[]): string[] {
  const delivered = new Set(
    log.flatMap((entry) => (entry.type === "inject.delivered" ? [entry.inject] : [])),
  );
  const discovered = new Set(log.flatMap((entry) => (entry.type === "fact.discovered" ? [entry.fact] : [])));
  const done = new Set(log.flatMap((entry) => (entry.type === "attacker.step" ? [entry.step] : [])));
  const ended = log.some((entry) => entry.type === "drill.ended");
  const revealed = (token: string) => {
    if (token.startsWith("ZZDEBRIEF-")) return ended;
    const inject = INJECT_IDS.find((id) => token.startsWith(`ZZINJ-${id}-`));
    if (inject) return delivered.has(inject);
    const fact = FACT_IDS.find((id) => token === `ZZFACT-${id}`);
    if (fact) return discovered.has(fact);
    const step = STEP_IDS.find((id) => token === `ZZSTEP-${id}` || token.startsWith(`ZZSTEP-${id}-`));
    if (step) return done.has(step);
    return false;
  };
  return [...wire.matchAll(/ZZ[A-Z]+-[A-Za-z0-9-]+/g)]
    .map((match) => match[0])
    .filter((token) => !revealed(token));
}

function facilitatedRun(): {
  runner: SessionRunner;
  moments: { wire: string; log: readonly LogEntry[]; label: string }[];
  sent: string[];
} {
  const { a, b, sent } = memoryTransportPair();
  const runner = createSessionRunner(ENGINE_SERVICES, MARKED_SCENARIO, {
    id: "leak-test",
    seed: "7",
    roster: [
      { name: "Ana", role: "incident-commander" },
      { name: "Ben", role: "security-lead" },
      { name: "Cy", role: "scribe" },
    ],
  });
  const sync = startConsoleSync(a, { session: runner.id, key: KEY }, () => runner.displayView());
  const moments: { wire: string; log: readonly LogEntry[]; label: string }[] = [];
  let label = "created";
  startDisplaySync(b, { session: runner.id, key: KEY }, (view) =>
    moments.push({ wire: JSON.stringify(view), log: runner.log(), label }),
  );
  const step = (name: string, act: () => void) => {
    label = name;
    act();
    sync.publish(runner.displayView());
  };

  step("start", () => runner.start());
  step("advance 5", () => runner.advance(5));
  step("page the IC", () => runner.decide({ type: "page-ic" }, "incident-commander"));
  step("reply to the alert", () =>
    runner.decide({ type: "reply", inject: "i-alert", option: "ack" }, "security-lead"),
  );
  step("observation", () =>
    runner.control({ type: "observation", text: "ZZCTRL-OBS the IC hesitated", logRef: 2 }),
  );
  step("next event", () => runner.advanceToNextEvent());
  step("investigate", () =>
    runner.decide({ type: "investigate", logSource: "cloudtrail", from: -1440, to: 0 }, "security-lead"),
  );
  step("advance 40", () => runner.advance(40));
  step("fire the customer inject", () => runner.control({ type: "inject.fire", inject: "i-customer" }));
  step("hold the skippable", () => runner.control({ type: "inject.hold", inject: "i-skip" }));
  step("skip it", () => runner.control({ type: "inject.skip", inject: "i-skip" }));
  step("override", () =>
    runner.control({
      type: "finding.override",
      rule: "team.page-ic-early",
      outcome: "met",
      rationale: "ZZCTRL-OVERRIDE paged on the call",
    }),
  );
  step("adjudicate", () =>
    runner.control({ type: "adjudicate", text: "ZZCTRL-ADJ counted the verbal page" }),
  );
  step("pause", () => runner.pause());
  step("resume", () => runner.resume());
  step("next module", () => runner.jumpToNextModule());
  step("discussion answer", () =>
    runner.control(
      { type: "discussion.answer", module: "m2", question: 0, answer: "Revoke the deploy key" },
      "security-lead",
    ),
  );
  step("advance past persistence", () => runner.advance(90));
  for (let index = 0; index < 3; index += 1) step(`advance an hour ${index}`, () => runner.advance(60));
  step("end", () => runner.end());
  step("hotwash answer", () =>
    runner.control({ type: "hotwash.answer", question: 0, answer: "Fast paging" }, "scribe"),
  );
  return { runner, moments, sent };
}

describe("the team display never receives controller-only data", () => {
  const run = facilitatedRun();

  it("projects at every moment of a facilitated session without a controller-only marker", () => {
    expect(run.moments.length).toBeGreaterThan(20);
    for (const moment of run.moments)
      expect({ at: moment.label, leaked: leakedMarkers(moment.wire, moment.log) }).toEqual({
        at: moment.label,
        leaked: [],
      });
  });

  it("carries nothing but the display view (and hello/closed) over the serialised sync channel", () => {
    const finalLog = run.runner.log();
    for (const wire of run.sent) {
      const message = JSON.parse(wire) as { type: string; view?: unknown };
      expect(["display.hello", "display.view", "display.closed"]).toContain(message.type);
      expect(wire).not.toMatch(CONTROLLER_KEYS);
      expect(leakedMarkers(wire, finalLog)).toEqual([]);
    }
    const delivered = finalLog.flatMap((entry) => (entry.type === "inject.delivered" ? [entry.inject] : []));
    expect(delivered).not.toContain("i-never");
    const everything = run.sent.join("\n");
    for (const hidden of [
      "ZZCTRL-",
      "ZZATK-",
      "ZZINJ-i-never",
      "ZZINJ-i-skip",
      "ZZFACT-f-herring",
      "ZZINJ-i-nudge",
    ])
      expect(everything).not.toContain(hidden);
  });

  it("does show what the team has earned: delivered messages, discovered facts, the prompts", () => {
    const everything = run.sent.join("\n");
    expect(everything).toContain("ZZINJ-i-alert-body");
    expect(everything).toContain("ZZINJ-i-customer-body");
    expect(everything).toContain("ZZFACT-f-recon");
    expect(everything).toContain("Who do you page first?");
    expect(everything).toContain("What do you revoke?");
    const last = JSON.parse(run.sent.at(-1) ?? "{}") as {
      view?: { prompt?: { kind: string }; ended: boolean };
    };
    expect(last.view?.ended).toBe(true);
    expect(last.view?.prompt?.kind).toBe("hotwash");
    expect(JSON.stringify(last.view)).toContain("ZZDEBRIEF-LESSON");
    const before = run.sent.slice(0, -1).filter((wire) => !wire.includes('"ended":true'));
    expect(before.join("\n")).not.toContain("ZZDEBRIEF-");
  });

  it("a display opened at the end gets the same view as the one that followed along", () => {
    const { a, b } = memoryTransportPair();
    startConsoleSync(a, { session: run.runner.id, key: KEY }, () => run.runner.displayView());
    let reopened = "";
    startDisplaySync(b, { session: run.runner.id, key: KEY }, (view) => (reopened = JSON.stringify(view)));
    expect(reopened).toBe(run.moments.at(-1)?.wire);
  });
});
