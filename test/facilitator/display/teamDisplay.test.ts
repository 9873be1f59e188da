// @vitest-environment happy-dom
import { getByTestId, getByText } from "@testing-library/dom";
import { describe, expect, it } from "vitest";
import { mountTeamDisplay } from "../../../src/facilitator/display/teamDisplay";
import { projectTeamDisplay } from "../../../src/facilitator/display/teamDisplayProjection";
import { memoryTransportPair } from "../../../src/facilitator/sync/syncTransport";
import { samplePlayerView } from "../support/samplePlayerView";

const S1 = { session: "s1", key: "0123456789abcdef0123456789abcdef" };

const HOSTILE = '<img src=x onerror="alert(1)"></script>';

describe("the team display window", () => {
  it("waits for the console, then shows what it publishes", () => {
    const root = document.createElement("div");
    const { a, b, sent } = memoryTransportPair();
    mountTeamDisplay(root, S1, b);
    expect(root.textContent).toContain("Waiting for the facilitator console");
    expect(JSON.parse(sent[0] ?? "{}")).toMatchObject({ type: "display.hello", ...S1 });
    a.post({
      type: "display.view",
      ...S1,
      view: projectTeamDisplay(samplePlayerView(), { roster: [] }),
    });
    expect(getByTestId(root, "display-clock").textContent).toBe("T+0:45");
    expect(getByText(root, "We see calls from an unknown IP.")).toBeTruthy();
  });

  it("renders scenario and player text as text, never as markup", () => {
    const root = document.createElement("div");
    const { a, b } = memoryTransportPair();
    mountTeamDisplay(root, S1, b);
    const view = samplePlayerView();
    view.inbox[0]!.body = HOSTILE;
    view.team.codename = HOSTILE;
    a.post({
      type: "display.view",
      ...S1,
      view: projectTeamDisplay(view, { roster: [{ name: HOSTILE, role: "scribe" }] }),
    });
    expect(root.querySelector("img")).toBeNull();
    expect(root.querySelector("script")).toBeNull();
    expect(root.textContent?.split(HOSTILE).length).toBe(4);
  });
});
