import type { Command } from "../command";
import { bot } from "./bot";
import { check } from "./check";
import { coverage } from "./coverage";
import { kit } from "./kit";
import { play } from "./play";
import { replay } from "./replay";
import { serve } from "./serve";
import { session } from "./session";
import { simulate } from "./simulate";
import { test } from "./test";
import { view } from "./view";

/** Every `hotwash` subcommand, in the order `hotwash --help` lists them. */
export const COMMANDS: readonly Command[] = [
  check,
  test,
  play,
  simulate,
  replay,
  view,
  coverage,
  kit,
  serve,
  session,
  bot,
];
