import type { PlayerAction } from "../../engine/actions";
import type { RoleId } from "../../engine/organisation";
import type { ScenarioDefinition } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";
import type { RosterEntry } from "../roster";
import { createSessionRunner, type SessionRunner } from "../session/sessionRunner";
import type { SessionServices } from "../session/sessionServices";
import type { SessionOp } from "./sessionOp";

/** What a hosted session was created with; with its op journal it is everything the server keeps. */
export interface HostedSessionMeta {
  id: string;
  scenario: string;
  contentHash: string;
  seed: string;
  roster: RosterEntry[];
  /** Whether players' decisions wait for the facilitator's approval at creation (an `approval` op changes it). */
  approvalRequired: boolean;
  /** ISO date of creation, from the server's clock (the report prints it). */
  createdAt: string;
}

/** A player's decision and what became of it. */
export interface Proposal {
  id: string;
  action: PlayerAction;
  by: RoleId;
  name: string;
  /** Sim minute at which it was proposed. */
  at: SimMinutes;
  status: "waiting" | "approved" | "declined";
}

/** A hosted session's state: the facilitator's session runner, the approval rule, proposals and the journal. */
export interface HostedState {
  meta: HostedSessionMeta;
  runner: SessionRunner;
  approvalRequired: boolean;
  proposals: Proposal[];
  /** Observations evaluators recorded from their devices (they see only these, not the facilitator's). */
  evaluatorObservations: { at: SimMinutes; name: string; text: string }[];
  /** Every op applied so far, in order (its length is the session's version). */
  ops: SessionOp[];
}

/** A fresh hosted state for the session (its drill in the briefing), before any op. */
export function createHostedState(
  services: SessionServices,
  scenario: ScenarioDefinition,
  meta: HostedSessionMeta,
): HostedState {
  const runner = createSessionRunner(services, scenario, {
    id: meta.id,
    seed: meta.seed,
    roster: meta.roster,
    startedAt: meta.createdAt.slice(0, 10),
  });
  return {
    meta,
    runner,
    approvalRequired: meta.approvalRequired,
    proposals: [],
    evaluatorObservations: [],
    ops: [],
  };
}

/** Why the op cannot be applied to the state (checked before it is journalled), or undefined when it can. */
export function opProblem(state: HostedState, op: SessionOp): string | undefined {
  switch (op.op) {
    case "propose":
      return state.proposals.some((proposal) => proposal.id === op.id) ? "duplicate proposal id" : undefined;
    case "approve":
    case "decline": {
      const proposal = state.proposals.find((candidate) => candidate.id === op.id);
      if (!proposal) return "no such proposal";
      return proposal.status === "waiting" ? undefined : `the proposal was already ${proposal.status}`;
    }
    case "speed":
      return op.speed >= 0 && op.speed <= 1440 ? undefined : "speed must be 0 to 1440 sim minutes per second";
    case "advance":
      return op.minutes > 0 ? undefined : "advance by a positive number of minutes";
    default:
      return undefined;
  }
}

/**
 * Applies one op to the state through the session runner (the same calls the one-browser console makes) and
 * appends it to the journal. Deterministic: the same ops on the same meta give the same drill.
 */
export function applyOp(state: HostedState, op: SessionOp): void {
  const { runner } = state;
  switch (op.op) {
    case "start":
      runner.start();
      break;
    case "decide":
      runner.decide(op.action, op.by, op.name);
      break;
    case "control":
      if (op.from === "evaluator" && op.intent.type === "observation")
        state.evaluatorObservations.push({
          at: runner.view().now,
          name: op.name ?? "Evaluator",
          text: op.intent.text,
        });
      runner.control(op.intent, op.by, op.name);
      break;
    case "pause":
      runner.pause();
      break;
    case "resume":
      runner.resume();
      break;
    case "end":
      runner.end();
      break;
    case "advance":
      runner.advance(op.minutes);
      break;
    case "next":
      runner.advanceToNextEvent();
      break;
    case "module":
      runner.jumpToNextModule();
      break;
    case "speed":
      runner.setSpeed(op.speed);
      break;
    case "approval":
      state.approvalRequired = op.required;
      break;
    case "plan":
      runner.editPlan(op.edit);
      break;
    case "propose":
      state.proposals.push({
        id: op.id,
        action: op.action,
        by: op.by,
        name: op.name,
        at: runner.view().now,
        status: "waiting",
      });
      break;
    case "approve":
    case "decline": {
      const proposal = state.proposals.find((candidate) => candidate.id === op.id);
      if (proposal?.status === "waiting") {
        proposal.status = op.op === "approve" ? "approved" : "declined";
        if (op.op === "approve") runner.decide(proposal.action, proposal.by, proposal.name);
      }
      break;
    }
  }
  state.ops.push(op);
}
