import type { LogEntry } from "../../engine/log";
import type { PlayerView } from "../../engine/playerView";
import type { ScenarioDefinition } from "../../engine/scenario";
import type { ReportImprovement } from "../../report/afterActionReport";
import type { ScoreCard } from "../../scoring/scoreCard";
import type { RosterEntry } from "../roster";
import type { SessionFileFormat } from "../session/sessionFile";
import type { SessionRunner } from "../session/sessionRunner";
import type { SessionServices } from "../session/sessionServices";
import type { SyncTransport } from "../sync/syncTransport";

/** What the report needs from a facilitated session (participants and the role-attributed inputs included). */
export interface ReportRequest {
  runner: SessionRunner;
  log: readonly LogEntry[];
  scoreCard: ScoreCard;
  participants: RosterEntry[];
  playedAt?: string;
}

/** The after-action report in every download format. */
export interface ReportFiles {
  html: string;
  markdown: string;
  json: string;
  csv: string;
  /** The improvement plan as built (edits applied), for the plan editor. */
  plan: ReportImprovement[];
}

/** Everything the console needs from the composition root (engine, scoring, report, browser services). */
export interface ConsoleDeps {
  scenarios: readonly ScenarioDefinition[];
  services: SessionServices;
  score?: (scenario: ScenarioDefinition, log: readonly LogEntry[]) => ScoreCard;
  report?: (request: ReportRequest) => ReportFiles;
  storage?: Storage;
  /** How session files (and the autosave) are written and read: the drill file format. */
  sessionFiles: SessionFileFormat;
  /** The channel to the team displays of a session (its name comes from the session id and `sessionKey`). */
  transport: (session: string) => SyncTransport;
  /** The secret every sync message carries; the console and its displays got it in their addresses. */
  sessionKey: string;
  openDisplay: (session: string) => void;
  randomSeed: () => string;
  newSessionId: () => string;
  /** Today's date as the shell formats it (the report prints it; the core never reads the clock). */
  today: () => string;
  /**
   * Set when the session is hosted on the session server: its own panels come first, and the server (not this
   * page) paces the live clock.
   */
  hosted?: { panels: ConsolePanel[]; leave?: () => void };
  /** Set when this page was served by a session server (`hotwash serve`, `npm start`): team sessions it hosts. */
  teamSessions?: TeamSessionService;
}

/** What the session server offers this page, or why it offers nothing. */
export type TeamSessionOffer =
  | { available: true; secretRequired: boolean; scenarios: { id: string; title: string }[] }
  | { available: false; reason: string };

/** A team session to create on the session server. */
export interface TeamSessionRequest {
  scenario: string;
  seed: string;
  approval: boolean;
  /** The facilitator secret, when the server asks for one. */
  secret?: string;
}

/** The session server as the console's setup screen sees it. */
export interface TeamSessionService {
  offer(): Promise<TeamSessionOffer>;
  /** The secret this page was opened with (`#/facilitator?secret=…`), to fill in. */
  knownSecret(): string | undefined;
  /** Creates the session and, on success, turns this page into its console; resolves to the refusal otherwise. */
  create(request: TeamSessionRequest): Promise<{ ok: true } | { ok: false; error: string }>;
}

/** The state every console panel renders, computed once per change. */
export interface ConsoleSnapshot {
  runner: SessionRunner;
  view: PlayerView;
  log: readonly LogEntry[];
  scoreCard?: ScoreCard;
  scoreError?: string;
}

/** A console panel: its section and a render function called with every new snapshot. */
export interface ConsolePanel {
  section: HTMLElement;
  update(snapshot: ConsoleSnapshot): void;
}

/** How panels tell the facilitator what happened (a polite notice or an alert). */
export interface Notifier {
  notice(message: string): void;
  alert(message: string): void;
}
