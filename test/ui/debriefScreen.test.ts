// @vitest-environment happy-dom
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getByRole, within } from "@testing-library/dom";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import { createDrill } from "../../src/engine/createDrill";
import { replay } from "../../src/engine/headless/replay";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import type { ImprovementPlanEdit } from "../../src/report/afterActionReport";
import { buildReport } from "../../src/report/buildReport";
import { scoreDrill } from "../../src/scoring/scoreDrill";
import { renderDebriefScreen } from "../../src/ui/debrief/debriefScreen";

const HOSTILE = `<img src=x onerror=alert(1)>`;

describe("the debrief, from a played drill of Borrowed Keys", () => {
  let root: HTMLElement;
  let scenario: ScenarioDefinition;
  const downloads = {
    html: vi.fn(() => "<html></html>"),
    markdown: vi.fn(() => "# r"),
    json: vi.fn(() => "{}"),
    csv: vi.fn(() => "a,b"),
    play: vi.fn(() => "formatVersion: 1"),
  };
  const planEdits: ImprovementPlanEdit[] = [];
  let refuseNextEdit: string | undefined;

  beforeAll(() => {
    const source = readFileSync(join(import.meta.dirname, "../../scenarios/borrowed-keys.yaml"), "utf8");
    const compiled = compileScenario(source, "borrowed-keys.yaml");
    if (!compiled.ok) throw new Error(JSON.stringify(compiled.diagnostics));
    scenario = compiled.value;
    const drill = createDrill(scenario, "5");
    drill.start();
    drill.submit({ type: "page-ic" });
    drill.submit({ type: "set-codename", codename: HOSTILE });
    drill.submit({ type: "revoke-credential", credential: "ci-aws-deploy" });
    drill.advance(30);
    drill.end();
    const inputs = drill.inputs();
    const { log } = replay(scenario, "5", inputs);
    const report = buildReport({
      scenario,
      seed: "5",
      log,
      scoreCard: scoreDrill(scenario, log),
      inputs,
      meta: { mode: "solo" },
    });
    root = document.createElement("main");
    document.body.append(root);
    URL.createObjectURL = vi.fn(() => "blob:fake");
    URL.revokeObjectURL = vi.fn();
    renderDebriefScreen(root, {
      report,
      card: scenario.debrief,
      downloads,
      replay: {
        steps: inputs.length,
        describe: (step) => `decision ${step + 1}`,
        viewAt: (steps) => replay(scenario, "5", inputs.slice(0, steps)).view,
      },
      onPlanEdit: (edit) => {
        if (refuseNextEdit) return refuseNextEdit;
        planEdits.push(edit);
        return undefined;
      },
      onExportDrill: vi.fn(),
      onNewDrill: vi.fn(),
    });
  });

  it("shows the total and every dimension with its rating", () => {
    expect(getByRole(root, "heading", { level: 1, name: "Debrief: Borrowed Keys" })).toBeTruthy();
    const score = getByRole(root, "region", { name: "Score" });
    expect(within(score).getByText(/\/ 100/)).toBeTruthy();
    const rows = within(getByRole(score, "table", { name: "Scores per dimension" })).getAllByRole("row");
    expect(rows).toHaveLength(10);
  });

  it("shows the debrief card: the real incidents, their lessons and sources as text that loads and opens nothing", () => {
    const card = getByRole(root, "region", { name: "Behind the scenario" });
    const incidents = within(card).getByRole("list", { name: "Real incidents behind this scenario" });
    expect(within(incidents).getAllByRole("listitem")).toHaveLength(scenario.debrief.inspiredBy.length);
    for (const item of scenario.debrief.inspiredBy) {
      expect(card.textContent).toContain(`${item.incident} (${item.year})`);
      expect(card.textContent).toContain(item.lesson);
      expect(card.textContent).toContain(item.url);
    }
    expect(card.querySelectorAll("a, img, iframe, link")).toHaveLength(0);
  });

  it("keeps player text inert: the hostile codename is text, not an element", () => {
    expect(root.querySelector("img")).toBeNull();
    expect(root.textContent).toContain(HOSTILE);
  });

  it("links a finding to its moment on the swimlane timeline", () => {
    const findings = getByRole(root, "region", { name: "Findings" });
    const link = within(findings).getAllByRole("button", {
      name: /^Show \w{3} \d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC on the timeline$/,
    })[0]!;
    link.click();
    expect(document.activeElement?.closest("table")?.querySelector("caption")?.textContent).toBe(
      "What happened, lane by lane",
    );
  });

  it("shows what really happened and the improvement plan", () => {
    expect(
      within(getByRole(root, "region", { name: "What really happened" })).getAllByRole("listitem").length,
    ).toBeGreaterThan(3);
    const plan = getByRole(root, "region", { name: "Improvement plan" });
    expect(within(plan).getAllByRole("group").length).toBeGreaterThan(0);
  });

  it("edits an improvement plan row through labelled fields and hands the row's values on", () => {
    const plan = getByRole(root, "region", { name: "Improvement plan" });
    const row = within(plan).getAllByRole("group")[0]!;
    const contact = within(row).getByRole("textbox", { name: "Point of contact" }) as HTMLInputElement;
    contact.value = "Dana Whitfield, CISO office";
    contact.dispatchEvent(new Event("change"));
    const element = within(row).getByRole("combobox", { name: "Capability element" }) as HTMLSelectElement;
    element.value = "Training";
    element.dispatchEvent(new Event("change"));
    expect(planEdits.at(-1)).toMatchObject({
      pointOfContact: "Dana Whitfield, CISO office",
      capabilityElement: "Training",
    });
    expect(within(plan).getByRole("status").textContent).toBe("Row 1 saved.");
  });

  it("refuses a due date before the start date with one line, and a failed save with its reason", () => {
    const plan = getByRole(root, "region", { name: "Improvement plan" });
    const row = within(plan).getAllByRole("group")[0]!;
    const kept = planEdits.length;
    const start = within(row).getByLabelText("Start") as HTMLInputElement;
    const due = within(row).getByLabelText("Due") as HTMLInputElement;
    start.value = "2027-03-01";
    due.value = "2027-02-01";
    due.dispatchEvent(new Event("change"));
    expect(within(row).getByRole("alert").textContent).toBe(
      "Row 1: the due date 2027-02-01 is before the start date 2027-03-01.",
    );
    expect(planEdits).toHaveLength(kept);
    due.value = "2027-04-01";
    refuseNextEdit = "The browser's storage is full: export the drill to keep it.";
    due.dispatchEvent(new Event("change"));
    expect(within(row).getByRole("alert").textContent).toBe(refuseNextEdit);
    refuseNextEdit = undefined;
    due.dispatchEvent(new Event("change"));
    expect(within(row).getByRole("alert").textContent).toBe("");
    expect(planEdits.at(-1)).toMatchObject({ start: "2027-03-01", due: "2027-04-01" });
  });

  it("replays step by step: the slider rebuilds the drill up to a decision", () => {
    const replayRegion = getByRole(root, "region", { name: "Replay" });
    const slider = within(replayRegion).getByRole("slider", {
      name: "Replay up to decision",
    }) as HTMLInputElement;
    slider.value = "0";
    slider.dispatchEvent(new Event("input"));
    expect(replayRegion.textContent).toMatch(/after 0 of \d+ decisions/);
    expect(replayRegion.textContent).toMatch(/ci-aws-deploy[^:]*: active/);
    slider.value = slider.max;
    slider.dispatchEvent(new Event("input"));
    expect(replayRegion.textContent).toMatch(/ci-aws-deploy[^:]*: revoked/);
  });

  it("downloads each format through a same-origin Blob URL", () => {
    const region = getByRole(root, "region", { name: "Downloads" });
    for (const name of [
      "Download report (HTML)",
      "Download report (Markdown)",
      "Download report (JSON)",
      "Download findings (CSV)",
      "Download as a play script",
    ]) {
      within(region).getByRole("button", { name }).click();
    }
    expect(downloads.html).toHaveBeenCalledOnce();
    expect(downloads.csv).toHaveBeenCalledOnce();
    expect(downloads.play).toHaveBeenCalledOnce();
    expect(URL.createObjectURL).toHaveBeenCalledTimes(5);
  });
});
