import type { Command } from "../command";
import { check } from "./check";
import { coverage } from "./coverage";
import { play } from "./play";
import { replay } from "./replay";
import { simulate } from "./simulate";
import { test } from "./test";
import { view } from "./view";

/** Every `hotwash` subcommand, in the order `hotwash --help` lists them. */
export const COMMANDS: readonly Command[] = [check, test, play, simulate, replay, view, coverage];
