import { describe, expect, it } from "vitest";
import { buildReport } from "../../../src/report/buildReport";
import { renderXapi } from "../../../src/report/render/renderXapi";
import { miniDrill, PLAIN_TEXT } from "../fixtures/drill";

describe("renderXapi", () => {
  const report = buildReport(miniDrill());
  const statements = JSON.parse(renderXapi(report));

  it("gives each participant a completed exercise with the scaled score and the HSEEP rating", () => {
    const completed = statements.filter(
      (statement: { verb: { id: string } }) =>
        statement.verb.id === "http://adlnet.gov/expapi/verbs/completed",
    );
    expect(completed.map((statement: { actor: { name: string } }) => statement.actor.name)).toEqual(
      PLAIN_TEXT.participants,
    );
    expect(completed[0]).toMatchObject({
      version: "1.0.3",
      object: {
        id: "urn:hotwash:scenario:mini-keys",
        definition: { name: { "en-US": "Borrowed Keys (mini)" } },
      },
      result: { completion: true, success: false, score: { scaled: 0.475, raw: 47.5, min: 0, max: 100 } },
      context: {
        registration: expect.stringMatching(
          /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
        ),
      },
    });
  });

  it("passes or fails every objective and critical task, per participant", () => {
    const perPerson = 1 + report.objectives.length + report.score.criticalTasks.length;
    expect(statements.length).toBe(PLAIN_TEXT.participants.length * perPerson);
    const verbs = new Set(
      statements.map(
        (statement: { verb: { display: { "en-US": string } } }) => statement.verb.display["en-US"],
      ),
    );
    expect([...verbs].every((verb) => ["completed", "passed", "failed"].includes(verb as string))).toBe(true);
  });

  it("is plain JSON with stable ids: the same drill gives the same statements, distinct ids", () => {
    expect(renderXapi(buildReport(miniDrill()))).toBe(renderXapi(report));
    const ids = statements.map((statement: { id: string }) => statement.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
