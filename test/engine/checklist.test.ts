import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CHECKLIST } from "../../src/engine/checklist";

const TEXT = readFileSync(join(import.meta.dirname, "../../docs/security-incident-checklist.txt"), "utf8");
const flat = (text: string) => text.replace(/\s+/g, " ");

describe("the checklist as data", () => {
  it.each(CHECKLIST.map((step) => [step.id, step] as const))(
    "%s lines quote the project's copy of the checklist word for word",
    (_id, step) => {
      for (const line of step.lines) expect(flat(TEXT)).toContain(flat(line));
    },
  );
});
