import { existsSync } from "node:fs";
import { UsageError } from "./command";

export type PaperSize = "a4" | "letter";

export interface PdfOptions {
  /** The Chromium (or Chrome) executable; else CHROME_PATH, else the system's chromium. */
  chromiumPath?: string;
  paper: PaperSize;
  /** Title for the PDF's metadata. */
  title: string;
  /** The instant the PDF's creation and modification dates are fixed to (the drill's), epoch milliseconds. */
  date: number;
}

const SYSTEM_CHROMIUM = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
];

/** The Chromium to print with: `--chromium-path`, else CHROME_PATH, else a system install; a clear error if none. */
export function findChromium(explicit: string | undefined): string {
  if (explicit !== undefined) {
    if (!existsSync(explicit)) throw new UsageError(`no Chromium at ${explicit} (--chromium-path)`);
    return explicit;
  }
  const found = [process.env.CHROME_PATH, ...SYSTEM_CHROMIUM].find(
    (path): path is string => typeof path === "string" && path !== "" && existsSync(path),
  );
  if (!found)
    throw new UsageError(
      "PDF needs Chromium and none was found: install it (e.g. apt-get install chromium) or give --chromium-path <executable>; nothing is downloaded",
    );
  return found;
}

/**
 * Prints an HTML report to PDF with Chromium through playwright-core, offline (no request leaves the page), with
 * the page's own print stylesheet (headers, page numbers), an outline from its headings, and the PDF's dates fixed
 * to the drill's so the same drill always gives the same bytes.
 */
export async function renderPdf(html: string, options: PdfOptions): Promise<Buffer> {
  const executablePath = findChromium(options.chromiumPath);
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--font-render-hinting=none",
    ],
  });
  try {
    const context = await browser.newContext({ offline: true, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({
      format: options.paper === "letter" ? "Letter" : "A4",
      printBackground: true,
      outline: true,
      tagged: true,
      displayHeaderFooter: false,
    });
    return fixPdfDates(Buffer.from(pdf), options.date, options.title);
  } finally {
    await browser.close();
  }
}

/** `D:YYYYMMDDHHmmSS+00'00'` for a PDF date, in UTC. */
function pdfDate(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}+00'00'`;
}

/**
 * why: Chromium stamps the PDF with the time it printed, and names the tagged structure's elements after DOM node
 * numbers that differ from run to run; replacing the dates with the drill's and renumbering the nodes in order of
 * appearance (both at the same byte length, so the cross-reference offsets stay right) makes the bytes depend on
 * the drill only.
 */
export function fixPdfDates(pdf: Buffer, epochMs: number, _title: string): Buffer {
  const text = pdf.toString("latin1");
  const nodeIds = new Map<string, string>();
  const renumbered = text.replace(/\(node(\d{8})\)/g, (match, digits: string) => {
    const known = nodeIds.get(digits);
    if (known) return known;
    const next = `(node${String(nodeIds.size + 1).padStart(digits.length, "0")})`;
    nodeIds.set(digits, next);
    return next.length === match.length ? next : match;
  });
  const fixed = renumbered.replace(/\/(CreationDate|ModDate) \(D:[^)]*\)/g, (match, key: string) => {
    const value = `/${key} (${pdfDate(epochMs)})`;
    return value.length === match.length
      ? value
      : match.length > value.length
        ? value.padEnd(match.length, " ")
        : match;
  });
  return Buffer.from(fixed, "latin1");
}
