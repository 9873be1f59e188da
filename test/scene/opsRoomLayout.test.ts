import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/content/compileScenario";
import { createDrill } from "../../src/engine/createDrill";
import type { PlayerView } from "../../src/engine/playerView";
import { NODE_TONES } from "../../src/presentation/nodeTones";
import { layoutOpsRoom, type MapNode } from "../../src/scene/opsRoomLayout";
import { fixtureView } from "../ui/support/fakeDrill";

const SCENARIOS = join(import.meta.dirname, "../../scenarios");

/** Canvas sizes the map gets: the one-screen room at 1280×720 and 1440×900, and the stacked page on narrow screens. */
const SIZES: [number, number][] = [
  [593, 460],
  [673, 656],
  [1000, 380],
  [360, 500],
];

/** Each shipped scenario at the start, and again with every fact found, every node touched and every action pending. */
function shippedViews(): { name: string; view: PlayerView }[] {
  return readdirSync(SCENARIOS)
    .filter((file) => file.endsWith(".yaml") && !file.includes(".play."))
    .flatMap((file) => {
      const compiled = compileScenario(readFileSync(join(SCENARIOS, file), "utf8"), file);
      if (!compiled.ok) throw new Error(`${file} does not compile`);
      const scenario = compiled.value;
      const drill = createDrill(scenario, "1");
      drill.start();
      const start = drill.view();
      const worst: PlayerView = {
        ...start,
        instances: scenario.world.instances.map((instance) => ({
          id: instance.id,
          name: instance.name,
          zone: instance.zone,
          ip: instance.ip,
          disks: [...instance.disks],
          state: "shut-down",
          isolated: true,
          imaged: true,
          imagedOffsite: true,
          knownAffected: true,
          attackerMade: false,
        })),
        credentials: start.credentials.map((credential) => ({
          ...credential,
          knownCompromised: true,
          state: "revoked",
        })),
        caseFile: scenario.facts.map((fact) => ({
          fact: fact.id,
          kind: fact.kind,
          text: fact.text,
          at: fact.occurredAt,
          discoveredAt: 0,
          via: "test",
        })),
        pending: start.credentials.map((credential, seq) => ({
          seq,
          action: { type: "rotate-credential" as const, credential: credential.id },
          completesAt: 15,
        })),
      };
      return [
        { name: `${scenario.id} at the start`, view: start },
        { name: `${scenario.id} with everything found`, view: worst },
      ];
    });
}

const overlaps = (a: MapNode, b: MapNode) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe("the ops-room map layout", () => {
  describe.each(shippedViews())("$name", ({ view }) => {
    it.each(SIZES)(
      "at %i×%i: every node inside its zone and the canvas, none overlapping, every label fitting",
      (width, height) => {
        const layout = layoutOpsRoom(view, width, height);
        const mapped = view.instances.length + view.credentials.length + view.services.length;
        expect(layout.nodes.length).toBeGreaterThanOrEqual(mapped);
        for (const zone of layout.zones) {
          expect(zone.x).toBeGreaterThanOrEqual(0);
          expect(zone.y).toBeGreaterThanOrEqual(0);
          expect(zone.x + zone.width).toBeLessThanOrEqual(width);
          expect(zone.y + zone.height).toBeLessThanOrEqual(height);
          for (const line of zone.title) expect(line.length * 7.5).toBeLessThanOrEqual(zone.width - 12);
        }
        for (const [index, node] of layout.nodes.entries()) {
          expect(
            layout.zones.some(
              (zone) =>
                node.x >= zone.x &&
                node.y >= zone.y &&
                node.x + node.width <= zone.x + zone.width &&
                node.y + node.height <= zone.y + zone.height,
            ),
            node.key,
          ).toBe(true);
          for (const other of layout.nodes.slice(index + 1))
            expect(overlaps(node, other), `${node.key} and ${other.key}`).toBe(false);
          for (const line of node.lines)
            expect(line.length * node.font.char, `${node.key}: ${line}`).toBeLessThanOrEqual(node.width - 8);
          expect(node.lines.length * node.font.line, node.key).toBeLessThanOrEqual(node.height);
        }
      },
    );
  });

  it("paints a node in the tone of what was done to it, with a stripe when it was also found compromised", () => {
    const view = fixtureView();
    view.instances[0] = { ...view.instances[0]!, state: "terminated", imaged: true };
    view.credentials[0] = { ...view.credentials[0]!, state: "revoked", knownCompromised: true };
    const layout = layoutOpsRoom(view, 800, 500);
    const api = layout.nodes.find((node) => node.key === "instance:api-1")!;
    expect(api).toMatchObject({ fill: NODE_TONES.gone.fill, compromised: true, imaged: true });
    expect(api.lines.at(-1)).toBe("compromised · terminated · imaged");
    const key = layout.nodes.find((node) => node.key === "credential:ci-key")!;
    expect(key).toMatchObject({ fill: NODE_TONES.secured.fill, compromised: true });
    const fresh = layoutOpsRoom(fixtureView(), 800, 500).nodes.find((node) => node.key === "instance:api-1")!;
    expect(fresh.fill).toBe(NODE_TONES.compromised.fill);
  });

  it("draws the attack path between the nodes the case file names, with its step numbers on them", () => {
    const view = fixtureView();
    view.caseFile = [
      {
        fact: "f1",
        text: "ci-aws-deploy was read from BuildBarn by 198.51.100.23.",
        at: -100,
        discoveredAt: 5,
        via: "cloudtrail",
      },
    ];
    const layout = layoutOpsRoom(view, 800, 500);
    expect(layout.edges.map((edge) => [edge.from, edge.to])).toEqual([
      ["address:198.51.100.23", "credential:ci-key"],
      ["credential:ci-key", "provider:buildbarn"],
    ]);
    expect(layout.nodes.find((node) => node.key === "credential:ci-key")?.lines.at(-1)).toBe("#1");
    expect(layout.zones.map((zone) => zone.id)).toEqual(["prod", "vendors", ""]);
  });

  it("leaves out zones with nothing in them and shows who is in the call and the room", () => {
    const view = fixtureView();
    view.zones.push({ id: "corp", name: "Corporate", kind: "corporate" });
    view.now = 95;
    view.team = {
      icPaged: true,
      codename: "Blue Heron",
      call: { members: ["ana"] },
      room: { name: "blue-heron", members: [] },
      assignments: [],
    };
    const layout = layoutOpsRoom(view, 800, 500);
    expect(layout.zones.map((zone) => zone.id)).toEqual(["prod", "vendors"]);
    expect(layout.clock).toBe("T+1:35");
    expect(layout.team).toBe("Blue Heron · Call: Ana Ruiz · Room blue-heron: nobody");
  });
});
