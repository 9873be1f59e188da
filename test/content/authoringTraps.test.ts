import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compilePlay } from "../../src/content/compilePlay";
import { compileScenario } from "../../src/content/compileScenario";
import { RULES_HONOURING_FLAGS } from "../../src/engine/rubricRuleIds";
import { fixtureLookup, VALID } from "./support/fixtures";

const SCENARIO = readFileSync(join(VALID, "quiet-pipeline.yaml"), "utf8");

/** The valid fixture with `find` replaced by `replace` (which must be there), compiled; its diagnostics as text. */
function scenarioWith(find: string, replace: string): string[] {
  expect(SCENARIO).toContain(find);
  const result = compileScenario(SCENARIO.replace(find, replace), "quiet-pipeline.yaml");
  return result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.severity} ${d.message}`);
}

function playWith(steps: string[]): string[] {
  const source = [
    "# yaml-language-server: $schema=./play.schema.json",
    "formatVersion: 1",
    "scenario: quiet-pipeline",
    "name: traps",
    "steps:",
    ...steps,
  ].join("\n");
  return compilePlay(source, "quiet-pipeline.traps.play.yaml", fixtureLookup).diagnostics.map(
    (d) => `${d.line}:${d.col} ${d.code} ${d.severity} ${d.message}`,
  );
}

describe("check-time warnings for the traps authors fell into", () => {
  it("warns when a critical task is listed twice, and not when each is listed once", () => {
    const par = "par:\n";
    expect(
      scenarioWith(par, "criticalTasks: [incident-commander, no-tip-off, incident-commander]\npar:\n").filter(
        (line) => line.includes("HW0088"),
      ),
    ).toEqual([
      '184:49 HW0088 warning critical task "incident-commander" is listed twice; it is judged, and costs, once',
    ]);
    expect(
      scenarioWith(par, "criticalTasks: [incident-commander, no-tip-off]\npar:\n").filter((line) =>
        line.includes("HW0088"),
      ),
    ).toEqual([]);
  });

  it("warns when flags.violates names a rule that does not read it, and not for one that does", () => {
    const flag = "    description: The IC is paged and the room exists.";
    expect(scenarioWith(flag, `${flag}\n    violates: [privacy.no-sms]`)).toEqual([
      `179:16 HW0084 warning flag "team-ready" violates privacy.no-sms, but that rule does not read flags.violates, so setting the flag changes nothing (rules that do: ${RULES_HONOURING_FLAGS.join(", ")})`,
    ]);
    expect(scenarioWith(flag, `${flag}\n    violates: [containment.no-tip-off]`)).toEqual([]);
  });

  it("warns when an unquoted # starts a comment inside a value, and not for a quoted one or a spaced comment", () => {
    expect(
      scenarioWith("body: The cache bucket egress spiked.", "body: Ticket #4412 says egress spiked."),
    ).toEqual([
      '160:11 HW0085 warning this value ends at "Ticket": ` #4412` starts a YAML comment; quote the whole value',
    ]);
    expect(scenarioWith('name: "#eng-ops"', "name: #eng-ops")[0]).toMatch(
      /^\d+:\d+ HW0085 warning "name" is empty: ` #eng-ops` starts a YAML comment; write "#eng-ops…" in quotes$/,
    );
    expect(
      scenarioWith("body: The cache bucket egress spiked.", 'body: "Ticket #4412 says egress spiked."'),
    ).toEqual([]);
    expect(
      scenarioWith(
        "body: The cache bucket egress spiked.",
        "body: The cache bucket egress spiked.   # a comment",
      ),
    ).toEqual([]);
  });

  it("warns when a comma cuts a value inside […] or {…}, and not for a comma that separates items", () => {
    const questions = "questions: [Who owns the runner?]";
    expect(scenarioWith(questions, "questions: [Who told all 18,400 users?]")).toEqual([
      expect.stringMatching(
        /^\d+:\d+ HW0085 warning this value ends at "Who told all 18": the comma in "18,400" splits it inside \[…\] or \{…\}; quote the whole value$/,
      ),
    ]);
    expect(scenarioWith(questions, "questions: [Who owns the runner?, Who pays?]")).toEqual([]);
    expect(scenarioWith(questions, 'questions: ["Who told all 18,400 users?"]')).toEqual([]);
  });

  it("warns when a contact's kind does not fit the person, and not when it does", () => {
    expect(playWith(["  - { at: T+0:10, do: contact, party: reporter, kind: law-enforcement }"])).toEqual([
      '6:55 HW0087 warning "reporter" is a journalist contact, not law-enforcement: scoring counts this as contacting a journalist',
    ]);
    expect(playWith(["  - { at: T+0:10, do: contact, party: sam, kind: insurer }"])).toEqual([
      '6:50 HW0087 warning "sam" has no contactKind, so contacting them as insurer earns no outreach credit; give them `contactKind: insurer` in the scenario, or contact a person whose contactKind is insurer',
    ]);
    expect(playWith(["  - { at: T+0:10, do: contact, party: reporter, kind: journalist }"])).toEqual([]);
    expect(playWith(["  - { at: T+0:10, do: contact, party: reporter }"])).toEqual([]);
  });

  it("prints times in diagnostics as T+ clock times, never raw minutes", () => {
    expect(scenarioWith("horizon: T+2d", "horizon: T+2d\n# moved\n")).toEqual([]);
    const late = scenarioWith(
      "    at: T+3h\n    when: { flag: cache-stolen }",
      "    at: T+3d\n    when: { flag: cache-stolen }",
    );
    expect(late).toEqual([
      expect.stringContaining('HW0053 error inject "press" at T+3d is after the horizon (T+2d)'),
    ]);
    expect(playWith(["  - { at: T+0:10, do: page-ic }", "  - { at: T+0:05, do: note, text: x }"])).toEqual([
      "7:11 HW0050 error step 2 at T+0:05 comes before the step above it (T+0:10); keep steps in time order",
    ]);
  });
});
