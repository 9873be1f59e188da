import type { RoleId } from "../engine/organisation";
import type { SessionOp } from "../facilitator/remote/sessionOp";
import type { ClientMessage } from "./readClientMessage";
import type { TokenGrant } from "./sessionStore";

/** A device's message that changes the session (revoking and reissuing links change the tokens instead). */
export type SessionMessage = Exclude<ClientMessage, { kind: "revoke" | "reissue" }>;

/**
 * The ops a device's message becomes for its grant: a player's decision is a `decide`, or a `propose` with
 * `proposalId` when the session waits for approval; answers and observations are `control` ops; a facilitator's op
 * is itself. A message the grant may not send is a one-line refusal.
 */
export function opsForMessage(
  message: SessionMessage,
  grant: TokenGrant,
  approvalRequired: boolean,
  proposalId: string,
): { ok: true; ops: SessionOp[] } | { ok: false; error: string } {
  switch (message.kind) {
    case "decide": {
      if (grant.audience !== "player") return { ok: false, error: "not a player" };
      const who = { by: grant.role as RoleId, name: message.name };
      return approvalRequired
        ? { ok: true, ops: [{ op: "propose", id: proposalId, action: message.action, ...who }] }
        : { ok: true, ops: [{ op: "decide", action: message.action, ...who }] };
    }
    case "answer":
      if (grant.audience !== "player") return { ok: false, error: "not a player" };
      return {
        ok: true,
        ops: [{ op: "control", intent: message.intent, by: grant.role, name: message.name, from: "player" }],
      };
    case "observe":
      return {
        ok: true,
        ops: [
          {
            op: "control",
            intent: { type: "observation", text: message.text },
            name: message.name,
            from: "evaluator",
          },
        ],
      };
    case "op":
      return { ok: true, ops: [message.op] };
  }
}
