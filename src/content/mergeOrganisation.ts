import type { OrganisationProfile } from "../engine/organisation";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function merge(base: unknown, override: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(override)) return override === undefined ? base : override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) merged[key] = merge(base[key], value);
  return merged;
}

/** The base profile with a scenario's overrides merged over it: objects merge key by key, arrays replace. */
export function mergeOrganisation(
  base: OrganisationProfile,
  overrides: Record<string, unknown>,
): OrganisationProfile {
  return structuredClone(merge(base, overrides)) as OrganisationProfile;
}
