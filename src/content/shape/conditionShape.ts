import { ACTION_TYPES } from "../../engine/actions";
import type { Condition } from "../../engine/condition";
import { IMPACT_STATE_NAMES } from "../../engine/condition";
import { ACTION_TARGET_KINDS } from "./actionShape";
import type { RefKind, RequiredField, Shape } from "./shape";
import { BOOLEAN, constant, lazy, list, oneOf, opt, ref, req, TEXT, TIME } from "./shape";

const INSTANCE_STATES = ["running", "isolated", "shut-down", "terminated"] as const;
const CREDENTIAL_STATES = ["active", "rotated", "revoked"] as const;

const CONDITION_REF = lazy<Condition>((): Shape => CONDITION);

type RefField = RequiredField<{ kind: "string"; ref: RefKind[] }>;

/** A state condition: `<key>: <id of this kind>` and `is:` one of the states. */
function stateForm<K extends string, const V extends readonly string[]>(
  key: K,
  kind: RefKind,
  states: V,
): { [P in K]: RefField } & { is: RequiredField<{ kind: "string"; enum: V }> } {
  return { [key]: req(ref(kind)), is: req(oneOf(states)) } as { [P in K]: RefField } & {
    is: RequiredField<{ kind: "string"; enum: V }>;
  };
}

/** A state condition whose `is:` may also list several states (any of them holds). */
function statesForm<K extends string, const V extends readonly string[]>(
  key: K,
  kind: RefKind,
  states: V,
): { [P in K]: RefField } & { is: RequiredField<{ kind: "string"; enum: V; orList: true }> } {
  return { [key]: req(ref(kind)), is: req(oneOf(states, true)) } as { [P in K]: RefField } & {
    is: RequiredField<{ kind: "string"; enum: V; orList: true }>;
  };
}

/** The Condition union of src/engine/condition.ts, one form per main key. */
export const CONDITION = {
  kind: "keyed",
  name: "condition",
  code: "HW0027",
  dependentRef: { mainKey: "action", field: "target", kinds: ACTION_TARGET_KINDS },
  forms: {
    all: { all: req({ kind: "array", items: CONDITION_REF }) },
    any: { any: req({ kind: "array", items: CONDITION_REF }) },
    not: { not: req(CONDITION_REF) },
    instance: statesForm("instance", "instance", INSTANCE_STATES),
    imaged: { imaged: req(ref("instance")), offsite: opt(BOOLEAN) },
    credential: statesForm("credential", "credential", CREDENTIAL_STATES),
    codePath: stateForm("codePath", "codePath", ["enabled", "disabled"]),
    service: stateForm("service", "service", ["running", "shut-down"]),
    provider: stateForm("provider", "provider", ["purged", "untouched"]),
    autoscalingGroup: stateForm("autoscalingGroup", "autoscalingGroup", ["active", "suspended"]),
    logSource: stateForm("logSource", "logSource", ["intact", "preserved", "destroyed"]),
    foothold: stateForm("foothold", "foothold", ["open", "closed"]),
    fact: stateForm("fact", "fact", ["discovered", "hidden", "lost"]),
    flag: { flag: req(ref("flag")) },
    attackerStep: stateForm("attackerStep", "attackerStep", ["done", "skipped"]),
    inject: stateForm("inject", "inject", ["delivered", "pending"]),
    impact: statesForm("impact", "impact", IMPACT_STATE_NAMES),
    action: {
      action: req(oneOf(ACTION_TYPES)),
      target: opt(TEXT),
      params: opt({ kind: "scalarMap" }),
    },
    leaked: {
      leaked: req(constant(true)),
      to: opt(ref("person")),
      channel: opt(ref("channel")),
    },
    onTeam: { onTeam: req(ref("person")) },
    after: { after: req(TIME) },
    before: { before: req(TIME) },
  },
} satisfies Shape;

/** The AttackerEffect union of src/engine/scenario.ts: single-key mappings. */
export const EFFECT = {
  kind: "keyed",
  name: "attacker effect",
  code: "HW0028",
  forms: {
    openFoothold: { openFoothold: req(ref("foothold")) },
    closeFoothold: { closeFoothold: req(ref("foothold")) },
    exfiltrate: {
      exfiltrate: req({
        kind: "object",
        name: "exfiltrate",
        fields: { dataStore: req(ref("dataStore")), dataClasses: list(TEXT), amount: req(TEXT) },
      }),
    },
    destroyLogSource: { destroyLogSource: req(ref("logSource")) },
    terminateInstance: { terminateInstance: req(ref("instance")) },
    createInstance: { createInstance: req(ref("instance")) },
    compromiseCredential: { compromiseCredential: req(ref("credential")) },
    triggerInject: { triggerInject: req(ref("inject")) },
    setFlag: { setFlag: req({ kind: "string", declares: "flag" }) },
  },
} satisfies Shape;
