import type { Condition } from "../../engine/condition";
import { formatSimTime } from "../../engine/time";

/** A condition in words (`ci-aws-deploy was still active`), naming things through `name`. */
export function describeCondition(condition: Condition, name: (id: string) => string): string {
  const is = (value: string | string[]) => (Array.isArray(value) ? value.join(" or ") : value);
  if ("all" in condition)
    return joinAll(
      condition.all.map((part) => describeCondition(part, name)),
      "and",
    );
  if ("any" in condition)
    return joinAll(
      condition.any.map((part) => describeCondition(part, name)),
      "or",
    );
  if ("not" in condition) return `not (${describeCondition(condition.not, name)})`;
  if ("instance" in condition) return `${name(condition.instance)} is ${is(condition.is)}`;
  if ("imaged" in condition)
    return `${name(condition.imaged)} has been imaged${condition.offsite ? " read-only off-site" : ""}`;
  if ("credential" in condition) return `${name(condition.credential)} is ${is(condition.is)}`;
  if ("codePath" in condition) return `${name(condition.codePath)} is ${condition.is}`;
  if ("service" in condition) return `${name(condition.service)} is ${condition.is.replace("-", " ")}`;
  if ("provider" in condition) return `${name(condition.provider)} is ${condition.is}`;
  if ("autoscalingGroup" in condition) return `${name(condition.autoscalingGroup)} is ${condition.is}`;
  if ("logSource" in condition) return `${name(condition.logSource)} is ${condition.is}`;
  if ("foothold" in condition) return `the foothold (${name(condition.foothold)}) is ${condition.is}`;
  if ("fact" in condition) return `${name(condition.fact)} is ${condition.is}`;
  if ("flag" in condition) return name(condition.flag);
  if ("attackerStep" in condition) return `${name(condition.attackerStep)} was ${condition.is}`;
  if ("inject" in condition) return `${name(condition.inject)} was ${condition.is}`;
  if ("action" in condition)
    return `someone did “${name(condition.action)}”${condition.target ? ` on ${name(condition.target)}` : ""}`;
  if ("leaked" in condition)
    return `word of the incident reached ${condition.to ? name(condition.to) : "outsiders"}${condition.channel ? ` by ${name(condition.channel)}` : ""}`;
  if ("onTeam" in condition) return `${name(condition.onTeam)} is on the response team`;
  if ("impact" in condition) return `the business impact “${name(condition.impact)}” is ${is(condition.is)}`;
  if ("after" in condition) return `it is ${formatSimTime(condition.after)} or later`;
  return `it is before ${formatSimTime(condition.before)}`;
}

function joinAll(parts: readonly string[], word: string): string {
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} ${word} ${parts.at(-1)}`;
}

/**
 * A reason the engine wrote (`condition not met: {"credential":…}`) in words: `it needed ci-aws-deploy to be
 * active, and it no longer was`; other reasons come back unchanged.
 */
export function describeReason(reason: string, name: (id: string) => string): string {
  const match = /^condition not met: (\{.*\})$/.exec(reason);
  if (!match) return reason;
  try {
    const condition = JSON.parse(match[1] as string) as Condition;
    return `It needed ${describeCondition(condition, name)}, and that no longer held.`;
  } catch {
    return "Its condition no longer held.";
  }
}
