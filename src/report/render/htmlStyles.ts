/** The report page's whole stylesheet (inline; the CSP allows inline styles and nothing else). */
export const HTML_STYLES = `
:root { color-scheme: light; --ink: #1a1a1a; --muted: #555; --rule: #c9c9c9; --band: #f4f4f4; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); margin: 0 auto; max-width: 1040px; padding: 24px; background: #fff; }
h1 { font-size: 1.8rem; margin: 0 0 4px; }
h2 { font-size: 1.35rem; border-bottom: 2px solid var(--ink); padding-bottom: 4px; margin-top: 2.2rem; }
h3 { font-size: 1.1rem; margin: 1.4rem 0 0.4rem; }
h4 { font-size: 1rem; margin: 0.6rem 0 0.2rem; }
.subtitle, .muted { color: var(--muted); }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0 1rem; font-size: 0.92rem; }
th, td { border: 1px solid var(--rule); padding: 4px 8px; text-align: left; vertical-align: top; }
thead th { background: var(--band); }
tbody th { font-weight: 600; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 16px; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
code, pre { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 0.88rem; }
pre { background: var(--band); padding: 8px 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
.rating { display: inline-block; min-width: 1.6em; padding: 0 6px; border-radius: 3px; color: #fff; font-weight: 700; text-align: center; }
.rating-P { background: #1b7f3b; } .rating-S { background: #8a6d00; } .rating-M { background: #c05600; } .rating-U { background: #b3261e; } .rating-none { background: #6b6b6b; }
.outcome-met { color: #1b7f3b; } .outcome-partial { color: #8a6d00; } .outcome-violated { color: #b3261e; } .outcome-na { color: #6b6b6b; }
.total { font-size: 2.4rem; font-weight: 700; }
article.finding { border-left: 4px solid var(--rule); padding: 2px 0 2px 12px; margin: 0.8rem 0; break-inside: avoid; }
article.finding.violated { border-color: #b3261e; } article.finding.partial { border-color: #8a6d00; } article.finding.met { border-color: #1b7f3b; }
.chart { max-width: 100%; height: auto; }
.chart text { font: 12px system-ui, sans-serif; fill: var(--ink); }
.chart .guide { stroke: #999; stroke-dasharray: 4 3; }
.chart .guide-label, .chart .tick-label { fill: var(--muted); font-size: 11px; }
.chart .lane { fill: #fafafa; } .chart .lane.odd { fill: #f0f0f0; }
.chart .tick { stroke: #ddd; }
.chart .tick.t0 { stroke: #888; stroke-width: 1.5; }
.chart text.mark { font-size: 14px; font-weight: 700; }
.chart text.mark-met { fill: #1b7f3b; } .chart text.mark-partial { fill: #8a6d00; } .chart text.mark-violated { fill: #b3261e; } .chart text.mark-na { fill: #6b6b6b; }
.legend { font-size: 0.85rem; color: var(--muted); }
footer { margin-top: 3rem; border-top: 1px solid var(--rule); padding-top: 8px; font-size: 0.85rem; color: var(--muted); }
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 11pt; }
  section + section { break-before: page; }
  h2, h3, h4 { break-after: avoid; }
  tr, article.finding, .chart { break-inside: avoid; }
  thead { display: table-header-group; }
  .rating, .chart rect, .chart circle { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
`;
