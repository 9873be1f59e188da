import type { RoleId } from "../engine/organisation";
import type { HostedState } from "../facilitator/remote/hostedState";
import { buildReport } from "../report/buildReport";
import { renderCsv } from "../report/render/renderCsv";
import { renderHtml } from "../report/render/renderHtml";
import { renderJson } from "../report/render/renderJson";
import { renderMarkdown } from "../report/render/renderMarkdown";
import { renderXapi } from "../report/render/renderXapi";
import { scoreDrill } from "../scoring/scoreDrill";

export const SESSION_REPORT_FORMATS = ["json", "md", "html", "csv", "xapi"] as const;
export type SessionReportFormat = (typeof SESSION_REPORT_FORMATS)[number];

const CONTENT_TYPES: Record<SessionReportFormat, string> = {
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  html: "text/html; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  xapi: "application/json; charset=utf-8",
};

/** Everyone who took part: the roster, then every person who decided or answered from a device, with their role. */
export function sessionParticipants(state: HostedState): { name: string; role: RoleId }[] {
  const seen = new Map<string, { name: string; role: RoleId }>();
  const add = (name: string | undefined, role: RoleId | undefined) => {
    if (!name || !role) return;
    const key = `${name}\u0000${role}`;
    if (!seen.has(key)) seen.set(key, { name, role });
  };
  for (const entry of state.meta.roster) add(entry.name, entry.role);
  for (const input of state.runner.inputs()) add(input.actorName, input.by);
  return [...seen.values()];
}

/** The session's after-action report in one format, and its content type. */
export function sessionReport(
  state: HostedState,
  format: SessionReportFormat,
): { body: string; contentType: string } {
  const { runner } = state;
  const log = runner.log();
  const report = buildReport({
    scenario: runner.scenario,
    seed: runner.seed,
    log,
    scoreCard: scoreDrill(runner.scenario, log),
    inputs: runner.inputs(),
    meta: {
      mode: "facilitated",
      participants: sessionParticipants(state),
      playedAt: state.meta.createdAt.slice(0, 10),
      planEdits: runner.planEdits(),
    },
  });
  const render = { json: renderJson, md: renderMarkdown, html: renderHtml, csv: renderCsv, xapi: renderXapi }[
    format
  ];
  return { body: render(report), contentType: CONTENT_TYPES[format] };
}
