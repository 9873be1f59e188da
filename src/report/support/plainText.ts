import { ACTION_CATALOG } from "../../engine/actions";
import type { ScenarioDefinition } from "../../engine/scenario";
import { parseSimTime } from "../../engine/simTime";
import type { SimMinutes } from "../../engine/time";
import { RULES } from "../../scoring/rules/registry";

/** The readable name of every id a scenario or the rubric can put into a sentence. */
export function readableNames(scenario: ScenarioDefinition): Map<string, string> {
  const names = new Map<string, string>();
  const world = scenario.world;
  const add = (id: string, name: string) => {
    if (!names.has(id)) names.set(id, name);
  };
  for (const list of [
    world.instances,
    world.credentials,
    world.people,
    world.channels,
    world.services,
    world.providers,
    world.logSources,
    world.dataStores,
    world.autoscalingGroups,
    world.services.flatMap((service) => service.codePaths),
  ])
    for (const item of list as { id: string; name: string }[]) add(item.id, item.name);
  for (const instance of world.instances)
    instance.disks.forEach((disk, index) => {
      add(disk, `${instance.name} disk ${index + 1}`);
      add(`${instance.id}/${disk}`, `${instance.name} disk ${index + 1}`);
    });
  for (const foothold of world.footholds) add(foothold.id, lowerFirst(foothold.description));
  for (const fact of scenario.facts) add(fact.id, `“${shortText(fact.text)}”`);
  for (const service of scenario.business?.services ?? []) add(service.id, service.name);
  for (const impact of scenario.business?.impacts ?? []) add(impact.id, shortText(impact.text));
  for (const step of scenario.attacker) add(step.id, `“${step.title}”`);
  for (const inject of scenario.injects) add(inject.id, inject.subject ? `“${inject.subject}”` : "a message");
  for (const flag of scenario.flags) add(flag.id, lowerFirst(flag.description));
  for (const module of scenario.modules) add(module.id, module.title);
  for (const role of scenario.organisation.roles) add(role.id, role.title);
  for (const [type, entry] of ACTION_CATALOG) add(type, lowerFirst(entry.label));
  for (const rule of RULES) add(rule.id, `“${rule.title}”`);
  return names;
}

const SIM_TIME = /\bT[+-]\d+(?:d(?: \d{1,2}:\d{2}| \d+h)?|h|m|:\d{2}|(?![\d:]))/g;
const PLURAL = /\b(\d+|[Aa]ll \d+) ([A-Za-z-]+(?: [a-z-]+)?)\((s|es)\)/g;

/**
 * Rewrites a generated sentence for people: ids become names, exercise-clock times become `wallClock` times, and
 * `3 fact(s)` becomes `3 facts`. Text people typed never goes through this.
 */
export function plainText(
  text: string,
  names: ReadonlyMap<string, string>,
  wallClock: (at: SimMinutes) => string,
  pattern: RegExp = idPattern(names),
): string {
  return text
    .replace(pattern, (id) => names.get(id) ?? id)
    .replace(SIM_TIME, (token) => {
      const at = parseSimTime(token);
      return at === undefined ? token : wallClock(at);
    })
    .replace(PLURAL, (_match, count: string, noun: string, suffix: string) => {
      const number = Number(count.replace(/\D/g, ""));
      return `${count} ${noun}${number === 1 ? "" : suffix}`;
    })
    .replace(/[“"]([^”"]+)[”"] [“"]\1[”"]/g, "“$1”");
}

/** One regular expression matching any id of `names` as a whole word (not inside a #channel or a longer id). */
export function idPattern(names: ReadonlyMap<string, string>): RegExp {
  const ids = [...names.keys()]
    .filter((id) => /[-./\d]/.test(id))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((id) => id.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
  if (ids.length === 0) return /$^/g;
  return new RegExp(`(?<![#\\w.@/-])(?:${ids.join("|")})(?![\\w/-]|\\.\\w)`, "g");
}

/** The first sentence of a fact, cut before a bare clock time (its day is only in the full text). */
function shortText(text: string): string {
  const sentence = text.split(/(?<=\.)\s/)[0] ?? text;
  const clock = /(?<!T[+-][\dd ]*)\b\d{1,2}:\d{2}\b/.exec(sentence);
  const first =
    clock && clock.index >= 8 ? `${sentence.slice(0, clock.index).replace(/\s+\S*\s*$/, "")}…` : sentence;
  const trimmed = first.replace(/\.$/, "");
  return trimmed.length <= 90 ? trimmed : `${trimmed.slice(0, 87).replace(/\s+\S*$/, "")}…`;
}

function lowerFirst(text: string): string {
  return /^[A-Z][a-z]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}
