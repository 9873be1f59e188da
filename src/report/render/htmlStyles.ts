/**
 * A CSS string literal that holds `text` inertly: every character but letters, digits and spaces is a hex escape,
 * so no quote, backslash, `<` or line break in a scenario title can end the string or the style element.
 */
export function cssString(text: string): string {
  const escaped = [...text]
    .map((char) => (/^[A-Za-z0-9 ]$/.test(char) ? char : `\\${(char.codePointAt(0) ?? 32).toString(16)} `))
    .join("");
  return `"${escaped}"`;
}

/**
 * The report page's whole stylesheet (inline; the CSP allows inline styles and nothing else). Print: A4 or Letter
 * as the printer chooses, the exercise name (or `heading`) and TLP marking at the top of every page, "Page x of y" at the
 * bottom, the executive summary alone on page one, table headers repeated on every page.
 */
export function htmlStyles(page: { title: string; tlp: string; heading?: string }): string {
  return `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c9c9c9; --band: #f2f2f2; }
* { box-sizing: border-box; }
body { font: 15px/1.45 "Noto Sans", "DejaVu Sans", system-ui, sans-serif; color: var(--ink); margin: 0 auto; max-width: 1040px; padding: 24px; background: #fff; }
h1 { font-size: 1.7rem; margin: 0 0 8px; line-height: 1.2; }
h2 { font-size: 1.3rem; border-bottom: 2px solid var(--ink); padding-bottom: 3px; margin: 1.8rem 0 0.6rem; }
h3 { font-size: 1.08rem; margin: 1.1rem 0 0.35rem; }
h4 { font-size: 0.98rem; margin: 0.5rem 0 0.15rem; }
h2.sub { font-size: 1.08rem; border: 0; margin: 1rem 0 0.3rem; padding: 0; }
h4.sub { font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.04em; color: var(--muted); margin-top: 0.8rem; }
p { margin: 0.3rem 0; }
.muted, .legend, .kicker { color: var(--muted); }
.legend { font-size: 0.85rem; }
.kicker { margin: 0; font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.05em; }
.text { white-space: pre-wrap; overflow-wrap: break-word; }
.tlp-banner { text-align: right; margin: 0; }
.tlp { display: inline-block; background: #000; color: #ffc000; font-weight: 700; padding: 1px 8px; font-size: 0.85rem; letter-spacing: 0.04em; }
table { border-collapse: collapse; width: 100%; margin: 0.4rem 0 0.9rem; font-size: 0.88rem; }
caption { text-align: left; font-weight: 600; padding: 2px 0 4px; }
th, td { border: 1px solid var(--rule); padding: 3px 6px; text-align: left; vertical-align: top; overflow-wrap: break-word; }
thead th { background: var(--band); }
tbody th { font-weight: 600; }
td.nowrap { white-space: nowrap; }
table.plan { font-size: 0.8rem; table-layout: fixed; }
table.plan th:nth-child(1) { width: 2em; } table.plan th:nth-child(2) { width: 15%; } table.plan th:nth-child(5) { width: 17%; } table.plan th:nth-child(6) { width: 6.5em; }
table.timeline { font-size: 0.7rem; table-layout: fixed; line-height: 1.12; }
table.timeline th:nth-child(1) { width: 15em; } table.timeline th:nth-child(2) { width: 16em; }
table.timeline tbody th { white-space: nowrap; }
table.attacker { table-layout: fixed; font-size: 0.84rem; }
table.facts { table-layout: fixed; font-size: 0.76rem; line-height: 1.2; }
table.facts th:nth-child(1) { width: 10em; }
table.ratings { font-size: 0.8rem; } table.ratings td { white-space: nowrap; } table.ratings td, table.ratings th { padding: 1px 6px; }
table.attacker th:nth-child(1) { width: 8.5em; } table.attacker th:nth-child(3) { width: 34%; } table.facts th:nth-child(3) { width: 24%; }
table.timeline tbody th { font-weight: 400; }
table.timeline td, table.timeline th { padding: 1px 4px; }
ul.ids { columns: 2; column-gap: 16px; font-size: 0.62rem; line-height: 1.05; padding-left: 0; list-style: none; margin: 0.2rem 0 0.6rem; }
ul.ids li { break-inside: avoid; }
.minor-head { font-size: 0.88rem; font-weight: 600; margin-top: 0.5rem; }
dl.facts, dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 0.4rem 0; }
dl.facts dt, dl.meta dt { font-weight: 600; }
dl.facts dd, dl.meta dd { margin: 0; }
code, pre { font-family: "DejaVu Sans Mono", ui-monospace, Menlo, Consolas, monospace; font-size: 0.82rem; overflow-wrap: anywhere; }
pre { background: var(--band); padding: 6px 10px; white-space: pre-wrap; margin: 2px 0; }
.rating { display: inline-block; min-width: 1.5em; padding: 0 5px; border-radius: 3px; color: #fff; font-weight: 700; text-align: center; }
.rating-P { background: #1b7f3b; } .rating-S { background: #8a6d00; } .rating-M { background: #c05600; } .rating-U { background: #b3261e; } .rating-none { background: #6b6b6b; }
.outcome-met { color: #1b7f3b; } .outcome-partial { color: #8a6d00; } .outcome-violated { color: #b3261e; } .outcome-na { color: #6b6b6b; }
.total { font-size: 1.6rem; font-weight: 700; }
.summary-page ol { margin: 0.2rem 0 0.4rem; padding-left: 1.3rem; }
.summary-page li { margin: 0.15rem 0; }
.columns { display: grid; grid-template-columns: 1fr 1fr; gap: 0 20px; }
.capability { margin-bottom: 0.6rem; }
ul.strengths { margin: 0.2rem 0; padding-left: 1.2rem; font-size: 0.88rem; line-height: 1.25; }
article.finding { border-left: 4px solid var(--rule); padding: 1px 0 1px 10px; margin: 0.5rem 0; }
article.finding.violated { border-color: #b3261e; } article.finding.partial { border-color: #8a6d00; } article.finding.met { border-color: #1b7f3b; }
article.finding ul.parts { margin: 0.2rem 0; padding-left: 1.1rem; font-size: 0.92rem; }
.meta-line { font-size: 0.85rem; color: var(--muted); }
.quote { font-size: 0.85rem; border-left: 2px solid var(--rule); padding-left: 8px; color: #333; }
.instead { color: #0f4c81; }
.cause { font-size: 0.9rem; }
.chart { max-width: 100%; height: auto; }
.chart text { font: 12px "Noto Sans", "DejaVu Sans", sans-serif; fill: var(--ink); }
.chart .guide { stroke: #999; stroke-dasharray: 4 3; }
.chart .guide-label, .chart .tick-label { fill: var(--muted); font-size: 11px; }
.chart .lane { fill: #fafafa; } .chart .lane.odd { fill: #f0f0f0; }
.chart .tick { stroke: #ddd; }
.chart .tick.t0 { stroke: #888; stroke-width: 1.5; }
.chart text.mark { font-size: 14px; font-weight: 700; }
.chart text.mark-met { fill: #1b7f3b; } .chart text.mark-partial { fill: #8a6d00; } .chart text.mark-violated { fill: #b3261e; } .chart text.mark-na { fill: #6b6b6b; }
@page {
  margin: 14mm 11mm 12mm;
  @top-left { content: ${cssString(page.heading ?? `${page.title}: after-action report`)}; font: 8pt "Noto Sans", "DejaVu Sans", sans-serif; color: #555; }
  @top-right { content: ${cssString(page.tlp)}; font: 700 8pt "Noto Sans", "DejaVu Sans", sans-serif; color: #000; }
  @bottom-center { content: "Page " counter(page) " of " counter(pages); font: 8pt "Noto Sans", "DejaVu Sans", sans-serif; color: #555; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 8.6pt; line-height: 1.28; }
  h2 { font-size: 13pt; margin: 1rem 0 0.4rem; }
  h3 { font-size: 10.5pt; margin: 0.7rem 0 0.25rem; }
  h4 { font-size: 9.2pt; }
  .tlp-banner { display: none; }
  .summary-page { break-after: page; font-size: 9.5pt; }
  .summary-page h1 { font-size: 17pt; }
  .summary-page h2.sub { font-size: 10.5pt; margin: 0.55rem 0 0.15rem; }
  h2, h3, h4 { break-after: avoid; }
  #appendix-timeline .chart { display: none; }
  tr, .chart, li { break-inside: avoid; }
  article.finding h4, article.finding .meta-line { break-after: avoid; }
  thead { display: table-header-group; }
  .rating, .tlp, .chart rect, .chart circle, thead th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
}
