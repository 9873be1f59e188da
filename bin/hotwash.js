#!/usr/bin/env node
import { register } from "tsx/esm/api";

// why: `hotwash play … | head` closes the pipe early; that is the reader's choice, not an error to report.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import("../src/cli/main.ts");
process.exitCode = await main(process.argv.slice(2));
