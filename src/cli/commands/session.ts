import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { AfterActionReport } from "../../report/afterActionReport";
import { type Command, UsageError } from "../command";
import { parsePaper } from "../drillOutput";
import { renderPdf } from "../renderPdf";
import { isReportFormat, REPORT_FORMATS } from "../reportFormats";
import { parseOptions } from "./drillFiles";

const USAGE = `Usage: hotwash session new <scenario> --server URL [--seed S] [--approval on|off]
       hotwash session report <id> --server URL --token <facilitator token> [--format json|md|html|csv|xapi|pdf] [--out file]

new      creates a team session on a running \`hotwash serve\` and prints its join links as JSON:
         { "session": "<id>", "facilitator": { "url", "token" }, "display": { "url", "token" },
           "roles": { "<role>": { "url", "token" } } }
         roles holds one link per seat: every player role (incident-commander, security-lead, …) and
         "evaluator" (the evaluator's sheet: expected actions and observations, no control). Each link is a
         capability: whoever holds it joins as that audience, so hand each one only to its person. --approval on
         makes players' decisions wait for the facilitator's approval (default off: they apply at once).
         A server reachable beyond its own machine (serve --host) asks for the facilitator secret it printed at
         start: set HOTWASH_SECRET to it.
report   writes the session's after-action report (default json) to stdout or --out.

Options:
  --server <url>    the session server, e.g. http://127.0.0.1:8080
  --seed <s>        the drill's seed (default: a random one)
  --approval <a>    on or off (default off)
  --token <t>       the facilitator's token (report)
  --format <f>      ${REPORT_FORMATS.join(", ")} or pdf (report; default json; pdf needs --out and Chromium)
  --paper <size>    pdf paper: a4 (default) or letter
  --chromium-path <exe>  the Chromium that prints the pdf (default: CHROME_PATH or the system's chromium)
  --out <file>      write the report here instead of stdout
  -h, --help        show this help`;

function serverUrl(value: string | undefined): URL {
  if (!value) throw new UsageError("--server <url> is required (where hotwash serve listens)");
  try {
    const url = new URL(value);
    if (url.protocol !== "http:" && url.protocol !== "https:") throw new Error("scheme");
    return url;
  } catch {
    throw new UsageError(`--server: "${value.slice(0, 80)}" is not an http(s) URL`);
  }
}

async function request(url: URL, init: RequestInit): Promise<{ status: number; text: string }> {
  try {
    const response = await fetch(url, init);
    return { status: response.status, text: await response.text() };
  } catch (error) {
    throw new UsageError(
      `cannot reach ${url.origin}: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

function errorOf(text: string): string {
  try {
    return String((JSON.parse(text) as { error?: unknown }).error ?? text);
  } catch {
    return text.trim();
  }
}

/** `hotwash session`: create a team session on a server, or fetch its after-action report. */
export const session: Command = {
  name: "session",
  summary: "create a team session on hotwash serve (join links as JSON), or write its report",
  usage: USAGE,
  async run(args, io) {
    const [verb, ...rest] = args;
    if (verb === "new") {
      const { positional, options } = parseOptions(rest, ["server", "seed", "approval"], "session");
      const [scenario] = positional;
      if (!scenario || positional.length > 1)
        throw new UsageError("give one scenario id; run hotwash session --help");
      const approval = options.approval ?? "off";
      if (approval !== "on" && approval !== "off") throw new UsageError("--approval must be on or off");
      const server = serverUrl(options.server);
      const secret = process.env.HOTWASH_SECRET;
      if (secret && !/^[A-Za-z0-9_-]{16,100}$/.test(secret))
        throw new UsageError(
          "HOTWASH_SECRET: the facilitator secret hotwash serve printed (16-100 letters, digits, - or _)",
        );
      const answer = await request(new URL("/api/sessions", server), {
        method: "POST",
        headers: {
          "Content-Type": "application/json",
          ...(secret ? { Authorization: `Bearer ${secret}` } : {}),
        },
        body: JSON.stringify({
          scenario,
          ...(options.seed !== undefined ? { seed: options.seed } : {}),
          approval: approval === "on",
        }),
      });
      if (answer.status !== 201) {
        io.err(`hotwash session new: ${errorOf(answer.text)}`);
        return 1;
      }
      io.out(answer.text.trimEnd());
      return 0;
    }
    if (verb === "report") {
      const { positional, options } = parseOptions(
        rest,
        ["server", "token", "format", "out", "chromium-path", "paper"],
        "session",
      );
      const [id] = positional;
      if (!id || positional.length > 1 || !/^[a-f0-9]{12}$/.test(id))
        throw new UsageError("give one session id (12 hex digits); run hotwash session --help");
      if (!options.token) throw new UsageError("--token <facilitator token> is required");
      const format = options.format ?? "json";
      if (!isReportFormat(format) && format !== "pdf")
        throw new UsageError(`--format must be one of ${[...REPORT_FORMATS, "pdf"].join(", ")}`);
      if (format === "pdf" && !options.out) throw new UsageError("--format pdf needs --out <file.pdf>");
      const server = serverUrl(options.server);
      const fetchAs = async (as: string) => {
        const url = new URL(`/api/sessions/${id}/report`, server);
        url.searchParams.set("format", as);
        return request(url, { headers: { Authorization: `Bearer ${options.token}` } });
      };
      const answer = await fetchAs(format === "pdf" ? "json" : format);
      if (answer.status !== 200) {
        io.err(`hotwash session report: ${errorOf(answer.text)}`);
        return 1;
      }
      if (format === "pdf") {
        const page = await fetchAs("html");
        if (page.status !== 200) {
          io.err(`hotwash session report: ${errorOf(page.text)}`);
          return 1;
        }
        const report = JSON.parse(answer.text) as AfterActionReport;
        const start = report.overview.start?.iso;
        const date = start ? Date.parse(start) + report.overview.ended.at * 60_000 : 0;
        const pdfOptions = { paper: parsePaper(options.paper), title: report.overview.scenario.title, date };
        const pdf = await renderPdf(
          page.text,
          options["chromium-path"] === undefined
            ? pdfOptions
            : { ...pdfOptions, chromiumPath: options["chromium-path"] },
        );
        writeFileSync(resolve(io.cwd, options.out as string), pdf);
        io.err(`wrote ${options.out}`);
        return 0;
      }
      if (options.out) writeFileSync(resolve(io.cwd, options.out), answer.text);
      else io.out(answer.text.trimEnd());
      return 0;
    }
    throw new UsageError("say new or report; run hotwash session --help");
  },
};
