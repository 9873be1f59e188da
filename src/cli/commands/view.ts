import { replay } from "../../engine/headless/replay";
import type { DrillInput } from "../../engine/log";
import { parseTypedSimTime } from "../../engine/simTime";
import { formatSimTime } from "../../engine/time";
import { promptFor } from "../../facilitator/display/displayPrompt";
import { projectTeamDisplay } from "../../facilitator/display/teamDisplayProjection";
import { type Command, UsageError } from "../command";
import { displayViewText, playerViewText } from "../viewText";
import { ContentError, loadPlay, loadScenario, parseOptions } from "./drillFiles";

const USAGE = `Usage: hotwash view <scenario> [--script <play.yaml>] [--at T+h:mm] [--audience player|display] [--format text|json]

Shows what an audience sees of a drill at one moment: the player view (the ops room) or the team display
(the projector). It replays the play's steps up to --at (none without --script), then runs the clock to --at,
so authors can check that nothing the attacker made and nothing still to come shows before it should.

Options:
  --script <file>     a play script whose steps up to --at are played first
  --at <time>         the moment to show: T+0:01, T+1d 6h, or a date and time in the scenario's zone
                      (default: the end of the play's steps, or T+0 without a script)
  --audience <a>      player (default) or display
  --format <f>        text (default) or json (the projection itself)
  --seed <seed>       the seed (default: the play's seed, else "1")
  -h, --help          show this help`;

const AUDIENCES = ["player", "display"] as const;
const FORMATS = ["text", "json"] as const;

function oneOf<T extends string>(
  value: string | undefined,
  choices: readonly T[],
  fallback: T,
  what: string,
): T {
  if (value === undefined) return fallback;
  if (!(choices as readonly string[]).includes(value))
    throw new UsageError(`unknown ${what} ${value}; use ${choices.join(" or ")}`);
  return value as T;
}

/** `hotwash view`: the player view or the team display of a scenario at one moment, as text or JSON. */
export const view: Command = {
  name: "view",
  summary: "show what players or the team display see of a drill at one moment",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(
      args,
      ["script", "at", "audience", "format", "seed"],
      "view",
    );
    const [reference] = positional;
    if (!reference || positional.length > 1)
      throw new UsageError("give one scenario; run hotwash view --help");
    const audience = oneOf(options.audience, AUDIENCES, "player", "audience");
    const format = oneOf(options.format, FORMATS, "text", "format");
    try {
      const scenario = loadScenario(reference, io.cwd);
      const play = options.script === undefined ? undefined : loadPlay(options.script, io.cwd, scenario);
      if (play && play.scenario !== scenario.id)
        throw new UsageError(`the play is for scenario ${play.scenario}, not ${scenario.id}`);
      const steps: readonly DrillInput[] = play?.inputs ?? [];
      const at =
        options.at === undefined ? (steps.at(-1)?.at ?? 0) : parseTypedSimTime(options.at, scenario.start);
      if (at === undefined)
        throw new UsageError(`--at ${options.at} is not a time; write T+0:01, T+1d 6h or 2026-11-17 09:01`);
      if (at < 0 || at > scenario.horizon)
        throw new UsageError(`--at must lie between T+0 and the horizon ${formatSimTime(scenario.horizon)}`);
      const inputs = [
        ...steps.filter((input) => input.at <= at),
        { at, intent: { type: "clock.advance" as const } },
      ];
      const result = replay(scenario, options.seed ?? play?.seed ?? "1", inputs);
      if (audience === "player") {
        if (format === "json") io.out(JSON.stringify(result.view, null, 2));
        else for (const line of playerViewText(result.view)) io.out(line);
        return 0;
      }
      const prompt = promptFor(result.view);
      const display = projectTeamDisplay(result.view, prompt ? { roster: [], prompt } : { roster: [] });
      if (format === "json") io.out(JSON.stringify(display, null, 2));
      else for (const line of displayViewText(display)) io.out(line);
      return 0;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
  },
};
