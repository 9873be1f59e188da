import { formatSimTime } from "../../engine/time";
import { type WallClockStart, wallClockAt } from "../../engine/wallClock";
import type { ReportTimeline, TimelineEntry } from "../afterActionReport";
import { html, type SafeHtml } from "./escapeHtml";
import { LANE_COLOURS, OUTCOME_MARKS } from "./palette";

const WIDTH = 960;
const LEFT = 100;
const RIGHT = 24;
const LANE = 54;
const TOP = 30;
const PRE_T0_SHARE = 0.14;
const MAX_TICKS = 6;
/** Round tick spacings in sim minutes, from 5 minutes to a week. */
const TICK_STEPS = [5, 10, 15, 30, 60, 120, 180, 240, 360, 720, 1440, 2880, 4320, 10080];

/**
 * An inline SVG swimlane: attacker, injects and players lanes plus a findings row, over sim time. Time before T0
 * gets a compressed band on the left (ordered, not to scale) so days of attacker history do not squash the drill.
 */
export function swimlaneChart(timeline: ReportTimeline, start?: WallClockStart): SafeHtml {
  const clock = (at: number) => {
    if (!start) return formatSimTime(at);
    const moment = wallClockAt(start, at);
    return `${moment.day.slice(4, -5)} ${moment.time}`;
  };
  const rows = [
    ...timeline.lanes.map((lane) => ({ id: lane.id as string, title: lane.title })),
    { id: "findings", title: "Findings" },
  ];
  const height = TOP + rows.length * LANE + 28;
  const scale = timeScale(timeline, clock, start !== undefined);
  const laneY = (id: string) => TOP + rows.findIndex((row) => row.id === id) * LANE + LANE / 2;
  const bands = rows.map(
    (row, index) =>
      html`<g><rect x="${LEFT}" y="${TOP + index * LANE}" width="${WIDTH - LEFT - RIGHT}" height="${LANE}" class="${index % 2 ? "lane odd" : "lane"}"/><text x="${LEFT - 8}" y="${TOP + index * LANE + LANE / 2 + 4}" text-anchor="end" class="lane-label">${row.title}</text></g>`,
  );
  const ticks = scale.ticks.map(
    (tick) =>
      html`<g>${tick.line ? html`<line x1="${tick.x.toFixed(1)}" y1="${TOP}" x2="${tick.x.toFixed(1)}" y2="${TOP + rows.length * LANE}" class="${tick.at === 0 ? "tick t0" : "tick"}"/>` : ""}<text x="${tick.x.toFixed(1)}" y="${TOP + rows.length * LANE + 16}" text-anchor="middle" class="tick-label">${tick.label}</text></g>`,
  );
  const dots = timeline.entries.map((entry, index) =>
    dot(entry, scale.x(entry.at), laneY(entry.lane) + stagger(index)),
  );
  const marks = timeline.findingMarks.map((mark, index) => {
    const outcome = OUTCOME_MARKS[mark.outcome];
    return html`<text x="${scale.x(mark.at).toFixed(1)}" y="${(laneY("findings") + 5 + stagger(index)).toFixed(1)}" text-anchor="middle" class="mark mark-${mark.outcome === "n/a" ? "na" : mark.outcome}">${outcome.glyph}<title>${mark.when}: ${outcome.label}</title></text>`;
  });
  const description = `${timeline.entries.length} events from ${clock(timeline.from)} to ${clock(timeline.to)}; ${timeline.findingMarks.length} finding markers. The table below lists every event.`;
  return html`<svg class="chart swimlane" role="img" aria-labelledby="swimlane-title swimlane-desc" viewBox="0 0 ${WIDTH} ${height}" width="100%" xmlns="http://www.w3.org/2000/svg"><title id="swimlane-title">Swimlane timeline: attacker, injects, players and findings</title><desc id="swimlane-desc">${description}</desc>${bands}${ticks}${dots}${marks}</svg>`;
}

function stagger(index: number): number {
  return ((index % 3) - 1) * 12;
}

function dot(entry: TimelineEntry, x: number, y: number): SafeHtml {
  const colour = LANE_COLOURS[entry.lane];
  const worst = entry.markers.find((marker) => marker.outcome === "violated") ?? entry.markers[0];
  const ring = worst
    ? html`<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="9" fill="none" stroke="${OUTCOME_MARKS[worst.outcome].colour}" stroke-width="2"/>`
    : "";
  const findings = entry.markers.map((marker) => OUTCOME_MARKS[marker.outcome].label).join(", ");
  return html`<g>${ring}<circle cx="${x.toFixed(1)}" cy="${y.toFixed(1)}" r="5" fill="${colour}"><title>${entry.when} ${entry.label}${findings ? ` — ${findings}` : ""}</title></circle></g>`;
}

interface TimeScale {
  x(at: number): number;
  ticks: { x: number; label: string; at?: number; line: boolean }[];
}

function timeScale(timeline: ReportTimeline, clock: (at: number) => string, dated: boolean): TimeScale {
  const plot = WIDTH - LEFT - RIGHT;
  const before = [...new Set(timeline.entries.map((entry) => entry.at).filter((at) => at < 0))].sort(
    (a, b) => a - b,
  );
  const hasBefore = before.length > 0 || timeline.from < 0;
  const band = hasBefore ? plot * PRE_T0_SHARE : 0;
  const start = LEFT + band;
  const span = Math.max(1, timeline.to);
  const x = (at: number) => {
    if (at >= 0) return start + ((plot - band) * at) / span;
    const rank = before.indexOf(at);
    const slots = Math.max(1, before.length);
    return LEFT + (band * (Math.max(rank, 0) + 0.5)) / slots;
  };
  const step = TICK_STEPS.find((candidate) => span / candidate <= MAX_TICKS) ?? Math.ceil(span / MAX_TICKS);
  const ticks: TimeScale["ticks"] = Array.from({ length: Math.floor(span / step) + 1 }, (_, index) => {
    const at = index * step;
    return { x: x(at), label: clock(at), at, line: true };
  });
  if (hasBefore) ticks.unshift({ x: LEFT + band / 2, label: dated ? "earlier" : "before T0", line: false });
  return { x, ticks };
}
