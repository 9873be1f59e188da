import { RULES } from "../../scoring/rules/registry";

const TITLES: ReadonlyMap<string, string> = new Map(RULES.map((rule) => [rule.id, rule.title]));

/** The rubric rule's title from the scoring registry; an unknown id reads as `Containment: stop first`. */
export function ruleTitle(rule: string): string {
  const known = TITLES.get(rule);
  if (known !== undefined) return known;
  const [dimension, ...rest] = rule.split(".");
  const name = rest.join(".").replace(/-/g, " ");
  const head = (dimension ?? "").charAt(0).toUpperCase() + (dimension ?? "").slice(1);
  return name ? `${head}: ${name}` : head;
}
