import type { PlayerAction } from "../../engine/actions";
import type { ControlIntent, DrillInput, LogEntry } from "../../engine/log";
import type { RoleId } from "../../engine/organisation";
import type { DrillPort, PlayerView } from "../../engine/playerView";
import type { ScenarioDefinition } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";
import type { ImprovementPlanEdit } from "../../report/afterActionReport";
import { promptFor } from "../display/displayPrompt";
import { projectTeamDisplay } from "../display/teamDisplayProjection";
import type { TeamDisplayView } from "../display/teamDisplayView";
import { cleanRoster, nameForRole, type RosterEntry } from "../roster";
import type { FacilitatedSession } from "./facilitatedSession";
import type { SessionServices } from "./sessionServices";

/** How a new session is set up on the console. */
export interface SessionSetup {
  id: string;
  seed: string;
  roster: readonly RosterEntry[];
  speed?: number;
  startedAt?: string;
}

/** One running facilitated session: the drill, who sits at the table, and what the display may show. */
export interface SessionRunner {
  readonly scenario: ScenarioDefinition;
  readonly id: string;
  readonly seed: string;
  readonly roster: readonly RosterEntry[];
  view(): PlayerView;
  log(): readonly LogEntry[];
  inputs(): DrillInput[];
  isStarted(): boolean;
  speed(): number;
  setSpeed(speed: number): void;
  start(): void;
  /** Enters a decision of the team as an action attributed to a role (and the person who voiced it). */
  decide(action: PlayerAction, by: RoleId | undefined, actorName?: string): void;
  /** A facilitator intent: fire/hold/release/skip an inject, override, observation, answer, adjudication. */
  control(intent: ControlIntent, by?: RoleId, actorName?: string): void;
  pause(): void;
  resume(): void;
  end(): void;
  advance(minutes: SimMinutes): void;
  advanceToNextEvent(): void;
  /** Advances the clock to the start of the next module; false when no module is ahead. */
  jumpToNextModule(): boolean;
  /** The team display projection of the current state (the only thing the display receives). */
  displayView(): TeamDisplayView;
  /** The improvement plan edits kept with the session (every report export applies them). */
  planEdits(): ImprovementPlanEdit[];
  /** Keeps an edit of one improvement plan row (replacing an earlier edit of the same row). */
  editPlan(edit: ImprovementPlanEdit): void;
  /** The session as it would be saved (inputs attributed with the names of the people who voiced them). */
  session(): FacilitatedSession;
  subscribe(listener: () => void): () => void;
}

const DEFAULT_SPEED = 0;

/** Starts a new session of the scenario (in its briefing until `start`). */
export function createSessionRunner(
  services: SessionServices,
  scenario: ScenarioDefinition,
  setup: SessionSetup,
): SessionRunner {
  const drill = services.createDrill(scenario, setup.seed);
  return runner(scenario, drill, {
    id: setup.id,
    seed: setup.seed,
    roster: cleanRoster(setup.roster),
    speed: setup.speed ?? DEFAULT_SPEED,
    started: false,
    startedAt: setup.startedAt,
    planEdits: [],
  });
}

/** Rebuilds a saved session by replaying its inputs, then advancing the clock to where it stood. */
export function restoreSessionRunner(
  services: SessionServices,
  scenario: ScenarioDefinition,
  saved: FacilitatedSession,
): SessionRunner {
  const drill =
    saved.started || saved.inputs.length > 0
      ? services.createDrill(scenario, saved.seed, saved.inputs)
      : services.createDrill(scenario, saved.seed);
  if (saved.started && drill.view().phase === "briefing") drill.start();
  const behind = saved.now - drill.view().now;
  if (behind > 0 && !drill.view().ended) drill.advance(behind);
  return runner(scenario, drill, {
    id: saved.id,
    seed: saved.seed,
    roster: cleanRoster(saved.roster),
    speed: saved.speed,
    started: saved.started || drill.view().phase !== "briefing",
    startedAt: saved.startedAt,
    planEdits: (saved.planEdits ?? []).map((edit) => ({ ...edit })),
  });
}

interface RunnerState {
  id: string;
  seed: string;
  roster: RosterEntry[];
  speed: number;
  started: boolean;
  startedAt: string | undefined;
  planEdits: ImprovementPlanEdit[];
}

function runner(scenario: ScenarioDefinition, drill: DrillPort, state: RunnerState): SessionRunner {
  const listeners = new Set<() => void>();
  const changed = () => {
    for (const listener of listeners) listener();
  };
  const submit = (intent: PlayerAction | ControlIntent, by: RoleId | undefined, actorName?: string) => {
    const name = actorName ?? nameForRole(state.roster, by);
    drill.submit(intent, {
      ...(by !== undefined ? { by } : {}),
      ...(name !== undefined ? { actorName: name } : {}),
    });
    changed();
  };
  const live = () => state.started && !drill.view().ended;
  // why: a paused drill ignores clock advances (the engine keeps time still), so only a live clock moves.
  const ticking = () => live() && drill.view().phase === "live";

  const self: SessionRunner = {
    scenario,
    id: state.id,
    seed: state.seed,
    roster: state.roster,
    view: () => drill.view(),
    log: () => drill.log(),
    inputs: () => drill.inputs().map((input) => ({ ...input })),
    isStarted: () => state.started,
    speed: () => state.speed,
    setSpeed(speed) {
      if (speed >= 0) state.speed = speed;
      changed();
    },
    start() {
      if (state.started) return;
      drill.start();
      state.started = true;
      changed();
    },
    decide(action, by, actorName) {
      submit(action, by, actorName);
    },
    control(intent, by, actorName) {
      submit(intent, by, actorName);
    },
    pause() {
      if (!live() || drill.view().phase === "paused") return;
      drill.pause();
      changed();
    },
    resume() {
      if (!live() || drill.view().phase !== "paused") return;
      drill.resume();
      changed();
    },
    end() {
      if (drill.view().ended) return;
      if (!state.started) self.start();
      drill.end();
      changed();
    },
    advance(minutes) {
      if (!ticking() || minutes <= 0) return;
      drill.advance(minutes);
      changed();
    },
    advanceToNextEvent() {
      if (!ticking()) return;
      drill.advanceToNextEvent();
      changed();
    },
    jumpToNextModule() {
      const now = drill.view().now;
      const next = scenario.modules
        .filter((module) => module.startsAt > now)
        .sort((a, b) => a.startsAt - b.startsAt)[0];
      if (!next || !ticking()) return false;
      drill.advance(next.startsAt - now);
      changed();
      return true;
    },
    planEdits: () => state.planEdits.map((edit) => ({ ...edit })),
    editPlan(edit) {
      state.planEdits = [...state.planEdits.filter((kept) => kept.key !== edit.key), { ...edit }];
      changed();
    },
    displayView() {
      const view = drill.view();
      const prompt = promptFor(view);
      return projectTeamDisplay(view, prompt ? { roster: state.roster, prompt } : { roster: state.roster });
    },
    session() {
      const session: FacilitatedSession = {
        id: state.id,
        scenario: scenario.id,
        contentHash: scenario.contentHash,
        seed: state.seed,
        roster: state.roster.map((entry) => ({ ...entry })),
        inputs: self.inputs(),
        now: drill.view().now,
        started: state.started,
        speed: state.speed,
      };
      if (state.startedAt !== undefined) session.startedAt = state.startedAt;
      if (state.planEdits.length > 0) session.planEdits = self.planEdits();
      return session;
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return self;
}
