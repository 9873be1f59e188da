import {
  type Document,
  isMap,
  isPair,
  isScalar,
  isSeq,
  type Scalar,
  visit,
  type Node as YamlNode,
} from "yaml";

/** A place where YAML read less of a value than the author wrote, and what to say about it. */
export interface TruncatedValue {
  node: YamlNode;
  message: string;
}

const shown = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

/**
 * Unquoted values YAML silently cut short: a plain value followed on its line by ` #word` (a comment, where the
 * author meant `#eng-ops` or `#42`), an empty value whose line goes on with ` #word`, and inside `[…]`/`{…}` a
 * plain value followed by a comma with no space (`all 18,400 users` reads as `all 18` and `400 users`) or a
 * `, words` read as a key of its own.
 */
export function truncatedValues(doc: Document, source: string): TruncatedValue[] {
  const found: TruncatedValue[] = [];
  const restOfLine = (offset: number) => {
    const end = source.indexOf("\n", offset);
    return source.slice(offset, end === -1 ? source.length : end);
  };
  visit(doc, {
    Pair(_key, pair, path) {
      const parent = path[path.length - 1];
      const key = pair.key;
      if (!isScalar(key) || !key.range) return;
      const value = pair.value;
      const empty = value === null || (isScalar(value) && value.value === null && value.source === "");
      if (!empty) return;
      const afterKey = restOfLine(key.range[1]);
      const comment = /^\s*:\s+#(\S+)/.exec(afterKey);
      if (comment)
        found.push({
          node: key as YamlNode,
          message: `"${String(key.value)}" is empty: \` #${shown(comment[1] ?? "")}\` starts a YAML comment; write "#${shown(comment[1] ?? "")}…" in quotes`,
        });
      else if (
        isMap(parent) &&
        parent.flow &&
        typeof key.value === "string" &&
        / /.test(key.value) &&
        !afterKey.trimStart().startsWith(":")
      )
        found.push({
          node: key as YamlNode,
          message: `", ${shown(key.value)}" was read as a key of its own: a comma ends a value inside {…}; quote the value before it`,
        });
    },
    Scalar(_key, node: Scalar, path) {
      if (node.type !== "PLAIN" || !node.range || typeof node.value !== "string") return;
      const after = restOfLine(node.range[1]);
      const comment = /^[ \t]+#(\S+)/.exec(after);
      if (comment) {
        found.push({
          node: node as YamlNode,
          message: `this value ends at "${shown(node.value)}": \` #${shown(comment[1] ?? "")}\` starts a YAML comment; quote the whole value`,
        });
        return;
      }
      const parent = path[path.length - 1];
      const collection = isPair(parent) ? path[path.length - 2] : parent;
      const inFlow = (isSeq(collection) || isMap(collection)) && collection.flow === true;
      const comma = /^,(\S+)/.exec(after);
      if (inFlow && comma && !/^[\]}]/.test(comma[1] ?? ""))
        found.push({
          node: node as YamlNode,
          message: `this value ends at "${shown(node.value)}": the comma in "${shown(`${node.value.split(" ").pop()},${comma[1]}`)}" splits it inside […] or {…}; quote the whole value`,
        });
    },
  });
  return found;
}
