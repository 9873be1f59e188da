import type { Node as YamlNode } from "yaml";
import { didYouMean } from "../didYouMean";
import type { RefKind } from "../shape/shape";
import { type IdDefinition, type IdReference, type ShapeReader, withArticle } from "../shapeReader";

/** Ids known per kind (what references may point at). */
export type IdIndex = Map<RefKind, Set<string>>;

const KIND_NAMES: Record<RefKind, string> = {
  person: "person",
  channel: "channel",
  zone: "zone",
  instance: "instance",
  autoscalingGroup: "autoscaling group",
  service: "service",
  codePath: "code path",
  dataStore: "data store",
  credential: "credential",
  provider: "provider",
  logSource: "log source",
  foothold: "foothold",
  fact: "fact",
  inject: "inject",
  attackerStep: "attacker step",
  flag: "flag",
  module: "module",
  businessService: "business service",
  impact: "business impact",
};

/** The name of a kind for messages, e.g. `log source`. */
export function kindName(kind: RefKind): string {
  return KIND_NAMES[kind];
}

/** Pseudo-channels that always exist: the players' room and voice call. */
export const PSEUDO_CHANNELS = ["room", "call"] as const;

/** Index of the ids defined (or declared) in a file, plus the pseudo-channels. */
export function indexDefinitions(definitions: readonly IdDefinition[]): IdIndex {
  const index: IdIndex = new Map();
  for (const kind of Object.keys(KIND_NAMES) as RefKind[]) index.set(kind, new Set());
  for (const channel of PSEUDO_CHANNELS) index.get("channel")?.add(channel);
  for (const definition of definitions) {
    if (definition.kind in KIND_NAMES) index.get(definition.kind as RefKind)?.add(definition.id);
  }
  return index;
}

/** Reports ids defined twice within their kind (and scope) with HW0030. */
export function checkDuplicates(reader: ShapeReader): void {
  const seen = new Map<string, YamlNode>();
  for (const definition of reader.definitions) {
    if (!definition.owned) continue;
    const key = `${definition.kind}|${definition.scope}|${definition.id}`;
    const first = seen.get(key);
    if (first) {
      const { line } = reader.positionOf(first);
      const kind = definition.kind in KIND_NAMES ? kindName(definition.kind as RefKind) : definition.kind;
      reader.report(
        "HW0030",
        `duplicate ${kind} id "${definition.id}" (first defined on line ${line})`,
        definition.node,
      );
    } else {
      seen.set(key, definition.node);
    }
  }
}

/**
 * Reports references that name nothing (HW0031) or something of another kind (HW0032). Work stays linear in
 * the references: the ids a suggestion is chosen from are listed once per set of kinds, and suggestions draw
 * on the file's budget.
 */
export function checkReferences(
  reader: ShapeReader,
  references: readonly IdReference[],
  index: IdIndex,
): void {
  const allKinds = [...index.keys()];
  const candidatesByKinds = new Map<string, string[]>();
  const candidatesOf = (kinds: readonly RefKind[]): string[] => {
    const key = kinds.join("|");
    let candidates = candidatesByKinds.get(key);
    if (!candidates) {
      candidates = kinds.flatMap((kind) => [...(index.get(kind) ?? [])]);
      candidatesByKinds.set(key, candidates);
    }
    return candidates;
  };
  for (const reference of references) {
    const kinds = reference.kinds === "any" ? allKinds : reference.kinds;
    if (kinds.some((kind) => index.get(kind)?.has(reference.id))) continue;
    const wanted = kinds.map(kindName).join(" or ");
    const other = allKinds.find((kind) => index.get(kind)?.has(reference.id));
    if (other) {
      reader.report(
        "HW0032",
        `"${reference.id}" is ${withArticle(kindName(other))}, not ${withArticle(wanted)}`,
        reference.node,
      );
      continue;
    }
    reader.report(
      "HW0031",
      `unknown ${wanted} "${reference.id.slice(0, 80)}"${didYouMean(reference.id, candidatesOf(kinds), reader.suggestions)}`,
      reference.node,
    );
  }
}
