import { ACTION_CATALOG, type ActionType, CHANNEL_KINDS, CONTACT_KINDS } from "../../engine/actions";
import type { ClockIntent, ControlIntent } from "../../engine/log";
import { ROLE_IDS } from "../../engine/organisation";
import { RUBRIC_RULE_IDS } from "../../engine/rubricRuleIds";
import type { RefKind } from "./shape";
import { BOOLEAN, type Fields, oneOf, opt, ref, req, type Shape, TEXT, TIME } from "./shape";

/** A rubric rule id (checked against RUBRIC.md's list with HW0061). */
export const RULE = { kind: "string", enum: RUBRIC_RULE_IDS, enumCode: "HW0061" } satisfies Shape;

const instance = { instance: req(ref("instance")) };
const credential = { credential: req(ref("credential")) };
const group = { group: req(ref("autoscalingGroup")) };

/** The fields of every PlayerAction member (minus `type`), as written after `do:`. */
export const PLAYER_ACTION_FORMS = {
  "page-ic": {},
  "set-codename": { codename: req(TEXT) },
  "start-voice-call": { title: opt(TEXT) },
  "create-room": { name: req(TEXT), topic: opt(TEXT), platform: opt(TEXT) },
  invite: { people: req({ kind: "array", items: ref("person") }), to: req(oneOf(["call", "room", "both"])) },
  assign: { task: req(TEXT), role: req(oneOf(ROLE_IDS)) },
  "shutdown-instance": instance,
  "terminate-instance": instance,
  "isolate-instance": instance,
  "block-ip": { ip: req(TEXT) },
  "restore-firewall-defaults": instance,
  "kill-session": instance,
  "lock-users": instance,
  "disable-code-path": { codePath: req(ref("codePath")) },
  "shutdown-service": { service: req(ref("service")) },
  "suspend-autoscaling": group,
  "cycle-autoscaling-group": group,
  "purge-provider-accounts": { provider: req(ref("provider")) },
  "rotate-credential": credential,
  "revoke-credential": credential,
  "image-disk": {
    instance: req(ref("instance")),
    disk: opt(TEXT),
    readOnly: opt(BOOLEAN),
    offsite: opt(BOOLEAN),
  },
  "preserve-logs": { logSource: req(ref("logSource")) },
  investigate: {
    logSource: req(ref("logSource")),
    target: opt({ kind: "string", ref: "any" }),
    from: opt(TIME),
    to: opt(TIME),
  },
  "forensic-analysis": instance,
  "add-alerting": { description: req(TEXT) },
  "monitor-reentry": {},
  "send-message": {
    channel: req(ref("channel")),
    to: opt({ kind: "array", items: ref("person") }),
    subject: opt(TEXT),
    body: req(TEXT),
    encrypted: opt(BOOLEAN),
  },
  contact: {
    party: req(ref("person", "provider")),
    kind: opt(oneOf(CONTACT_KINDS)),
    channel: opt(oneOf(CHANNEL_KINDS)),
    subject: opt(TEXT),
    body: opt(TEXT),
    encrypted: opt(BOOLEAN),
  },
  "publish-statement": { title: req(TEXT), body: req(TEXT) },
  reply: { inject: req(ref("inject")), option: req({ kind: "string", kebab: true }) },
  note: { text: req(TEXT) },
  "close-incident": {},
  "enforce-imdsv2": instance,
  "force-reauth": {},
  "remove-from-group": { credential: req(ref("credential")), group: opt(TEXT) },
  "delete-post": { channel: req(ref("channel")), post: opt(TEXT) },
  "deploy-freeze": { announcement: opt(TEXT) },
  "rotate-overlapping": credential,
  "deny-old-credentials": credential,
  "capture-memory": instance,
  "legal-hold": { people: req({ kind: "array", items: ref("person") }) },
  "engage-counsel": { party: opt(ref("person")) },
  "notify-customers": { title: req(TEXT), body: req(TEXT) },
  "maintenance-notice": { body: req(TEXT) },
  "notify-regulator": { party: req(ref("person")), body: opt(TEXT) },
  "notify-individuals": { body: req(TEXT) },
  "yank-image-tags": { artifact: req(TEXT) },
  "sanctions-check": { party: opt(ref("person")) },
  "pay-ransom": {},
  "decline-ransom": {},
  "verify-caller": { party: req(ref("person")) },
} satisfies Record<ActionType, Fields>;

/** The fields of every ControlIntent and ClockIntent member (minus `type`): facilitator and clock steps in plays. */
export const CONTROL_FORMS = {
  "inject.fire": { inject: req(ref("inject")) },
  "inject.hold": { inject: req(ref("inject")) },
  "inject.release": { inject: req(ref("inject")) },
  "inject.skip": { inject: req(ref("inject")) },
  "finding.override": {
    rule: req(RULE),
    outcome: req(oneOf(["met", "partial", "violated", "n/a"])),
    credit: opt({ kind: "number", min: 0, max: 1 }),
    rationale: req(TEXT),
  },
  observation: { text: req(TEXT), logRef: opt({ kind: "integer", min: 0 }) },
  "discussion.answer": {
    module: req(ref("module")),
    question: req({ kind: "integer", min: 0 }),
    answer: req(TEXT),
  },
  "hotwash.answer": { question: req({ kind: "integer", min: 0 }), answer: req(TEXT) },
  adjudicate: { text: req(TEXT), rule: opt(RULE) },
  "drill.pause": {},
  "drill.resume": {},
  "drill.end": {},
} satisfies Record<Exclude<(ControlIntent | ClockIntent)["type"], "clock.advance">, Fields>;

/** What a condition's `action: … target:` refers to, per action type (no entry: free text or no target). */
export const ACTION_TARGET_KINDS: Partial<Record<ActionType, readonly RefKind[]>> = Object.fromEntries(
  [...ACTION_CATALOG.values()].flatMap((entry) =>
    entry.target && entry.target.kinds.length > 0 ? [[entry.type, entry.target.kinds]] : [],
  ),
);

/** A reply option's `action:` — a player action written like a play step without `at`. */
export const REPLY_ACTION = { kind: "action", forms: PLAYER_ACTION_FORMS, common: {} } satisfies Shape;

/** A play step: `at`, optional `by` and `actorName`, and `do:` a player action or a control type. */
export const PLAY_STEP = {
  kind: "action",
  forms: { ...PLAYER_ACTION_FORMS, ...CONTROL_FORMS },
  common: {
    at: req(TIME),
    by: opt(oneOf(ROLE_IDS)),
    actorName: opt(TEXT),
    id: opt(
      { kind: "string", kebab: true },
      undefined,
      "Names the step, so a play that extends this one can remove or replace it.",
    ),
    replaces: opt(
      { kind: "string", kebab: true },
      undefined,
      "In a play that extends another: this step takes the place of the extended play's step with this id.",
    ),
  },
} satisfies Shape;
