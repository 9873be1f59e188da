/** A readable title for a rule id: `containment.stop-first` → "Containment: stop first". */
export function ruleTitle(rule: string): string {
  const [dimension, ...rest] = rule.split(".");
  const name = rest.join(".").replace(/-/g, " ");
  const head = (dimension ?? "").charAt(0).toUpperCase() + (dimension ?? "").slice(1);
  return name ? `${head}: ${name}` : head;
}
