import { closeSync, fstatSync, openSync, readSync } from "node:fs";

export type CappedRead = { ok: true; text: string } | { ok: false; reason: string; tooLarge: boolean };

/**
 * Reads a file as UTF-8 text, but never more than `maxBytes`: a larger file, or an endless one such as
 * /dev/zero, is refused after reading one byte past the cap. Never throws.
 */
export function readCapped(path: string, maxBytes: number): CappedRead {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch (error) {
    return { ok: false, reason: readProblem(error), tooLarge: false };
  }
  try {
    if (fstatSync(fd).isDirectory()) return { ok: false, reason: "it is a folder", tooLarge: false };
    const buffer = Buffer.allocUnsafe(maxBytes + 1);
    let filled = 0;
    while (filled < buffer.length) {
      const read = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    if (filled > maxBytes)
      return { ok: false, reason: `it is larger than ${maxBytes} bytes, the limit`, tooLarge: true };
    return { ok: true, text: buffer.subarray(0, filled).toString("utf8") };
  } catch (error) {
    return { ok: false, reason: readProblem(error), tooLarge: false };
  } finally {
    closeSync(fd);
  }
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "it is a folder";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return error instanceof Error ? error.message : String(error);
}
