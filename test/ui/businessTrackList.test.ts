// @vitest-environment happy-dom
import { getByText, queryByText } from "@testing-library/dom";
import { describe, expect, it } from "vitest";
import { createDrill } from "../../src/engine/createDrill";
import { createBusinessTrackList } from "../../src/ui/businessTrackList";
import { businessScenario } from "../engine/fixtures/businessScenario";
import { fixtureView } from "./support/fakeDrill";

describe("the business track under the map", () => {
  it("lists every service as working before anything broke, and names no impact in advance", () => {
    const drill = createDrill(businessScenario(), "1");
    drill.start();
    const track = createBusinessTrackList();
    track.update(drill.view());
    expect(track.element.querySelector("summary")?.textContent).toBe("Business: every service working (2)");
    expect(queryByText(track.element, /Deploys fail/)).toBeNull();
  });

  it("shows what the response broke, since when, until when, and whether anyone was told", () => {
    const drill = createDrill(businessScenario(), "1");
    drill.start();
    drill.submit({ type: "maintenance-notice", body: "Checkout is down for maintenance." });
    drill.submit({ type: "revoke-credential", credential: "deploy-key" });
    drill.submit({ type: "shutdown-service", service: "api" });
    drill.advance(30);
    const track = createBusinessTrackList();
    track.update(drill.view());
    expect(track.element.querySelector("summary")?.textContent).toBe("Business: 2 of 2 services impaired");
    expect(
      getByText(track.element, /Deploys fail: the deploy key is revoked\..*\(nobody was told\)/),
    ).toBeTruthy();
    expect(getByText(track.element, /Checkout is down with the API\..*\(announced\)/)).toBeTruthy();
    expect(getByText(track.element, "impaired, announced")).toBeTruthy();
  });

  it("lists a statutory clock: not started, then due by a date and time, then overdue or notified", () => {
    const track = createBusinessTrackList();
    const clock = { id: "gdpr-art-33", name: "Supervisory authority (GDPR Art. 33)", within: 72 * 60 };
    const view = {
      ...fixtureView(),
      business: [],
      scenario: { ...fixtureView().scenario, start: { date: "2026-11-19", time: "09:15", zone: "UTC" } },
    };
    track.update({ ...view, statutoryClocks: [clock] });
    expect(track.element.hidden).toBe(false);
    expect(getByText(track.element, "Statutory: Supervisory authority (GDPR Art. 33)")).toBeTruthy();
    expect(getByText(track.element, "not started")).toBeTruthy();
    track.update({ ...view, now: 60, statutoryClocks: [{ ...clock, startedAt: 30, dueAt: 30 + 72 * 60 }] });
    expect(getByText(track.element, "running")).toBeTruthy();
    expect(getByText(track.element, /^Due by Sun 22 Nov 09:45 \(T\+3d 00:30\)/)).toBeTruthy();
    track.update({
      ...view,
      now: 80 * 60,
      statutoryClocks: [{ ...clock, startedAt: 30, dueAt: 30 + 72 * 60 }],
    });
    expect(getByText(track.element, "overdue")).toBeTruthy();
    track.update({
      ...view,
      now: 80 * 60,
      statutoryClocks: [{ ...clock, startedAt: 30, dueAt: 30 + 72 * 60, notifiedAt: 49 * 60 }],
    });
    expect(getByText(track.element, "notified")).toBeTruthy();
    expect(getByText(track.element, /Notified Sat 21 Nov 10:15 \(T\+2d 01:00\)\.$/)).toBeTruthy();
  });
});
