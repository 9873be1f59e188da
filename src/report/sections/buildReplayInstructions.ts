import type { ReportReplay } from "../afterActionReport";
import type { ReportContext } from "../support/reportContext";

/** How to reproduce this drill: the `npx hotwash replay` and `play --seed` commands and the inputs themselves. */
export function buildReplayInstructions(context: ReportContext): ReportReplay {
  const { scenario, seed, inputs, meta } = context.input;
  // why: the browser exports a drill as hotwash-drill-<scenario>-<seed>.json (src/app/game.ts).
  const drillFile = meta.drillFile ?? `hotwash-drill-${scenario.id}-${seed}.json`;
  const playScript = meta.playScript ?? `scenarios/${scenario.id}.<play>.play.yaml`;
  return {
    scenario: scenario.id,
    contentHash: scenario.contentHash,
    seed,
    commands: {
      replay: `npx hotwash replay ${shellQuote(drillFile)}`,
      play: `npx hotwash play ${shellQuote(scenario.id)} --script ${shellQuote(playScript)} --seed ${shellQuote(seed)}`,
    },
    inputs: inputs.map((input) => structuredClone(input)),
  };
}

/** Quotes a word for POSIX shells unless it is plainly safe. */
export function shellQuote(word: string): string {
  return /^[A-Za-z0-9._/:=@%+-]+$/.test(word) ? word : `'${word.replace(/'/g, "'\\''")}'`;
}
