import { readPlainValue } from "../content/readPlainValue";
import { CONTROL_FORMS, PLAYER_ACTION_FORMS } from "../content/shape/actionShape";
import { PLAN_EDIT_SHAPE } from "../content/shape/drillShape";
import type { Shape } from "../content/shape/shape";
import type { PlayerAction } from "../engine/actions";
import type { ControlIntent } from "../engine/log";
import { ROLE_IDS, type RoleId } from "../engine/organisation";
import { MAX_SIM_MINUTES } from "../engine/simTime";
import type { Audience } from "../facilitator/remote/audienceViews";
import type { SessionOp } from "../facilitator/remote/sessionOp";
import type { ImprovementPlanEdit } from "../report/afterActionReport";

/** What a connected device may ask of the server, after its shape and its audience's rights are checked. */
export type ClientMessage =
  | { kind: "decide"; action: PlayerAction; name: string }
  | {
      kind: "answer";
      intent: Extract<ControlIntent, { type: "discussion.answer" | "hotwash.answer" }>;
      name: string;
    }
  | { kind: "observe"; text: string; name: string }
  | { kind: "op"; op: Exclude<SessionOp, { op: "propose" }> }
  | { kind: "revoke"; token: string }
  | { kind: "reissue"; token: string };

/** The longest name a person may give, and the longest free text of a message (the socket also caps its size). */
export const MAX_NAME_CHARS = 80;
export const MAX_TEXT_CHARS = 4000;

const PLAYER_ACTION: Shape = { kind: "action", selector: "type", forms: PLAYER_ACTION_FORMS, common: {} };
const { "drill.pause": _pause, "drill.resume": _resume, "drill.end": _end, ...CONTROLS } = CONTROL_FORMS;
const CONTROL: Shape = { kind: "action", selector: "type", forms: CONTROLS, common: {} };
const ANSWER: Shape = {
  kind: "action",
  selector: "type",
  forms: {
    "discussion.answer": CONTROL_FORMS["discussion.answer"] ?? {},
    "hotwash.answer": CONTROL_FORMS["hotwash.answer"] ?? {},
  },
  common: {},
};

const SIMPLE_OPS = new Set(["start", "pause", "resume", "end", "next", "module"]);
const RIGHTS: Record<Audience, ReadonlySet<ClientMessage["kind"]>> = {
  facilitator: new Set(["op", "revoke", "reissue"]),
  player: new Set(["decide", "answer"]),
  evaluator: new Set(["observe"]),
  display: new Set(),
};

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function text(value: unknown, what: string, max: number): Read<string> {
  if (typeof value !== "string") return { ok: false, error: `${what}: expected text` };
  const trimmed = value.trim();
  if (trimmed.length === 0) return { ok: false, error: `${what}: must not be empty` };
  if (trimmed.length > max) return { ok: false, error: `${what}: longer than ${max} characters` };
  return { ok: true, value: trimmed };
}

function shaped<T>(value: unknown, shape: Shape, what: string): Read<T> {
  const read = readPlainValue(value, shape);
  if (!read.ok) return { ok: false, error: `${what}: ${read.problem}` };
  const longest = JSON.stringify(read.value).length;
  if (longest > MAX_TEXT_CHARS * 2) return { ok: false, error: `${what}: too large` };
  return { ok: true, value: read.value as T };
}

function readOp(value: unknown): Read<Exclude<SessionOp, { op: "propose" }>> {
  if (!isRecord(value) || typeof value.op !== "string") return { ok: false, error: "op: expected an op" };
  const keys = Object.keys(value);
  const only = (...allowed: string[]) => keys.every((key) => key === "op" || allowed.includes(key));
  if (SIMPLE_OPS.has(value.op) && only())
    return { ok: true, value: { op: value.op } as Exclude<SessionOp, { op: "propose" }> };
  switch (value.op) {
    case "advance":
    case "speed": {
      const field = value.op === "advance" ? "minutes" : "speed";
      const number = value[field];
      const max = value.op === "advance" ? MAX_SIM_MINUTES : 1440;
      if (
        !only(field) ||
        typeof number !== "number" ||
        !Number.isInteger(number) ||
        number < 0 ||
        number > max
      )
        return { ok: false, error: `op ${value.op}: ${field} must be a whole number from 0 to ${max}` };
      return {
        ok: true,
        value: value.op === "advance" ? { op: "advance", minutes: number } : { op: "speed", speed: number },
      };
    }
    case "approval":
      if (!only("required") || typeof value.required !== "boolean")
        return { ok: false, error: "op approval: required must be true or false" };
      return { ok: true, value: { op: "approval", required: value.required } };
    case "plan": {
      if (!only("edit")) return { ok: false, error: "op plan: unknown field" };
      const edit = shaped<ImprovementPlanEdit>(value.edit, PLAN_EDIT_SHAPE, "plan edit");
      return edit.ok ? { ok: true, value: { op: "plan", edit: edit.value } } : edit;
    }
    case "approve":
    case "decline": {
      if (!only("id") || typeof value.id !== "string" || !/^[a-z0-9-]{1,40}$/.test(value.id))
        return { ok: false, error: `op ${value.op}: expected a proposal id` };
      return { ok: true, value: { op: value.op, id: value.id } };
    }
    case "decide":
    case "control": {
      if (!only(value.op === "decide" ? "action" : "intent", "by", "name"))
        return { ok: false, error: `op ${value.op}: unknown field` };
      const role = readRole(value.by);
      if (!role.ok) return role;
      const name = value.name === undefined ? undefined : text(value.name, "name", MAX_NAME_CHARS);
      if (name && !name.ok) return name;
      const who = {
        ...(role.value !== undefined ? { by: role.value } : {}),
        ...(name?.ok ? { name: name.value } : {}),
      };
      if (value.op === "decide") {
        const action = shaped<PlayerAction>(value.action, PLAYER_ACTION, "action");
        return action.ok ? { ok: true, value: { op: "decide", action: action.value, ...who } } : action;
      }
      const intent = shaped<ControlIntent>(value.intent, CONTROL, "intent");
      return intent.ok ? { ok: true, value: { op: "control", intent: intent.value, ...who } } : intent;
    }
    default:
      return { ok: false, error: `op: unknown op ${String(value.op).slice(0, 40)}` };
  }
}

function readRole(value: unknown): Read<RoleId | undefined> {
  if (value === undefined) return { ok: true, value: undefined };
  return typeof value === "string" && (ROLE_IDS as readonly string[]).includes(value)
    ? { ok: true, value: value as RoleId }
    : { ok: false, error: "by: expected a role id" };
}

/**
 * Reads one message a device sent: its shape strictly (no unknown keys, text and sizes capped) and whether the
 * connection's audience may send it at all. Never throws; a refusal is one line.
 */
export function readClientMessage(value: unknown, audience: Audience): Read<ClientMessage> {
  if (!isRecord(value) || typeof value.kind !== "string") return { ok: false, error: "expected a message" };
  const kind = value.kind as ClientMessage["kind"];
  if (!RIGHTS[audience].has(kind))
    return { ok: false, error: `the ${audience} may not ${String(kind).slice(0, 20)}` };
  const keys = Object.keys(value);
  const only = (...allowed: string[]) =>
    keys.every((key) => key === "kind" || allowed.includes(key))
      ? undefined
      : { ok: false as const, error: "unknown field" };
  switch (kind) {
    case "decide": {
      const extra = only("action", "name");
      if (extra) return extra;
      const name = text(value.name, "name", MAX_NAME_CHARS);
      if (!name.ok) return name;
      const action = shaped<PlayerAction>(value.action, PLAYER_ACTION, "action");
      return action.ok ? { ok: true, value: { kind, action: action.value, name: name.value } } : action;
    }
    case "answer": {
      const extra = only("intent", "name");
      if (extra) return extra;
      const name = text(value.name, "name", MAX_NAME_CHARS);
      if (!name.ok) return name;
      const intent = shaped<Extract<ControlIntent, { type: "discussion.answer" | "hotwash.answer" }>>(
        value.intent,
        ANSWER,
        "answer",
      );
      if (!intent.ok) return intent;
      const answer = text(intent.value.answer, "answer", MAX_TEXT_CHARS);
      return answer.ok ? { ok: true, value: { kind, intent: intent.value, name: name.value } } : answer;
    }
    case "observe": {
      const extra = only("text", "name");
      if (extra) return extra;
      const name = text(value.name, "name", MAX_NAME_CHARS);
      if (!name.ok) return name;
      const note = text(value.text, "observation", MAX_TEXT_CHARS);
      return note.ok ? { ok: true, value: { kind, text: note.value, name: name.value } } : note;
    }
    case "op": {
      const extra = only("op");
      if (extra) return extra;
      const op = readOp(value.op);
      return op.ok ? { ok: true, value: { kind, op: op.value } } : op;
    }
    case "revoke":
    case "reissue": {
      const extra = only("token");
      if (extra) return extra;
      if (typeof value.token !== "string" || !/^[A-Za-z0-9_-]{20,100}$/.test(value.token))
        return { ok: false, error: "token: expected a token" };
      return { ok: true, value: { kind, token: value.token } };
    }
    default:
      return { ok: false, error: "unknown message" };
  }
}
