// @vitest-environment happy-dom
import { getByRole, within } from "@testing-library/dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DrillSettings } from "../../src/ui/drillSettings";
import { renderBriefingScreen } from "../../src/ui/start/briefingScreen";
import type { ScenarioSummary } from "../../src/ui/start/scenarioSummary";
import { renderStartScreen } from "../../src/ui/start/startScreen";

const summary: ScenarioSummary = {
  id: "borrowed-keys",
  title: "Borrowed Keys",
  premise: "A CI vendor was breached <script>alert(1)</script>.",
  difficulty: "intermediate",
  expectedDuration: 45,
  stresses: ["containment", "disclosure"],
  briefing: {
    title: "Situation manual",
    situation: "First paragraph.\n\nSecond paragraph.",
    yourRole: "On call.",
    objectives: ["Stop it", "Tell people"],
  },
  modules: [{ title: "Hour zero", summary: "The first hour." }],
};
const settings: DrillSettings = {
  scenarioId: "borrowed-keys",
  seed: "17",
  pacing: "live",
  minutesPerSecond: 5,
  assist: true,
};

describe("the start screen", () => {
  let root: HTMLElement;
  beforeEach(() => {
    document.body.replaceChildren();
    root = document.createElement("main");
    document.body.append(root);
  });

  const render = (overrides: Partial<Parameters<typeof renderStartScreen>[1]> = {}) => {
    const options = {
      scenarios: [summary],
      settings,
      problems: [],
      newSeed: () => "99",
      saved: [],
      onBriefing: vi.fn(),
      onResume: vi.fn(),
      onRename: vi.fn(),
      onDelete: vi.fn(),
      onImport: vi.fn(),
      ...overrides,
    };
    return { screen: renderStartScreen(root, options), options };
  };

  it("shows each scenario's title, premise, difficulty, duration and stressed dimensions as text", () => {
    render();
    const picker = getByRole(root, "group", { name: "Scenario" });
    expect(within(picker).getByRole("radio", { name: "Borrowed Keys" })).toHaveProperty("checked", true);
    expect(within(picker).getByText("A CI vendor was breached <script>alert(1)</script>.")).toBeTruthy();
    expect(root.querySelector("script")).toBeNull();
    expect(within(picker).getByText("intermediate")).toBeTruthy();
    expect(within(picker).getByText("about 45 minutes")).toBeTruthy();
    expect(within(picker).getByText("Containment, Disclosure")).toBeTruthy();
  });

  it("the seed is editable, can be re-rolled, and the shareable link follows it", () => {
    const { options } = render();
    const seed = getByRole(root, "textbox", { name: "Seed" }) as HTMLInputElement;
    expect(seed.value).toBe("17");
    getByRole(root, "button", { name: "New random seed" }).click();
    expect(seed.value).toBe("99");
    expect(getByRole(root, "link", { name: /Shareable link/ }).getAttribute("href")).toBe(
      "#/?scenario=borrowed-keys&seed=99",
    );
    seed.value = "my-seed";
    seed.dispatchEvent(new Event("input"));
    getByRole(root, "radio", { name: /Turn-based/ }).click();
    getByRole(root, "radio", { name: /Exam/ }).click();
    getByRole(root, "button", { name: "Read the briefing" }).click();
    expect(options.onBriefing).toHaveBeenCalledWith({
      ...settings,
      seed: "my-seed",
      pacing: "turn",
      assist: false,
    });
  });

  it("refuses an empty seed with an alert", () => {
    const { options } = render();
    const seed = getByRole(root, "textbox", { name: "Seed" }) as HTMLInputElement;
    seed.value = "";
    seed.dispatchEvent(new Event("input"));
    getByRole(root, "button", { name: "Read the briefing" }).click();
    expect(options.onBriefing).not.toHaveBeenCalled();
    expect(getByRole(root, "alert").textContent).toMatch(/Enter a seed/);
  });

  it("lists several saved drills with names and dates; resumes, renames, and deletes only after asking", async () => {
    const { screen, options } = render({
      saved: [
        {
          id: "a",
          name: "Borrowed Keys, seed 17",
          scenarioTitle: "Borrowed Keys",
          at: "T+1:05",
          savedAt: "2026-03-02T14:05:00.000Z",
          createdAt: "2026-03-02T13:40:00.000Z",
          ended: false,
        },
        {
          id: "b",
          name: "Friday practice",
          scenarioTitle: "Inside Voice",
          at: "T+7d",
          savedAt: "2026-03-01T10:00:00.000Z",
          createdAt: "2026-03-01T09:00:00.000Z",
          ended: true,
        },
      ],
    });
    const saved = getByRole(root, "region", { name: "Saved drills" });
    expect(
      within(saved)
        .getAllByRole("listitem")
        .map((item) => item.querySelector("strong")?.textContent),
    ).toEqual(["Borrowed Keys, seed 17", "Friday practice"]);
    expect(within(saved).getByText(/in progress at T\+1:05 · saved .*2026/)).toBeTruthy();
    within(saved).getByRole("button", { name: "Resume Borrowed Keys, seed 17 at T+1:05" }).click();
    expect(options.onResume).toHaveBeenCalledWith("a");
    within(saved).getByRole("button", { name: "Debrief Friday practice at T+7d" }).click();
    expect(options.onResume).toHaveBeenLastCalledWith("b");

    within(saved).getByRole("button", { name: "Rename Friday practice" }).click();
    const name = within(saved).getByRole("textbox", { name: "New name" }) as HTMLInputElement;
    name.value = "Friday practice (team B)";
    within(saved).getByRole("button", { name: "Save name" }).click();
    expect(options.onRename).toHaveBeenCalledWith("b", "Friday practice (team B)");

    within(saved).getByRole("button", { name: "Delete Borrowed Keys, seed 17" }).click();
    const dialog = getByRole(document.body, "dialog", { name: "Delete this saved drill?" });
    within(dialog).getByRole("button", { name: "Cancel" }).click();
    await Promise.resolve();
    expect(options.onDelete).not.toHaveBeenCalled();
    within(saved).getByRole("button", { name: "Delete Borrowed Keys, seed 17" }).click();
    within(getByRole(document.body, "dialog")).getByRole("button", { name: "Delete the drill" }).click();
    await Promise.resolve();
    expect(options.onDelete).toHaveBeenCalledWith("a");
    expect(within(saved).getAllByRole("listitem")).toHaveLength(1);

    screen.alert("This drill file has format version 9; this Hotwash reads version 1.");
    expect(getByRole(root, "alert").textContent).toBe(
      "This drill file has format version 9; this Hotwash reads version 1.",
    );
  });

  it("the briefing reads like a situation manual and starts the drill", () => {
    const onStart = vi.fn();
    renderBriefingScreen(root, { scenario: summary, settings, onStart, onBack: vi.fn() });
    expect(getByRole(root, "heading", { level: 1, name: "Situation manual" })).toBeTruthy();
    const situation = getByRole(root, "region", { name: "Situation" });
    expect(
      within(situation)
        .getAllByText(/paragraph/)
        .map((p) => p.textContent),
    ).toEqual(["First paragraph.", "Second paragraph."]);
    expect(within(getByRole(root, "region", { name: "Objectives" })).getAllByRole("listitem")).toHaveLength(
      2,
    );
    getByRole(root, "button", { name: "Start the drill" }).click();
    expect(onStart).toHaveBeenCalledOnce();
  });
});
