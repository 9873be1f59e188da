import { describe, expect, it } from "vitest";
import { opsPicture } from "../../src/presentation/opsNodes";
import { fixtureView } from "../ui/support/fakeDrill";

const fact = (id: string, at: number, text: string) => ({
  fact: id,
  text,
  at,
  discoveredAt: 60,
  via: "cloudtrail",
});

describe("the attack path as the team has uncovered it", () => {
  it("is empty until the case file holds something, whatever the attacker has done", () => {
    const view = fixtureView();
    view.activity = [{ at: 5, text: "You isolated api-1", kind: "action" }];
    expect(opsPicture(view).path).toEqual({ steps: [], edges: [], addresses: [] });
  });

  it("orders discovered facts by when they happened and joins the nodes and outside addresses each one names", () => {
    const view = fixtureView();
    view.caseFile = [
      fact("late", -10, "ci-aws-deploy read payments-svc data from 198.51.100.23."),
      fact("early", -900, "BuildBarn audit: every secret was read, ci-aws-deploy among them."),
    ];
    const { path, nodes } = opsPicture(view);
    expect(path.steps.map((step) => [step.number, step.keys])).toEqual([
      [1, ["provider:buildbarn", "credential:ci-key"]],
      [2, ["address:198.51.100.23", "credential:ci-key", "service:payments"]],
    ]);
    expect(path.edges).toEqual([
      { from: "provider:buildbarn", to: "credential:ci-key", step: 1 },
      { from: "address:198.51.100.23", to: "credential:ci-key", step: 2 },
      { from: "credential:ci-key", to: "service:payments", step: 2 },
    ]);
    expect(nodes.find((node) => node.key === "address:198.51.100.23")).toMatchObject({
      kind: "address",
      steps: [2],
      states: [{ text: "seen in the evidence", tone: "attacker" }],
    });
    expect(nodes.find((node) => node.key === "credential:ci-key")?.steps).toEqual([1, 2]);
  });

  it("draws every lead the team found, a decoy included: the case file says nothing of which is which", () => {
    const view = fixtureView();
    view.caseFile = [fact("noise", -500, "api-1 was scanned from 192.0.2.200, a research scanner.")];
    const { path } = opsPicture(view);
    expect(path.steps).toHaveLength(1);
    expect(JSON.stringify(path)).not.toMatch(/red-herring|decoy/);
  });

  it("reads an instance's own IP as that instance, never a private address or a longer id as an attacker's", () => {
    const view = fixtureView();
    view.caseFile = [
      fact("f", -5, "From 10.0.0.1 and 169.254.169.254, then ci-aws-deploy-old and 203.0.113.50."),
    ];
    view.activity = [{ at: 3, text: "Block IP address: 203.0.113.50", kind: "action" }];
    const { path, nodes } = opsPicture(view);
    expect(path.steps[0]?.keys).toEqual(["address:203.0.113.50", "instance:api-1"]);
    expect(
      nodes.find((node) => node.key === "address:203.0.113.50")?.states.map((state) => state.text),
    ).toEqual(["seen in the evidence", "blocked"]);
  });
});
