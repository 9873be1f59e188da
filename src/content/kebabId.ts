/** The id syntax of every scenario thing, scenario and play: lower-case letters and digits joined by single hyphens. */
export const KEBAB_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Whether the text is a kebab-case id (and so can never be a path: no dots, no slashes). */
export function isKebabId(text: string): boolean {
  return KEBAB_ID.test(text);
}
