import type { PlayerView } from "../../engine/playerView";
import type { DebriefCard } from "../../engine/scenario";
import type { AfterActionReport, TimelineEntry } from "../../report/afterActionReport";
import { el } from "../dom";
import { downloadText } from "../download";
import { renderDebriefCard } from "./debriefCard";
import { type PlanEditSink, renderPlanEditor } from "./planEditor";
import { renderReplay } from "./replayPanel";

export interface DebriefOptions {
  report: AfterActionReport;
  /** The scenario's debrief card: the real incidents behind it, their lessons and sources. */
  card?: DebriefCard;
  /** `play` is the drill as a play script (`<scenario>.my-drill.play.yaml`) for `hotwash test`. */
  downloads: { html(): string; markdown(): string; json(): string; csv(): string; play(): string };
  replay: { steps: number; describe(step: number): string; viewAt(steps: number): PlayerView };
  /** Keeps an edit of an improvement plan row with the drill (the downloads then carry it). */
  onPlanEdit: PlanEditSink;
  onExportDrill(): void;
  onNewDrill(): void;
}

const OUTCOME_LABEL = {
  met: "Met",
  partial: "Partly met",
  violated: "Violated",
  "n/a": "Not applicable",
} as const;

/** The debrief: scores with ratings, findings linked to the timeline, what really happened, the plan, downloads, replay. */
export function renderDebriefScreen(root: HTMLElement, options: DebriefOptions): void {
  const { report } = options;
  const base = `hotwash-${report.overview.scenario.id}-${report.overview.seed}`;
  const timelineIds = new Map<number, string>();
  const focusMoment = (at: number) => {
    const entry =
      report.timeline.entries.find((candidate) => candidate.at >= at) ??
      report.timeline.entries[report.timeline.entries.length - 1];
    const target = entry ? document.getElementById(timelineIds.get(entry.seq) ?? "") : null;
    target?.scrollIntoView({ block: "center" });
    target?.focus();
  };

  const heading = el("h1", { tabindex: "-1", text: `Debrief: ${report.overview.scenario.title}` });
  const summary = el(
    "section",
    { "aria-labelledby": "score-h", class: "score" },
    el("h2", { id: "score-h", text: "Score" }),
    el(
      "p",
      { class: "total" },
      el("strong", { text: `${Math.round(report.score.total)} / 100` }),
      ` — ${report.score.ratingLabel} (${report.score.rating})`,
    ),
    ...report.executiveSummary.whatHappened.map((line) => el("p", { text: line })),
    el("p", { text: report.executiveSummary.verdict }),
    table(
      "Scores per dimension",
      ["Dimension", "Score", "Rating", "Weight"],
      report.dimensions.map((dimension) => [
        dimension.title,
        dimension.score === null ? "—" : String(Math.round(dimension.score)),
        dimension.rating ? `${dimension.ratingLabel} (${dimension.rating})` : "Not rated",
        String(dimension.weight),
      ]),
    ),
  );

  const findings = el(
    "section",
    { "aria-labelledby": "findings-h" },
    el("h2", { id: "findings-h", text: "Findings" }),
    el(
      "ol",
      { class: "findings" },
      ...report.findings
        .filter((finding) => finding.outcome !== "n/a")
        .map((finding) =>
          el(
            "li",
            { class: `finding finding-${finding.outcome}` },
            el("h3", { text: `${OUTCOME_LABEL[finding.outcome]}: ${finding.title}` }),
            el("p", { text: finding.summary }),
            el("blockquote", { text: `${finding.step} — ${finding.checklistLine}` }),
            el("p", { class: "advice", text: finding.advice }),
            finding.at
              ? el("button", {
                  type: "button",
                  class: "link",
                  text: `Show ${finding.at.when} on the timeline`,
                  onclick: () => focusMoment(finding.at?.at ?? 0),
                })
              : null,
          ),
        ),
    ),
  );

  const lanes = report.timeline.lanes;
  const timeline = el(
    "section",
    { "aria-labelledby": "timeline-h" },
    el("h2", { id: "timeline-h", text: "Timeline" }),
    (() => {
      const node = el("table", { class: "swimlane" }, el("caption", { text: "What happened, lane by lane" }));
      node.append(
        el(
          "thead",
          {},
          el(
            "tr",
            {},
            el("th", { scope: "col", text: "Time" }),
            ...lanes.map((lane) => el("th", { scope: "col", text: lane.title })),
          ),
        ),
      );
      const body = el("tbody");
      for (const entry of report.timeline.entries) {
        const id = `timeline-${entry.seq}`;
        timelineIds.set(entry.seq, id);
        body.append(
          el(
            "tr",
            { id, tabindex: "-1" },
            el("th", { scope: "row", text: entry.when }),
            ...lanes.map((lane) => el("td", {}, ...(lane.id === entry.lane ? entryCell(entry) : []))),
          ),
        );
      }
      node.append(body);
      return node;
    })(),
  );

  const happened = el(
    "section",
    { "aria-labelledby": "happened-h" },
    el("h2", { id: "happened-h", text: "What really happened" }),
    el(
      "ol",
      {},
      ...report.whatReallyHappened.map((step) =>
        el(
          "li",
          { class: `attacker-${step.status}` },
          el("strong", { text: `${step.at?.when ?? "Never"}: ${step.title}` }),
          ` — ${step.status === "done" ? "happened" : step.status === "skipped" ? "prevented" : "not reached"}`,
          el("p", { text: step.description }),
          step.preventedBy.length > 0
            ? el("p", {
                text: `Prevented by: ${step.preventedBy.map((p) => `${p.label} (${p.at.when})`).join("; ")}`,
              })
            : null,
        ),
      ),
    ),
    report.privateInjects.length > 0 ? el("h3", { text: "Who knew what, when" }) : null,
    report.privateInjects.length > 0
      ? el("ul", {}, ...report.privateInjects.map((item) => el("li", { text: item.summary })))
      : null,
    el("h3", { text: "Facts" }),
    table(
      "Facts discovered, missed and lost",
      ["Fact", "When", "Status"],
      [
        ...report.facts.discovered.map((fact) => [
          fact.text,
          fact.occurred.when,
          `found ${fact.discovered?.when ?? ""}`,
        ]),
        ...report.facts.missed.map((fact) => [fact.text, fact.occurred.when, "missed"]),
        ...report.facts.lost.map((fact) => [
          fact.text,
          fact.occurred.when,
          `lost ${fact.lost?.when ?? ""}: ${fact.lostReason ?? ""}`,
        ]),
      ],
    ),
  );

  const plan = el(
    "section",
    { "aria-labelledby": "plan-h" },
    el("h2", { id: "plan-h", text: "Improvement plan" }),
    renderPlanEditor(report.improvementPlan, options.onPlanEdit),
  );

  const downloads = el(
    "section",
    { "aria-labelledby": "downloads-h" },
    el("h2", { id: "downloads-h", text: "Downloads" }),
    el(
      "div",
      { class: "button-row" },
      el("button", {
        type: "button",
        text: "Download report (HTML)",
        onclick: () => downloadText(`${base}.html`, options.downloads.html(), "text/html"),
      }),
      el("button", {
        type: "button",
        text: "Download report (Markdown)",
        onclick: () => downloadText(`${base}.md`, options.downloads.markdown(), "text/markdown"),
      }),
      el("button", {
        type: "button",
        text: "Download report (JSON)",
        onclick: () => downloadText(`${base}.json`, options.downloads.json(), "application/json"),
      }),
      el("button", {
        type: "button",
        text: "Download findings (CSV)",
        onclick: () => downloadText(`${base}.csv`, options.downloads.csv(), "text/csv"),
      }),
      el("button", { type: "button", text: "Export drill", onclick: options.onExportDrill }),
      el("button", {
        type: "button",
        text: "Download as a play script",
        onclick: () =>
          downloadText(
            `${report.overview.scenario.id}.my-drill.play.yaml`,
            options.downloads.play(),
            "application/yaml",
          ),
      }),
      el("button", { type: "button", text: "New drill", onclick: options.onNewDrill }),
    ),
  );

  root.replaceChildren(
    el(
      "div",
      { class: "debrief" },
      heading,
      el("p", {
        text: `Seed ${report.overview.seed} · ${report.overview.durationText} of sim time · ${report.overview.inputs} decisions`,
      }),
      summary,
      findings,
      timeline,
      happened,
      options.card ? renderDebriefCard(options.card) : null,
      plan,
      renderReplay(options.replay),
      downloads,
    ),
  );
  heading.focus();
}

function entryCell(entry: TimelineEntry): Node[] {
  const nodes: Node[] = [el("span", { text: entry.label })];
  if (entry.detail) nodes.push(el("span", { class: "detail", text: ` — ${entry.detail}` }));
  for (const marker of entry.markers)
    nodes.push(
      el("span", { class: `marker marker-${marker.outcome}`, text: ` [${marker.rule}: ${marker.outcome}]` }),
    );
  return nodes;
}

function table(caption: string, headers: string[], rows: string[][]): HTMLTableElement {
  return el(
    "table",
    {},
    el("caption", { text: caption }),
    el("thead", {}, el("tr", {}, ...headers.map((header) => el("th", { scope: "col", text: header })))),
    el(
      "tbody",
      {},
      ...rows.map((row) =>
        el(
          "tr",
          {},
          ...row.map((cell, index) =>
            index === 0 ? el("th", { scope: "row", text: cell }) : el("td", { text: cell }),
          ),
        ),
      ),
    ),
  );
}
