import { type Document, isScalar, type LineCounter, visit } from "yaml";
import { type Diagnostic, diagnostic } from "./diagnostic";

/** No mapping in a scenario or play comes near this; a larger one is a hostile or generated file. */
export const MAX_KEYS_PER_MAPPING = 1000;

/**
 * Duplicate keys (HW0002) and mappings with more than MAX_KEYS_PER_MAPPING keys (HW0005), in one pass over the
 * document. why: the YAML parser's own duplicate check compares each key with every earlier one, so a mapping of
 * 70,000 keys takes it minutes; a set per mapping takes milliseconds.
 */
export function checkMappingKeys(doc: Document, lineCounter: LineCounter, file: string): Diagnostic[] {
  const found: Diagnostic[] = [];
  const at = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
  visit(doc, {
    Map(_, map) {
      if (map.items.length > MAX_KEYS_PER_MAPPING) {
        const { line, col } = at(map.range?.[0]);
        found.push(
          diagnostic(
            "HW0005",
            `this mapping has ${map.items.length} keys; the limit is ${MAX_KEYS_PER_MAPPING}`,
            file,
            line,
            col,
          ),
        );
        return visit.SKIP;
      }
      const seen = new Set<unknown>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        if (seen.has(pair.key.value)) {
          const { line, col } = at(pair.key.range?.[0]);
          found.push(
            diagnostic("HW0002", "duplicate key: this mapping already has this key", file, line, col),
          );
        }
        seen.add(pair.key.value);
      }
      return undefined;
    },
  });
  return found;
}
