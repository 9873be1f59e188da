// @vitest-environment happy-dom
import { getByText, queryByText } from "@testing-library/dom";
import { describe, expect, it } from "vitest";
import { createDrill } from "../../src/engine/createDrill";
import { createBusinessTrackList } from "../../src/ui/businessTrackList";
import { businessScenario } from "../engine/fixtures/businessScenario";

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
});
