import { ACTION_CATALOG, actionTarget, type PlayerAction } from "../../engine/actions";
import type { LogEntry } from "../../engine/log";
import type { RoleId } from "../../engine/organisation";
import type { PlayerView } from "../../engine/playerView";
import type { ScenarioDefinition } from "../../engine/scenario";
import { formatSimTime } from "../../engine/time";
import type { TeamDisplayView } from "../display/teamDisplayView";
import { roleTitle } from "../roster";
import type { HostedState } from "./hostedState";

/** Who a connection to a hosted session is; each audience receives only its own projection. */
export type Audience = "facilitator" | "evaluator" | "display" | "player";

/** A player's decision as the player (and the facilitator's queue) sees it. */
export interface ProposalLine {
  id: string;
  label: string;
  name: string;
  role: string;
  at: string;
  status: "waiting" | "approved" | "declined";
}

/** What one player role's devices receive: the team's view with only this role's private injects, and its proposals. */
export interface PlayerProjection {
  audience: "player";
  role: RoleId;
  roleTitle: string;
  approvalRequired: boolean;
  view: PlayerView;
  proposals: ProposalLine[];
  /** The role's own decisions as the drill took them (applied, or refused and why), oldest first. */
  decisions: RoleDecision[];
}

/** One decision a role's player made, as the drill took it. */
export interface RoleDecision {
  at: string;
  label: string;
  name?: string;
  outcome: "applied" | "refused";
  reason?: string;
}

/** What evaluators receive: the team's view (private injects marked), what each delivered inject expects, the team's decisions, and the evaluators' own observations. */
export interface EvaluatorProjection {
  audience: "evaluator";
  view: PlayerView;
  expectations: {
    inject: string;
    at: string;
    from: string;
    subject?: string;
    addressedTo?: string;
    expectedActions: string[];
    evaluatorNotes: string;
  }[];
  decisions: { at: string; who: string; label: string; outcome: "accepted" | "rejected"; reason?: string }[];
  observations: { at: string; name: string; text: string }[];
}

/** What the team display receives. */
export interface DisplayProjection {
  audience: "display";
  view: TeamDisplayView;
}

export type AudienceProjection = PlayerProjection | EvaluatorProjection | DisplayProjection;

/** A decision's one-line label: the action and its target ("Isolate instance: runner-1"). */
export function actionLabel(action: PlayerAction): string {
  const label = ACTION_CATALOG.get(action.type)?.label ?? action.type;
  const target = actionTarget(action);
  return target === undefined ? label : `${label}: ${target}`;
}

/** The player view without the private injects addressed to other roles (undefined role: without any). */
export function viewForRole(view: PlayerView, role: RoleId | undefined): PlayerView {
  const inbox = view.inbox.filter((item) => item.addressedTo === undefined || item.addressedTo === role);
  return inbox.length === view.inbox.length ? view : { ...view, inbox };
}

/** The projection a player of `role` receives. */
export function playerProjection(state: HostedState, role: RoleId): PlayerProjection {
  return {
    audience: "player",
    role,
    roleTitle: roleTitle(role),
    approvalRequired: state.approvalRequired,
    view: viewForRole(state.runner.view(), role),
    proposals: state.proposals
      .filter((proposal) => proposal.by === role)
      .map((proposal) => proposalLine(proposal)),
    decisions: roleDecisions(state, role),
  };
}

function roleDecisions(state: HostedState, role: RoleId): RoleDecision[] {
  const inputs = state.runner.inputs();
  return state.runner.log().flatMap((entry): RoleDecision[] => {
    if ((entry.type !== "action.accepted" && entry.type !== "action.rejected") || entry.by !== role)
      return [];
    if (!ACTION_CATALOG.has(entry.action?.type as PlayerAction["type"])) return [];
    const name = entry.cause.kind === "input" ? inputs[entry.cause.input]?.actorName : undefined;
    return [
      {
        at: formatSimTime(entry.at),
        label: actionLabel(entry.action as PlayerAction),
        ...(name ? { name } : {}),
        ...(entry.type === "action.accepted"
          ? { outcome: "applied" as const }
          : { outcome: "refused" as const, reason: entry.reason }),
      },
    ];
  });
}

/** A proposal as a line of the player's list or the facilitator's queue. */
export function proposalLine(proposal: HostedState["proposals"][number]): ProposalLine {
  return {
    id: proposal.id,
    label: actionLabel(proposal.action),
    name: proposal.name,
    role: roleTitle(proposal.by),
    at: formatSimTime(proposal.at),
    status: proposal.status,
  };
}

/** The projection the team display receives (no private inject ever). */
export function displayProjection(state: HostedState): DisplayProjection {
  return { audience: "display", view: state.runner.displayView() };
}

/** The projection evaluators receive: expectations only of delivered injects, never the attacker or the score. */
export function evaluatorProjection(state: HostedState): EvaluatorProjection {
  const { runner } = state;
  const log = runner.log();
  const scenario: ScenarioDefinition = runner.scenario;
  const view = runner.view();
  const names = new Map(view.people.map((person) => [person.id, person.name]));
  const expectations = log.flatMap((entry) => {
    if (entry.type !== "inject.delivered") return [];
    const inject = scenario.injects.find((candidate) => candidate.id === entry.inject);
    if (!inject) return [];
    return [
      {
        inject: inject.id,
        at: formatSimTime(entry.at),
        from: names.get(inject.from) ?? inject.from,
        ...(inject.subject !== undefined ? { subject: inject.subject } : {}),
        ...(inject.addressedTo !== undefined ? { addressedTo: roleTitle(inject.addressedTo) } : {}),
        expectedActions: [...inject.controller.expectedActions],
        evaluatorNotes: inject.controller.evaluatorNotes,
      },
    ];
  });
  const inputs = runner.inputs();
  const who = (entry: Extract<LogEntry, { type: "action.accepted" | "action.rejected" }>) => {
    const cause = entry.cause.kind === "input" ? inputs[entry.cause.input] : undefined;
    const role = entry.by;
    return [cause?.actorName, role ? roleTitle(role) : undefined].filter(Boolean).join(", ") || "the team";
  };
  const decisions = log.flatMap((entry): EvaluatorProjection["decisions"] => {
    if (entry.type === "action.accepted")
      return [
        {
          at: formatSimTime(entry.at),
          who: who(entry),
          label: actionLabel(entry.action),
          outcome: "accepted",
        },
      ];
    if (entry.type === "action.rejected" && ACTION_CATALOG.has(entry.action?.type as PlayerAction["type"]))
      return [
        {
          at: formatSimTime(entry.at),
          who: who(entry),
          label: actionLabel(entry.action as PlayerAction),
          outcome: "rejected",
          reason: entry.reason,
        },
      ];
    return [];
  });
  const observations = state.evaluatorObservations.map((note) => ({
    at: formatSimTime(note.at),
    name: note.name,
    text: note.text,
  }));
  return { audience: "evaluator", view, expectations, decisions, observations };
}
