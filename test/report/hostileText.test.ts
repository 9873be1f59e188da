// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/report/buildReport";
import { renderCsv } from "../../src/report/render/renderCsv";
import { renderHtml } from "../../src/report/render/renderHtml";
import { renderJson } from "../../src/report/render/renderJson";
import { renderMarkdown } from "../../src/report/render/renderMarkdown";
import { type FreeText, HOSTILE, hostileText, miniDrill, PLAIN_TEXT } from "./fixtures/drill";
import { readMarkdown } from "./support/markdownText";
import { parseCsv } from "./support/parseCsv";

const text = hostileText();
const hostile = buildReport(miniDrill(text));
const plain = buildReport(miniDrill(PLAIN_TEXT));

/** Every free-text value a person typed, by field name. */
function fields(value: FreeText): [string, string][] {
  return Object.entries(value).flatMap(([field, member]) =>
    Array.isArray(member)
      ? member.map((name, index) => [`${field}[${index}]`, name] as [string, string])
      : [[field, member]],
  );
}

function shape(doc: Document): string[] {
  return [...doc.querySelectorAll("*")].map(
    (element) =>
      `${element.tagName.toLowerCase()}[${[...element.attributes].map((attr) => attr.name).join(",")}]`,
  );
}

describe("hostile free text stays inert and verbatim", () => {
  it("in every free-text field of the fixture", () => {
    for (const [, value] of fields(text)) expect(value.startsWith(HOSTILE)).toBe(true);
  });

  describe("HTML", () => {
    const page = renderHtml(hostile);
    const doc = new DOMParser().parseFromString(page, "text/html");

    it("creates no element and no attribute from the text: the page has the same shape as a plain one", () => {
      const plainDoc = new DOMParser().parseFromString(renderHtml(plain), "text/html");
      expect(shape(doc)).toEqual(shape(plainDoc));
      expect(doc.querySelectorAll("script, img, iframe, object, embed, a, form, input, base").length).toBe(0);
      const handlers = [...doc.querySelectorAll("*")].flatMap((element) =>
        [...element.attributes].filter((attr) => /^on/i.test(attr.name)).map((attr) => attr.name),
      );
      expect(handlers).toEqual([]);
    });

    it("shows every field verbatim in the text content", () => {
      const body = doc.body.textContent ?? "";
      for (const [field, value] of fields(text)) expect(body, field).toContain(value);
      expect(doc.title).toBe(`After-action report: ${text.scenarioTitle}`);
    });

    it("keeps the hostile text out of attribute values except escaped in titles", () => {
      const attributeValues = [...doc.querySelectorAll("*")].flatMap((element) =>
        [...element.attributes].map((attr) => attr.value),
      );
      expect(attributeValues.some((value) => value.includes("onerror"))).toBe(false);
    });
  });

  describe("Markdown", () => {
    const markdown = renderMarkdown(hostile);
    const { text: shown, unescaped } = readMarkdown(markdown);

    it("leaves no raw HTML, link, image or entity: every <, >, [, ], &, ! is escaped", () => {
      expect(unescaped).toEqual([]);
      const outsideFences = markdown.replace(/^(`{3,})\n[\s\S]*?\n\1$/gm, "");
      expect(outsideFences).not.toMatch(/(?<!\\)\]\(/);
      expect(outsideFences).not.toMatch(/(?<!\\)<img/);
    });

    it("reads back every field verbatim", () => {
      for (const [field, value] of fields(text)) expect(shown, field).toContain(value);
    });

    it("keeps the plain report readable: unescaped text equals the report's own strings", () => {
      const plainShown = readMarkdown(renderMarkdown(plain)).text;
      for (const sentence of [...plain.executiveSummary.whatHappened, ...plain.executiveSummary.areas])
        expect(plainShown).toContain(sentence);
    });
  });

  describe("CSV", () => {
    const rows = parseCsv(renderCsv(hostile));
    const [header, ...records] = rows;
    const column = (name: string) => header?.indexOf(name) as number;

    it("parses back into one record per finding and per improvement, each with every column", () => {
      expect(records.length).toBe(hostile.findings.length + hostile.improvementPlan.length);
      for (const record of records) expect(record.length).toBe(header?.length);
    });

    it("neutralises formulas with a leading apostrophe and keeps the rest verbatim", () => {
      const innocuous = records.find((record) => record[column("rule")] === "codename.innocuous");
      expect(innocuous?.[column("summary")]).toBe(`'${text.codename} reveals what is going on.`);
      const plan = records.find(
        (record) =>
          record[column("record")] === "improvement" && record[column("rule")] === "codename.innocuous",
      );
      expect(plan?.[column("issue")]).toBe(
        `Set the codename: ${text.codename}: ${text.codename} reveals what is going on.`,
      );
      const room = records.find((record) => record[column("rule")] === "codename.room-named");
      expect(room?.[column("summary")]).toBe(`The room "${text.room}" is not named after the codename.`);
      const broad = records.find((record) => record[column("rule")] === "privacy.no-broad-channels");
      expect(broad?.[column("summary")]).toBe(`Posted in #general: ${text.messageBody}`);
      const names = records.map((record) => record[column("by")]).join("\n");
      expect(names).toContain(`${text.participants[0]} (Incident Commander)`);
    });

    it("starts no cell with a formula character", () => {
      for (const record of records)
        for (const cell of record) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d+(\.\d+)?$)/);
    });
  });

  describe("JSON", () => {
    it("round-trips every string verbatim", () => {
      const parsed = JSON.parse(renderJson(hostile));
      expect(parsed).toEqual(JSON.parse(JSON.stringify(hostile)));
      const json = JSON.stringify(parsed);
      for (const [field, value] of fields(text))
        expect(json, field).toContain(JSON.stringify(value).slice(1, -1));
    });
  });
});
