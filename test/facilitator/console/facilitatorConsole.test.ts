// @vitest-environment happy-dom
import { fireEvent, getByLabelText, getByRole, within } from "@testing-library/dom";
import { afterEach, describe, expect, it } from "vitest";
import { SESSION_FILE_FORMAT } from "../../../src/app/sessionFileFormat";
import type { ConsoleDeps } from "../../../src/facilitator/console/consoleDeps";
import { mountFacilitatorConsole } from "../../../src/facilitator/console/facilitatorConsole";
import type { TeamDisplayView } from "../../../src/facilitator/display/teamDisplayView";
import { startDisplaySync } from "../../../src/facilitator/sync/displaySync";
import { memoryTransportPair } from "../../../src/facilitator/sync/syncTransport";
import { MARKED_SCENARIO } from "../fixtures/markedScenario";
import { ENGINE_SERVICES } from "../support/engineServices";

const KEY = "0123456789abcdef0123456789abcdef";

let stop: (() => void) | undefined;
afterEach(() => {
  stop?.();
  localStorage.clear();
});

function consoleWithDisplay() {
  const { a, b, sent } = memoryTransportPair();
  const opened: string[] = [];
  const deps: ConsoleDeps = {
    scenarios: [MARKED_SCENARIO],
    services: ENGINE_SERVICES,
    storage: localStorage,
    sessionFiles: SESSION_FILE_FORMAT,
    transport: () => a,
    sessionKey: KEY,
    openDisplay: (session) => opened.push(session),
    randomSeed: () => "7",
    newSessionId: () => "test-session",
    today: () => "2026-11-28",
  };
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  stop = mountFacilitatorConsole(root, deps);
  const views: TeamDisplayView[] = [];
  return {
    root,
    deps,
    opened,
    sent,
    views,
    connectDisplay: () =>
      startDisplaySync(b, { session: "test-session", key: KEY }, (view) => views.push(view)),
  };
}

function startSession(root: HTMLElement): void {
  (getByLabelText(root, "Incident Commander") as HTMLInputElement).value = "Ana";
  fireEvent.click(getByRole(root, "button", { name: "Start session" }));
}

describe("the facilitator console", () => {
  it("starts a session from the roster and opens the display for it", () => {
    const { root, opened } = consoleWithDisplay();
    startSession(root);
    expect(getByRole(root, "heading", { level: 1 }).textContent).toBe("Facilitating: Marked Drill");
    fireEvent.click(getByRole(root, "button", { name: "Open team display" }));
    expect(opened).toEqual(["test-session"]);
  });

  it("drives the display: start, fire an inject, pause — and autosaves every step", () => {
    const { root, views, connectDisplay } = consoleWithDisplay();
    startSession(root);
    connectDisplay();
    fireEvent.click(getByRole(root, "button", { name: "Start the drill" }));
    fireEvent.click(getByRole(root, "button", { name: "Fire now i-customer" }));
    fireEvent.click(getByRole(root, "button", { name: "Pause" }));
    const last = views.at(-1);
    expect(last?.phase).toBe("paused");
    expect(last?.inbox.map((message) => message.body)).toContain("ZZINJ-i-customer-body are we affected?");
    const saved = JSON.parse(localStorage.getItem("hotwash.facilitator.session") ?? "{}") as {
      inputs: { intent: { type: string } }[];
    };
    expect(saved.inputs.map((input) => input.intent.type)).toEqual(["inject.fire", "drill.pause"]);
  });

  it("enters a decision attributed to the chosen person and role", () => {
    const { root } = consoleWithDisplay();
    startSession(root);
    fireEvent.click(getByRole(root, "button", { name: "Start the drill" }));
    const form = getByRole(root, "form", { name: "Enter a team decision" });
    (within(form).getByLabelText("Action") as HTMLSelectElement).value = "set-codename";
    fireEvent.change(within(form).getByLabelText("Action"));
    (within(form).getByLabelText("Codename") as HTMLInputElement).value = "blue-heron";
    fireEvent.submit(form);
    expect(form.textContent).toContain("Accepted at T+0:00");
    const saved = JSON.parse(localStorage.getItem("hotwash.facilitator.session") ?? "{}") as {
      inputs: unknown[];
    };
    expect(saved.inputs).toContainEqual({
      at: 0,
      by: "incident-commander",
      actorName: "Ana",
      intent: { type: "set-codename", codename: "blue-heron" },
    });
  });

  it("records answers to the module on the display, and later to an earlier module", () => {
    const { root } = consoleWithDisplay();
    startSession(root);
    fireEvent.click(getByRole(root, "button", { name: "Start the drill" }));
    const answer = (number: number, text: string) => {
      const form = getByRole(root, "form", { name: `Answer to question ${number}` });
      (within(form).getByRole("textbox") as HTMLTextAreaElement).value = text;
      fireEvent.submit(form);
    };
    expect(getByRole(root, "form", { name: "Answer to question 1" }).textContent).toContain(
      "Who do you page first?",
    );
    answer(1, "Ivy, then Sam");
    fireEvent.click(getByRole(root, "button", { name: "Jump to next module" }));
    expect(getByRole(root, "form", { name: "Answer to question 1" }).textContent).toContain(
      "What do you revoke?",
    );
    const questions = getByLabelText(root, "Questions") as HTMLSelectElement;
    questions.value = "module:m1";
    fireEvent.change(questions);
    answer(1, "We would page the IC sooner");
    const recorded = getByRole(root, "list", { name: "Recorded answers" }).textContent;
    expect(recorded).toContain("T+0:00 m1 Q1 (Facilitator): Ivy, then Sam");
    expect(recorded).toContain("T+2:00 m1 Q1 (Facilitator): We would page the IC sooner");
  });

  it("offers to resume the autosaved session after a reload", () => {
    const first = consoleWithDisplay();
    startSession(first.root);
    fireEvent.click(getByRole(first.root, "button", { name: "Start the drill" }));
    fireEvent.click(getByRole(first.root, "button", { name: "Advance 15 minutes" }));
    stop?.();
    const second = consoleWithDisplay();
    fireEvent.click(getByRole(second.root, "button", { name: "Resume the autosaved session" }));
    expect(within(second.root).getByLabelText("Exercise clock").textContent).toBe("T+0:15");
  });

  it("reports an unreadable autosaved session once, offers it for download, and does not offer to resume it", () => {
    localStorage.setItem("hotwash.facilitator.session", "{ damaged");
    const first = consoleWithDisplay();
    expect(first.root.textContent).toContain("The autosaved session could not be read");
    expect(getByRole(first.root, "button", { name: "Download the unreadable session" })).toBeTruthy();
    expect(within(first.root).queryByRole("button", { name: "Resume the autosaved session" })).toBeNull();
    stop?.();
    const second = consoleWithDisplay();
    expect(second.root.textContent).not.toContain("could not be read");
  });
});
