import type { Command } from "../command";
import { check } from "./check";

/** Every `hotwash` subcommand, in the order `hotwash --help` lists them. */
export const COMMANDS: readonly Command[] = [check];
