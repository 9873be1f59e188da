// @vitest-environment happy-dom
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadPlay, loadScenario } from "../../src/cli/commands/drillFiles";
import { runPlay } from "../../src/engine/headless/runPlay";
import type { AfterActionReport, ReportActor } from "../../src/report/afterActionReport";
import { buildReport } from "../../src/report/buildReport";
import { renderHtml } from "../../src/report/render/renderHtml";
import { RULES } from "../../src/scoring/rules/registry";
import { scoreDrill } from "../../src/scoring/scoreDrill";

const ROOT = join(import.meta.dirname, "../..");
const SCENARIOS = readdirSync(join(ROOT, "scenarios"))
  .filter((name) => name.endsWith(".yaml") && !name.endsWith(".play.yaml"))
  .map((name) => name.replace(/\.yaml$/, ""));

function drillOf(id: string, play: string) {
  const scenario = loadScenario(id, ROOT);
  const script = `scenarios/${id}.${play}.play.yaml`;
  const result = runPlay(scenario, loadPlay(script, ROOT, scenario));
  const report = buildReport({
    scenario,
    seed: result.seed,
    log: result.log,
    scoreCard: scoreDrill(scenario, result.log),
    inputs: result.inputs,
    meta: { mode: "solo", playScript: script },
  });
  return { scenario, log: result.log, report };
}

/** Every place the report names who did a logged act, with the act's seq. */
function attributions(
  report: AfterActionReport,
): { seq: number; by: readonly ReportActor[]; where: string }[] {
  return [
    ...report.timeline.entries.map((entry) => ({
      seq: entry.seq,
      by: entry.by,
      where: `timeline ${entry.label}`,
    })),
    ...[...report.strengths, ...report.areasForImprovement].flatMap((item) =>
      item.act ? [{ seq: item.act.seq, by: item.act.by, where: `observation ${item.title}` }] : [],
    ),
    ...report.whatReallyHappened.flatMap((step) =>
      step.preventedBy.map((action) => ({
        seq: action.seq,
        by: action.by,
        where: `prevented ${step.title}`,
      })),
    ),
  ];
}

/** What a reader sees of the page, minus the identifiers appendix (where ids belong). */
function visibleText(html: string, options: { withVerbatim: boolean }): string {
  const doc = new DOMParser().parseFromString(html, "text/html");
  for (const hidden of doc.querySelectorAll("style, title, desc, #appendix-identifiers")) hidden.remove();
  if (!options.withVerbatim) for (const typed of doc.querySelectorAll(".verbatim")) typed.remove();
  return doc.body.textContent ?? "";
}

describe.each(SCENARIOS)("the after-action reports of %s", (id) => {
  const plays = ["expert", "reckless"].map((play) => ({ play, ...drillOf(id, play) }));

  it.each(plays.map((drill) => [drill.play, drill] as const))(
    "%s: attribute every act to whoever the log says did it; the attacker's acts are never the team's",
    (_play, { log, report }) => {
      for (const { seq, by, where } of attributions(report)) {
        const actor = log[seq]?.actor;
        expect(by.length, where).toBeGreaterThan(0);
        for (const who of by) expect(who.kind, where).toBe(actor?.kind);
      }
      for (const area of report.areasForImprovement) {
        const kinds = new Set(
          area.findings.flatMap((part) =>
            (report.findings.find((finding) => finding.rule === part.rule)?.evidence ?? []).map(
              (seq) => log[seq]?.actor.kind,
            ),
          ),
        );
        if (area.act) kinds.add(log[area.act.seq]?.actor.kind);
        for (const who of area.by) expect(kinds.has(who.kind), `${area.title}: ${who.label}`).toBe(true);
      }
    },
  );

  it.each(plays.map((drill) => [drill.play, drill] as const))(
    "%s: tells what really happened in the order it happened",
    (_play, { log, report }) => {
      const happened = report.whatReallyHappened.filter((step) => step.status !== "not-reached");
      const times = happened.map((step) => step.at?.at as number);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      const order = happened.map((step) =>
        log.findIndex(
          (entry) =>
            (entry.type === "attacker.step" || entry.type === "attacker.skipped") && entry.step === step.id,
        ),
      );
      expect(order).toEqual([...order].sort((a, b) => a - b));
      const firstUnreached = report.whatReallyHappened.findIndex((step) => step.status === "not-reached");
      if (firstUnreached >= 0)
        expect(
          report.whatReallyHappened.slice(firstUnreached).every((step) => step.status === "not-reached"),
        ).toBe(true);
    },
  );

  it.each(plays.map((drill) => [drill.play, drill] as const))(
    "%s: no strength contradicts a finding",
    (_play, { report }) => {
      const areaActs = new Set(
        report.areasForImprovement.flatMap((item) => (item.act ? [item.act.seq] : [])),
      );
      const weak = new Set(
        report.areasForImprovement.flatMap((item) =>
          item.findings.filter((part) => part.outcome !== "met").map((part) => part.dimension),
        ),
      );
      for (const strength of report.strengths) {
        expect(
          strength.findings.every((part) => part.outcome === "met"),
          strength.title,
        ).toBe(true);
        if (strength.act) expect(areaActs.has(strength.act.seq), strength.title).toBe(false);
      }
      const headlines = report.executiveSummary.strengths;
      const top = report.strengths.filter((item) => headlines.some((line) => line.startsWith(item.title)));
      for (const strength of top)
        for (const part of strength.findings) expect(weak.has(part.dimension), strength.title).toBe(false);
    },
  );

  it.each(plays.map((drill) => [drill.play, drill] as const))(
    "%s: the HTML report reads as plain language: no JSON, no rule or message id, a date on every time",
    (_play, { scenario, report }) => {
      const html = renderHtml(report);
      const everything = visibleText(html, { withVerbatim: true });
      expect(everything).not.toContain('{"');
      const ids = [...RULES.map((rule) => rule.id), ...scenario.injects.map((inject) => inject.id)];
      for (const ruleOrInject of ids)
        expect(everything, ruleOrInject).not.toMatch(
          new RegExp(`(?<![\\w.-])${ruleOrInject.replace(/\./g, "\\.")}(?![\\w-])`),
        );
      const generated = visibleText(html, { withVerbatim: false });
      expect([...generated.matchAll(/.{0,50}\bT[+-]\d.{0,20}/g)].map((match) => match[0])).toEqual([]);
      const undated = [...generated.matchAll(/\b\d{1,2}:\d{2}\b/g)].filter((match) => {
        // why: "on Tue 17 Nov 2026, 09:14 UTC and 09:20" dates both times; a sentence end would not carry it.
        const before = generated.slice(Math.max(0, (match.index ?? 0) - 90), match.index);
        const sentence = before.split(/[.!?]\s|\n/).at(-1) ?? "";
        const after = generated.slice((match.index ?? 0) + match[0].length, (match.index ?? 0) + 40);
        const datedAfter = /^(?: UTC)? on (?:[A-Z][a-z]+ )?\d{1,2} [A-Z][a-z]{2,8}/.test(after);
        return !/\d{1,2} [A-Z][a-z]{2,8}(?: \d{4})?/.test(sentence) && !datedAfter;
      });
      expect(
        undated.map((match) => generated.slice((match.index ?? 0) - 30, (match.index ?? 0) + 10)),
      ).toEqual([]);
    },
  );
});
