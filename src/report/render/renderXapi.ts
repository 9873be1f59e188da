import { sha256Hex } from "../../engine/sha256";
import type { AfterActionReport } from "../afterActionReport";

const VERBS = {
  completed: "http://adlnet.gov/expapi/verbs/completed",
  passed: "http://adlnet.gov/expapi/verbs/passed",
  failed: "http://adlnet.gov/expapi/verbs/failed",
} as const;
const ACTIVITY_TYPE = {
  exercise: "http://adlnet.gov/expapi/activities/simulation",
  objective: "http://adlnet.gov/expapi/activities/objective",
  task: "http://adlnet.gov/expapi/activities/performance",
} as const;
const HOME_PAGE = "urn:hotwash:participants";
const EXTENSION = "urn:hotwash:xapi:extension";

interface Statement {
  id: string;
  actor: { objectType: "Agent"; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: { "en-US": string } };
  object: {
    objectType: "Activity";
    id: string;
    definition: { type: string; name: { "en-US": string }; description?: { "en-US": string } };
  };
  result: Record<string, unknown>;
  context: Record<string, unknown>;
  timestamp: string;
  version: "1.0.3";
}

/** A UUID (version 5 layout) derived from `seed`, so the same drill always gives the same statement ids. */
function stableUuid(seed: string): string {
  const hex = sha256Hex(seed);
  const variant = ((Number.parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function passed(rating: string | null): boolean {
  return rating === "P" || rating === "S";
}

/**
 * The drill as xAPI 1.0.3 statements (plain JSON, sent nowhere): per participant, the exercise completed with
 * its scaled score and HSEEP rating, each objective passed or failed, and each critical task passed or failed.
 * Ids and timestamps derive from the drill, so the same drill gives the same statements.
 */
export function renderXapi(report: AfterActionReport): string {
  const o = report.overview;
  const exerciseId = `urn:hotwash:scenario:${o.scenario.id}`;
  const registration = stableUuid(`registration|${o.logHash}`);
  const timestamp = o.start ? isoAfter(o.start.iso, o.ended.at) : "1970-01-01T00:00:00Z";
  const people =
    o.participants.length === 0
      ? [{ name: "Solo player", account: "solo-player" }]
      : o.participants.map((person) => ({ name: person.name, account: `${person.role}:${person.name}` }));
  const context = {
    registration,
    platform: "Hotwash",
    language: "en-US",
    contextActivities: { parent: [{ objectType: "Activity", id: exerciseId }] },
    extensions: {
      [`${EXTENSION}/seed`]: o.seed,
      [`${EXTENSION}/content-hash`]: o.scenario.contentHash,
      [`${EXTENSION}/log-hash`]: o.logHash,
      [`${EXTENSION}/mode`]: o.mode,
    },
  };
  const statements: Statement[] = [];
  for (const person of people) {
    const actor = {
      objectType: "Agent" as const,
      name: person.name,
      account: { homePage: HOME_PAGE, name: person.account },
    };
    const statement = (
      key: string,
      verb: keyof typeof VERBS,
      object: Statement["object"],
      result: Record<string, unknown>,
    ): Statement => ({
      id: stableUuid(`${registration}|${person.account}|${key}`),
      actor,
      verb: { id: VERBS[verb], display: { "en-US": verb } },
      object,
      result,
      context,
      timestamp,
      version: "1.0.3",
    });
    statements.push(
      statement(
        "exercise",
        "completed",
        {
          objectType: "Activity",
          id: exerciseId,
          definition: {
            type: ACTIVITY_TYPE.exercise,
            name: { "en-US": o.scenario.title },
            description: {
              "en-US": `${o.organisation} incident response exercise (${o.scenario.difficulty})`,
            },
          },
        },
        {
          completion: true,
          success: passed(report.score.rating),
          score: {
            scaled: Math.round(report.score.total * 10) / 1000,
            raw: report.score.total,
            min: 0,
            max: 100,
          },
          extensions: { [`${EXTENSION}/hseep-rating`]: report.score.rating },
        },
      ),
    );
    for (const objective of report.objectives)
      statements.push(
        statement(
          `objective-${objective.number}`,
          passed(objective.rating) ? "passed" : "failed",
          {
            objectType: "Activity",
            id: `${exerciseId}:objective:${objective.number}`,
            definition: { type: ACTIVITY_TYPE.objective, name: { "en-US": objective.text } },
          },
          {
            success: passed(objective.rating),
            ...(objective.score === null
              ? {}
              : {
                  score: {
                    scaled: Math.round(objective.score * 10) / 1000,
                    raw: objective.score,
                    min: 0,
                    max: 100,
                  },
                }),
            extensions: { [`${EXTENSION}/hseep-rating`]: objective.rating ?? "n/a" },
          },
        ),
      );
    for (const task of report.score.criticalTasks)
      statements.push(
        statement(
          `task-${task.id}`,
          task.failed ? "failed" : "passed",
          {
            objectType: "Activity",
            id: `${exerciseId}:critical-task:${task.id}`,
            definition: { type: ACTIVITY_TYPE.task, name: { "en-US": task.title } },
          },
          { success: !task.failed },
        ),
      );
  }
  return `${JSON.stringify(statements, null, 2)}\n`;
}

function isoAfter(startIso: string, minutes: number): string {
  return new Date(Date.parse(startIso) + minutes * 60_000).toISOString().replace(".000Z", "Z");
}
