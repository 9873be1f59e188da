import { describe, expect, it } from "vitest";
import { fitText, layoutOpsRoom, shortLabel } from "../../src/scene/opsRoomLayout";
import { fixtureView } from "../ui/support/fakeDrill";

describe("the ops-room map layout", () => {
  it("puts every node inside its zone and every zone inside the canvas, without overlaps", () => {
    const layout = layoutOpsRoom(fixtureView(), 800, 500);
    expect(layout.nodes.map((node) => node.key).sort()).toEqual(
      ["credential:ci-key", "instance:api-1", "provider:buildbarn", "service:payments"].sort(),
    );
    for (const zone of layout.zones) {
      expect(zone.x).toBeGreaterThanOrEqual(0);
      expect(zone.x + zone.width).toBeLessThanOrEqual(800);
      expect(zone.y + zone.height).toBeLessThanOrEqual(500);
    }
    const sorted = [...layout.zones].sort((a, b) => a.x - b.x);
    for (let index = 1; index < sorted.length; index += 1) {
      const previous = sorted[index - 1]!;
      expect(sorted[index]!.x).toBeGreaterThanOrEqual(previous.x + previous.width);
    }
    const production = layout.zones.find((zone) => zone.id === "prod")!;
    const api = layout.nodes.find((node) => node.key === "instance:api-1")!;
    expect(api.x).toBeGreaterThanOrEqual(production.x);
    expect(api.x + api.width).toBeLessThanOrEqual(production.x + production.width);
  });

  it("paints live states: compromised-known, isolated, terminated, imaged, revoked", () => {
    const view = fixtureView();
    view.instances[0] = { ...view.instances[0]!, state: "terminated", imaged: true };
    view.credentials[0] = { ...view.credentials[0]!, state: "revoked", knownCompromised: true };
    const layout = layoutOpsRoom(view, 800, 500);
    expect(layout.nodes.find((node) => node.key === "instance:api-1")?.states).toEqual([
      "compromised-known",
      "terminated",
      "imaged",
    ]);
    expect(layout.nodes.find((node) => node.key === "credential:ci-key")?.states).toEqual([
      "compromised-known",
      "revoked",
    ]);
  });

  it("shows the clock, who is in the call and the room, and the latest detected attacker activity", () => {
    const view = fixtureView();
    view.now = 95;
    view.team = {
      icPaged: true,
      codename: "Blue Heron",
      call: { members: ["ana"] },
      room: { name: "blue-heron", members: [] },
      assignments: [],
    };
    view.activity = [
      { at: 10, text: "New instance appeared", kind: "attacker" },
      { at: 20, text: "You isolated api-1", kind: "action" },
    ];
    const layout = layoutOpsRoom(view, 800, 500);
    expect(layout.clock).toBe("T+1:35");
    expect(layout.team).toBe("Blue Heron · Call: Ana Ruiz · Room blue-heron: nobody");
    expect(layout.detected).toEqual(["T+0:10 New instance appeared"]);
  });

  it("keeps many nodes of one zone inside the zone by adding columns", () => {
    const view = fixtureView();
    view.credentials = Array.from({ length: 40 }, (_, index) => ({
      id: `key-${index}`,
      name: `key-${index}`,
      kind: "access-key",
      state: "active" as const,
      storedOn: ["buildbarn"],
      knownCompromised: false,
    }));
    const layout = layoutOpsRoom(view, 900, 520);
    const vendors = layout.zones.find((zone) => zone.id === "vendors")!;
    for (const node of layout.nodes.filter((candidate) => candidate.kind === "credential")) {
      expect(node.y + node.height).toBeLessThanOrEqual(vendors.y + vendors.height);
    }
  });

  it("shortens labels for the map", () => {
    expect(shortLabel("ci-aws-deploy (AWS access key, production deploys)")).toBe("ci-aws-deploy");
    expect(fitText("Production cloud account", 60, 6)).toBe("Productio…");
  });
});
