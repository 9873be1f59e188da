import { describe, expect, it } from "vitest";
import { compilePlay, type PlayLookup } from "../../src/content/compilePlay";
import { fixtureLookup } from "./support/fixtures";

const header = (name: string) => [
  "# yaml-language-server: $schema=./play.schema.json",
  "formatVersion: 1",
  "scenario: quiet-pipeline",
  `name: ${name}`,
];

const EXPERT = [
  ...header("expert"),
  'seed: "7"',
  "steps:",
  "  - { at: T+0:02, do: page-ic }",
  "  - { id: isolate-runner, at: T+0:05, do: isolate-instance, instance: runner-1 }",
  "  - { id: revoke-key, at: T+0:10, do: revoke-credential, credential: deploy-key }",
  "  - { id: image-runner, at: T+1:00, do: image-disk, instance: runner-1, readOnly: true, offsite: true }",
  "expect: { score: { min: 70 } }",
].join("\n");

/** Plays beside each other in memory, by name. */
function beside(plays: Record<string, string>): PlayLookup {
  return (scenario, name) =>
    plays[name] === undefined
      ? undefined
      : { source: plays[name] as string, file: `${scenario}.${name}.play.yaml` };
}

function compile(name: string, lines: string[], plays: Record<string, string> = { expert: EXPERT }) {
  const source = [...header(name), ...lines].join("\n");
  return compilePlay(
    source,
    `quiet-pipeline.${name}.play.yaml`,
    fixtureLookup,
    beside({ ...plays, [name]: source }),
  );
}

const where = (result: ReturnType<typeof compile>) =>
  result.diagnostics.map((d) => `${d.line}:${d.col} ${d.code} ${d.message}`);

describe("a play that extends another", () => {
  it("keeps the extended play's steps and seed, removes, replaces in place and adds by time", () => {
    const result = compile("terminate", [
      "extends: expert",
      "tests: evidence.no-terminate",
      "remove: [image-runner]",
      "steps:",
      "  - { at: T+0:03, do: set-codename, codename: quiet-heron }",
      "  - { at: T+0:05, replaces: isolate-runner, do: terminate-instance, instance: runner-1 }",
    ]);
    expect(where(result)).toEqual([]);
    if (!result.ok) return;
    expect(result.value.seed).toBe("7");
    expect(result.value.tests).toBe("evidence.no-terminate");
    expect(result.value.expect).toEqual({});
    expect(result.value.inputs.map((input) => `${input.at} ${input.intent.type}`)).toEqual([
      "2 page-ic",
      "3 set-codename",
      "5 terminate-instance",
      "10 revoke-credential",
    ]);
    expect(result.value.stepSources?.map((source) => `${source.file}:${source.line}`)).toEqual([
      "quiet-pipeline.expert.play.yaml:7",
      "quiet-pipeline.terminate.play.yaml:9",
      "quiet-pipeline.terminate.play.yaml:10",
      "quiet-pipeline.expert.play.yaml:9",
    ]);
  });

  it("moves a replacement to its own time, and lets its own seed win", () => {
    const result = compile("late-isolation", [
      "extends: expert",
      'seed: "3"',
      "steps:",
      "  - { at: T+0:30, replaces: isolate-runner, do: isolate-instance, instance: runner-1 }",
    ]);
    if (!result.ok) throw new Error(where(result).join("\n"));
    expect(result.value.seed).toBe("3");
    expect(result.value.inputs.map((input) => input.at)).toEqual([2, 10, 30, 60]);
  });

  it("extends a play that itself extends another", () => {
    const middle = [...header("no-image"), "extends: expert", "remove: [image-runner]"].join("\n");
    const result = compile("no-image-no-revoke", ["extends: no-image", "remove: [revoke-key]"], {
      expert: EXPERT,
      "no-image": middle,
    });
    if (!result.ok) throw new Error(where(result).join("\n"));
    expect(result.value.inputs.map((input) => input.intent.type)).toEqual(["page-ic", "isolate-instance"]);
  });

  it("names a missing extended play at extends: (HW0080)", () => {
    expect(where(compile("x", ["extends: expret"]))).toEqual([
      '5:10 HW0080 no play "expret" to extend (looked for quiet-pipeline.expret.play.yaml beside this play)',
    ]);
  });

  it("names an unknown step id at its place in remove: or replaces:, with a suggestion (HW0081)", () => {
    const result = compile("x", [
      "extends: expert",
      "remove: [image-runer]",
      "steps:",
      "  - { at: T+0:05, replaces: isolate-runnr, do: terminate-instance, instance: runner-1 }",
    ]);
    expect(where(result)).toEqual([
      '6:10 HW0081 the play "expert" has no step with id "image-runer" (did you mean "image-runner"?)',
      '8:29 HW0081 the play "expert" has no step with id "isolate-runnr" (did you mean "isolate-runner"?)',
    ]);
  });

  it("refuses plays that extend each other in a circle, and an extended play with errors (HW0082)", () => {
    const a = [...header("a"), "extends: b"].join("\n");
    const b = [...header("b"), "extends: a"].join("\n");
    expect(where(compile("a", ["extends: b"], { a, b }))[0]).toMatch(
      /^5:10 HW0082 the play "b" has errors; fix it first \(.*HW0082 plays extend each other in a circle: a → b → a\)$/,
    );
    const broken = [...header("expert"), "steps:", "  - { at: T+0:02, do: page-icc }"].join("\n");
    expect(where(compile("x", ["extends: expert"], { expert: broken }))[0]).toMatch(
      /^5:10 HW0082 the play "expert" has errors; fix it first \(quiet-pipeline\.expert\.play\.yaml:6:\d+ HW0040/,
    );
  });

  it("refuses remove:/replaces: without extends:, a step edited twice and duplicate step ids (HW0083)", () => {
    expect(
      where(
        compile("x", [
          "remove: [a]",
          "steps:",
          "  - { id: same, at: T+0:01, do: page-ic }",
          "  - { id: same, at: T+0:02, replaces: a, do: page-ic }",
        ]),
      ),
    ).toEqual([
      "5:9 HW0083 remove: needs extends: (the play whose steps it removes)",
      '8:11 HW0083 two steps have the id "same"; step ids are unique within a play',
      "8:39 HW0083 replaces: needs extends: at the top of the play (the play whose step it replaces)",
    ]);
    expect(
      where(
        compile("y", [
          "extends: expert",
          "remove: [revoke-key]",
          "steps:",
          "  - { at: T+0:10, replaces: revoke-key, do: rotate-credential, credential: deploy-key }",
        ]),
      ),
    ).toEqual(['8:29 HW0083 step "revoke-key" is removed or replaced twice']);
  });

  it("is HW0080 when the caller gives no way to read other plays", () => {
    const source = [...header("x"), "extends: expert"].join("\n");
    const result = compilePlay(source, "quiet-pipeline.x.play.yaml", fixtureLookup);
    expect(result.diagnostics.map((d) => d.code)).toEqual(["HW0080"]);
  });
});
