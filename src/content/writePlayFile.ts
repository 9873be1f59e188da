import { stringify } from "yaml";
import type { DrillInput } from "../engine/log";
import { formatSimTime } from "../engine/time";
import { CONTROL_FORMS, PLAYER_ACTION_FORMS } from "./shape/actionShape";
import type { Fields } from "./shape/shape";

const FORMS: Record<string, Fields> = { ...PLAYER_ACTION_FORMS, ...CONTROL_FORMS };

/** What a play file is written from: a drill's scenario, seed and inputs, and the name to give the play. */
export interface PlaySource {
  scenario: string;
  name: string;
  description: string;
  seed: string;
  inputs: readonly DrillInput[];
}

/** One input as a play step, or undefined for inputs a play has no step for (clock advances). */
function stepOf(input: DrillInput): Record<string, unknown> | undefined {
  const { type, ...fields } = input.intent as { type: string } & Record<string, unknown>;
  const form = FORMS[type];
  if (!form) return undefined;
  const step: Record<string, unknown> = { at: formatSimTime(input.at) };
  if (input.by !== undefined) step.by = input.by;
  if (input.actorName !== undefined) step.actorName = input.actorName;
  step.do = type;
  for (const [key, field] of Object.entries(form)) {
    const value = fields[key];
    if (value === undefined) continue;
    step[key] = field.shape.kind === "time" && typeof value === "number" ? formatSimTime(value) : value;
  }
  return step;
}

/**
 * A drill's inputs as a play script (`<scenario>.<name>.play.yaml`) that compiles and replays them: every player
 * action and facilitator control at its time, with every text quoted where YAML needs it; clock advances are left
 * out (a play's steps move the clock themselves, and `hotwash play` runs on to the horizon).
 */
export function writePlayFile(source: PlaySource): string {
  const steps = source.inputs.map(stepOf).filter((step) => step !== undefined);
  const body = stringify(
    {
      formatVersion: 1,
      scenario: source.scenario,
      name: source.name,
      description: source.description,
      seed: source.seed,
      steps,
    },
    { lineWidth: 0, defaultStringType: "PLAIN", defaultKeyType: "PLAIN" },
  );
  return [
    "# yaml-language-server: $schema=./play.schema.json",
    `# Exported from a drill: save as scenarios/${source.scenario}.${source.name}.play.yaml, add an expect: block,`,
    "# and hotwash test keeps the result from drifting.",
    body,
  ].join("\n");
}
