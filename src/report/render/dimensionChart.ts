import type { RatingThresholds } from "../../engine/organisation";
import type { ReportDimension } from "../afterActionReport";
import { html, type SafeHtml } from "./escapeHtml";
import { RATING_COLOURS } from "./palette";

const WIDTH = 880;
const LABEL = 330;
const BAR = 420;
const ROW = 30;
const TOP = 28;

/** An inline SVG bar chart of dimension scores; each bar carries its score and rating letter as text. */
export function dimensionChart(
  dimensions: readonly ReportDimension[],
  thresholds: RatingThresholds,
): SafeHtml {
  const height = TOP + dimensions.length * ROW + 12;
  const x = (score: number) => LABEL + (BAR * Math.max(0, Math.min(100, score))) / 100;
  const guides = (["M", "S", "P"] as const).map((rating) => {
    const gx = x(thresholds[rating]).toFixed(1);
    return html`<line x1="${gx}" y1="${TOP - 6}" x2="${gx}" y2="${height - 8}" class="guide"/><text x="${gx}" y="${TOP - 10}" text-anchor="middle" class="guide-label">${rating} ≥ ${thresholds[rating]}</text>`;
  });
  const rows = dimensions.map((dimension, index) => {
    const y = TOP + index * ROW;
    const colour = RATING_COLOURS[dimension.rating ?? "none"];
    const score = dimension.score;
    const label = score === null ? "n/a" : `${Math.round(score)} · ${dimension.rating}`;
    const end = score === null ? LABEL : x(score);
    return html`<g><text x="${LABEL - 8}" y="${y + 19}" text-anchor="end" class="bar-label">${dimension.title}</text><rect x="${LABEL}" y="${y + 5}" width="${(end - LABEL).toFixed(1)}" height="${ROW - 10}" fill="${colour}"/><text x="${(end + 6).toFixed(1)}" y="${y + 19}" class="bar-value">${label}</text></g>`;
  });
  const summary = dimensions
    .map((dimension) =>
      dimension.score === null
        ? `${dimension.title}: n/a`
        : `${dimension.title}: ${Math.round(dimension.score)} (${dimension.rating})`,
    )
    .join("; ");
  return html`<svg class="chart" role="img" aria-labelledby="dimension-chart-title dimension-chart-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title id="dimension-chart-title">Score per dimension with HSEEP rating</title><desc id="dimension-chart-desc">${summary}</desc>${guides}${rows}</svg>`;
}
