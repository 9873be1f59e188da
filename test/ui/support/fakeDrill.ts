import type { PlayerAction } from "../../../src/engine/actions";
import type { ControlIntent, DrillInput } from "../../../src/engine/log";
import type { DrillPort, PlayerView, SubmitOptions } from "../../../src/engine/playerView";

/** A small ops-room view: two zones, an instance, a credential, a provider, a log source, an SMS channel. */
export function fixtureView(): PlayerView {
  return {
    scenario: {
      id: "fixture",
      title: "Fixture Drill",
      premise: "A test premise.",
      contentHash: "abc",
      briefing: {
        title: "Fixture briefing",
        situation: "Something odd.",
        yourRole: "On call.",
        objectives: ["Stop it"],
      },
      modules: [],
      horizon: 600,
      organisation: {
        name: "Elimu Informatics",
        emailDomain: "elimu.io",
        privilegePrefix: "Attorney Work Project",
      },
    },
    phase: "live",
    now: 0,
    seed: "1",
    zones: [
      { id: "prod", name: "Production", kind: "production" },
      { id: "vendors", name: "Third parties", kind: "third-party" },
    ],
    instances: [
      {
        id: "api-1",
        name: "api-1",
        zone: "prod",
        ip: "10.0.0.1",
        disks: ["root"],
        state: "running",
        isolated: false,
        imaged: false,
        imagedOffsite: false,
        knownAffected: true,
        attackerMade: false,
      },
    ],
    autoscalingGroups: [],
    services: [
      {
        id: "payments",
        name: "payments-svc",
        zone: "prod",
        running: true,
        codePaths: [{ id: "refunds", name: "Refunds", enabled: true }],
      },
    ],
    dataStores: [],
    credentials: [
      {
        id: "ci-key",
        name: "ci-aws-deploy",
        kind: "access-key",
        state: "active",
        storedOn: ["buildbarn"],
        knownCompromised: false,
      },
    ],
    providers: [{ id: "buildbarn", name: "BuildBarn", zone: "vendors", purged: false }],
    logSources: [
      {
        id: "cloudtrail",
        name: "CloudTrail",
        description: "AWS API calls",
        preserved: false,
        knownDestroyed: false,
      },
    ],
    people: [
      {
        id: "ana",
        name: "Ana Ruiz",
        title: "SRE lead",
        internal: true,
        reachableBy: ["chat", "sms"],
        role: "security-lead",
      },
      { id: "cfo", name: "Kim Lee", title: "CFO", internal: true, reachableBy: ["sms", "email"] },
      {
        id: "fbi",
        name: "Agent Moss",
        title: "FBI",
        internal: false,
        organisation: "FBI",
        reachableBy: ["phone"],
      },
    ],
    channels: [
      { id: "sms", name: "SMS", kind: "sms", broad: false },
      { id: "eng-ops", name: "#eng-ops", kind: "chat", broad: true },
    ],
    team: { icPaged: false, assignments: [] },
    inbox: [],
    caseFile: [],
    activity: [],
    pending: [],
    sent: [],
    statements: [],
    business: [],
    statutoryClocks: [],
    nextEventAt: 30,
    ended: false,
  };
}

export interface FakeDrill extends DrillPort {
  /** Every call the shell made, in order. */
  calls: { method: string; arg?: unknown }[];
  /** Action types the fake engine rejects, with its reason (logged as "Not done (<type>): <reason>"). */
  rejecting: Map<string, string>;
  /** Replaces the view and notifies subscribers, as the engine would after an event. */
  push(change: (view: PlayerView) => PlayerView): void;
}

/** A DrillPort test double for DOM tests: records inputs and calls, never applies rules. */
export function createFakeDrill(initial: PlayerView = fixtureView()): FakeDrill {
  let current = initial;
  const inputs: DrillInput[] = [];
  const listeners = new Set<(view: PlayerView) => void>();
  const calls: { method: string; arg?: unknown }[] = [];
  const rejecting = new Map<string, string>();
  const notify = () => {
    for (const listener of listeners) listener(current);
  };
  const setPhase = (phase: PlayerView["phase"]) => {
    current = { ...current, phase };
    notify();
  };
  return {
    calls,
    rejecting,
    view: () => current,
    inputs: () => inputs,
    log: () => [],
    start: () => calls.push({ method: "start" }),
    submit(intent: PlayerAction | ControlIntent, options?: SubmitOptions) {
      calls.push({ method: "submit", arg: intent });
      inputs.push({ at: current.now, intent, ...(options?.by ? { by: options.by } : {}) });
      const reason = rejecting.get(intent.type);
      if (reason !== undefined) {
        current = {
          ...current,
          activity: [
            ...current.activity,
            { at: current.now, text: `Not done (${intent.type}): ${reason}`, kind: "system" },
          ],
        };
        notify();
      }
    },
    advance(minutes) {
      calls.push({ method: "advance", arg: minutes });
      current = { ...current, now: current.now + minutes };
      notify();
    },
    advanceToNextEvent() {
      calls.push({ method: "advanceToNextEvent" });
      current = { ...current, now: current.nextEventAt ?? current.now };
      notify();
    },
    pause() {
      calls.push({ method: "pause" });
      setPhase("paused");
    },
    resume() {
      calls.push({ method: "resume" });
      setPhase("live");
    },
    end() {
      calls.push({ method: "end" });
      current = { ...current, phase: "debrief", ended: true };
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    push(change) {
      current = change(current);
      notify();
    },
  };
}
