/** Orders two ids by UTF-16 code units: the same order in every runtime and locale (localeCompare is not). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
