import { ACTION_TYPES } from "../../engine/actions";
import { IMPACT_STATE_NAMES } from "../../engine/condition";
import { ACTION_TARGET_KINDS } from "./actionShape";
import type { Fields, RefKind, Shape } from "./shape";
import { BOOLEAN, list, oneOf, opt, ref, req, TEXT, TIME } from "./shape";

const INSTANCE_STATES = ["running", "isolated", "shut-down", "terminated"];
const CREDENTIAL_STATES = ["active", "rotated", "revoked"];

const CONDITION_REF: Shape = { kind: "lazy", get: () => CONDITION };

function stateForm(key: string, kind: RefKind, states: readonly string[], orList = false): Fields {
  return { [key]: req(ref(kind)), is: req(oneOf(states, orList)) };
}

/** The Condition union of src/engine/condition.ts, one form per main key. */
export const CONDITION: Shape = {
  kind: "keyed",
  name: "condition",
  code: "HW0027",
  dependentRef: { mainKey: "action", field: "target", kinds: ACTION_TARGET_KINDS },
  forms: {
    all: { all: req({ kind: "array", items: CONDITION_REF }) },
    any: { any: req({ kind: "array", items: CONDITION_REF }) },
    not: { not: req(CONDITION_REF) },
    instance: stateForm("instance", "instance", INSTANCE_STATES, true),
    imaged: { imaged: req(ref("instance")), offsite: opt(BOOLEAN) },
    credential: stateForm("credential", "credential", CREDENTIAL_STATES, true),
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
    impact: stateForm("impact", "impact", IMPACT_STATE_NAMES, true),
    action: {
      action: req(oneOf(ACTION_TYPES)),
      target: opt(TEXT),
      params: opt({ kind: "scalarMap" }),
    },
    leaked: {
      leaked: req({ kind: "const", value: true }),
      to: opt(ref("person")),
      channel: opt(ref("channel")),
    },
    onTeam: { onTeam: req(ref("person")) },
    after: { after: req(TIME) },
    before: { before: req(TIME) },
  },
};

/** The AttackerEffect union of src/engine/scenario.ts: single-key mappings. */
export const EFFECT: Shape = {
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
};
