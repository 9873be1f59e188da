import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { wallClockAt } from "../../engine/wallClock";
import { facilitatorKit } from "../../report/kit/facilitatorKit";
import { type Command, UsageError } from "../command";
import { parsePaper } from "../drillOutput";
import { renderPdf } from "../renderPdf";
import { ContentError, loadScenario, parseOptions } from "./drillFiles";

const USAGE = `Usage: hotwash kit <scenario> --out <dir> [--format html|pdf] [--paper a4|letter] [--chromium-path <exe>]

Writes the facilitator kit of a scenario into <dir>: the situation manual for participants (what they know at
the start, nothing more), the master events list with expected actions and evaluator notes, an evaluator guide
per objective, and a participant feedback form. <scenario> is an id (scenarios/<id>.yaml) or a path.

Options:
  --out <dir>       the folder to write into (created if missing; required)
  --format <f>      html (default) or pdf (printed by Chromium, never downloaded)
  --paper <size>    pdf paper: a4 (default) or letter
  --chromium-path <exe>  the Chromium that prints the pdf (default: CHROME_PATH or the system's chromium)
  -h, --help        show this help`;

/** `hotwash kit`: the facilitator kit of a scenario as HTML or PDF files. */
export const kit: Command = {
  name: "kit",
  summary:
    "write a scenario's facilitator kit: situation manual, events list, evaluator guide, feedback form",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ["out", "format", "paper", "chromium-path"], "kit");
    const [reference] = positional;
    if (!reference || positional.length > 1)
      throw new UsageError("give one scenario; run hotwash kit --help");
    if (!options.out) throw new UsageError("--out <dir> is required");
    const format = options.format ?? "html";
    if (format !== "html" && format !== "pdf")
      throw new UsageError(`unknown format ${format}; use html or pdf`);
    const paper = parsePaper(options.paper);
    try {
      const scenario = loadScenario(reference, io.cwd);
      const folder = resolve(io.cwd, options.out);
      mkdirSync(folder, { recursive: true });
      const date = scenario.start ? wallClockAt(scenario.start, 0).epochMs : 0;
      for (const document of facilitatorKit(scenario)) {
        if (format === "html") {
          writeFileSync(join(folder, document.file), document.html);
          io.err(`wrote ${join(options.out, document.file)}`);
          continue;
        }
        const file = document.file.replace(/\.html$/, ".pdf");
        const pdfOptions = { paper, title: `${scenario.title}: ${document.title}`, date };
        const pdf = await renderPdf(
          document.html,
          options["chromium-path"] === undefined
            ? pdfOptions
            : { ...pdfOptions, chromiumPath: options["chromium-path"] },
        );
        writeFileSync(join(folder, file), pdf);
        io.err(`wrote ${join(options.out, file)}`);
      }
      return 0;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
  },
};
