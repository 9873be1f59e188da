// @vitest-environment happy-dom
import { findByRole, fireEvent, getByLabelText, getByRole, queryByLabelText } from "@testing-library/dom";
import { describe, expect, it } from "vitest";
import type {
  TeamSessionOffer,
  TeamSessionRequest,
  TeamSessionService,
} from "../../../src/facilitator/console/consoleDeps";
import { type ConsoleJoinLink, teamSessionPanel } from "../../../src/facilitator/console/teamSessionPanel";
import { teamSessionSetup } from "../../../src/facilitator/console/teamSessionSetup";

function fakeServer(
  offer: TeamSessionOffer,
  answer: { ok: true } | { ok: false; error: string } = { ok: true },
) {
  const asked: TeamSessionRequest[] = [];
  const service: TeamSessionService = {
    offer: async () => offer,
    knownSecret: () => undefined,
    create: async (request) => {
      asked.push(request);
      return answer;
    },
  };
  const root = document.createElement("div");
  document.body.replaceChildren(root);
  root.append(teamSessionSetup(service, () => "4242"));
  return { root, asked };
}

const SCENARIOS = [
  { id: "borrowed-keys", title: "Borrowed Keys" },
  { id: "inside-voice", title: "Inside Voice" },
];

describe("the console's 'Run a team session' panel", () => {
  it("creates the chosen scenario with its seed and approval on a server on this machine, asking no secret", async () => {
    const { root, asked } = fakeServer({ available: true, secretRequired: false, scenarios: SCENARIOS });
    const create = await findByRole(root, "button", { name: "Create the team session" });
    expect(queryByLabelText(root, "Facilitator secret")).toBeNull();
    fireEvent.change(getByLabelText(root, "Scenario"), { target: { value: "inside-voice" } });
    fireEvent.input(getByLabelText(root, "Seed"), { target: { value: " 17 " } });
    fireEvent.click(getByLabelText(root, "Players' decisions wait for my approval"));
    fireEvent.click(create);
    expect(asked).toEqual([{ scenario: "inside-voice", seed: "17", approval: true }]);
  });

  it("asks for the facilitator secret when the server is reachable from the network, and shows a refusal", async () => {
    const { root, asked } = fakeServer(
      { available: true, secretRequired: true, scenarios: SCENARIOS },
      { ok: false, error: "The session server refused: unauthorized" },
    );
    const create = await findByRole(root, "button", { name: "Create the team session" });
    fireEvent.click(create);
    expect(getByRole(root, "alert").textContent).toContain("facilitator secret");
    expect(asked).toEqual([]);
    fireEvent.input(getByLabelText(root, "Facilitator secret"), { target: { value: "wrong-secret-123456" } });
    fireEvent.click(create);
    expect(asked).toEqual([
      { scenario: "borrowed-keys", seed: "4242", approval: false, secret: "wrong-secret-123456" },
    ]);
    await expect
      .poll(() => getByRole(root, "alert").textContent)
      .toBe("The session server refused: unauthorized");
  });

  it("says how to get a session server when this page was not served by one", async () => {
    const { root } = fakeServer({ available: false, reason: "this page was not served by one" });
    await expect.poll(() => root.textContent).toContain("npm run build && npx hotwash serve");
    expect(root.querySelector("form")).toBeNull();
  });
});

describe("the hosted console's join links", () => {
  const localOnlyWarning = (section: HTMLElement) =>
    [...section.querySelectorAll("p")].find((p) => p.textContent?.includes("this machine only"));
  const link = (
    audience: string,
    title: string,
    token: string,
    host = "192.0.2.7:8080",
  ): ConsoleJoinLink => ({
    audience,
    title,
    token,
    url: `http://${host}/#/join?token=${token}`,
    revoked: false,
  });

  function panelWith(links: ConsoleJoinLink[]) {
    const copied: string[] = [];
    const notices: string[] = [];
    const panel = teamSessionPanel(
      {
        state: () => {
          throw new Error("not needed");
        },
        send: () => {},
        revoke: () => {},
        copy: (text) => copied.push(text),
        qr: (_url, caption) => {
          const image = document.createElement("div");
          image.setAttribute("role", "img");
          image.setAttribute("aria-label", caption);
          return image;
        },
      },
      { notice: (message) => notices.push(message), alert: () => {} },
    );
    document.body.replaceChildren(panel.section);
    panel.links(links);
    return { section: panel.section, copied, notices };
  }

  it("lists the display, the evaluator and every role; the QR code opens under its own row", () => {
    const { section, copied } = panelWith([
      link("facilitator", "Facilitator", "f".repeat(43)),
      link("display", "Team display", "d".repeat(43)),
      link("evaluator", "Evaluator", "e".repeat(43)),
      link("player", "Legal counsel", "l".repeat(43)),
    ]);
    const rows = [...section.querySelectorAll("tbody tr")].map((row) => row.querySelector("td")?.textContent);
    expect(rows).toEqual(["Team display", "Evaluator", "Legal counsel"]);
    fireEvent.click(getByRole(section, "button", { name: "Show the Evaluator link as a QR code" }));
    const after = [...section.querySelectorAll("tbody tr")];
    expect(after[2]?.textContent).toContain("Evaluator: scan to join");
    expect(getByRole(section, "img", { name: "QR code of the Evaluator join link" })).toBeTruthy();
    fireEvent.click(getByRole(section, "button", { name: "Copy my console link" }));
    expect(copied).toEqual([`http://192.0.2.7:8080/#/join?token=${"f".repeat(43)}`]);
    expect(localOnlyWarning(section)?.hidden).toBe(true);
  });

  it("warns when the links name this machine only, so no other device could open them", () => {
    const { section } = panelWith([link("player", "HR", "h".repeat(43), "127.0.0.1:8080")]);
    const warning = [...section.querySelectorAll("p")].find((p) =>
      p.textContent?.includes("this machine only"),
    );
    expect(warning?.hidden).toBe(false);
  });
});
