import { type Diagnostic, diagnostic } from "../content/diagnostic";
import { MAX_SOURCE_BYTES, MAX_SOURCE_CHARS } from "../content/parseContentYaml";
import { readCapped } from "./readCapped";

/** A scenario or play file's text, or the diagnostic saying why it cannot be read (too large: read no further). */
export function readContentSource(path: string): string | Diagnostic {
  const read = readCapped(path, MAX_SOURCE_BYTES);
  if (read.ok) return read.text;
  return read.tooLarge
    ? diagnostic(
        "HW0005",
        `the file is larger than ${MAX_SOURCE_BYTES} bytes; the limit is ${MAX_SOURCE_CHARS} characters`,
        path,
        1,
        1,
      )
    : diagnostic("HW0012", `cannot read the file: ${read.reason}`, path, 1, 1);
}
