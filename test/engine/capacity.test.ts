import { describe, expect, it } from "vitest";
import type { PlayerAction } from "../../src/engine/actions";
import type { LogEntryOf } from "../../src/engine/log";
import type { RoleId } from "../../src/engine/organisation";
import type { ScenarioDefinition } from "../../src/engine/scenario";
import { fixtureScenario } from "./fixtures/fixtureScenario";
import { entries, play, type Step } from "./support";

/** The fixture with finite people and a second security engineer who can be invited. */
function staffed(): ScenarioDefinition {
  const scenario = fixtureScenario();
  return {
    ...scenario,
    capacity: "per-person",
    world: {
      ...scenario.world,
      people: [
        ...scenario.world.people,
        {
          id: "sec-sia",
          name: "Sia",
          title: "Security",
          internal: true,
          role: "security-lead",
          reachableBy: ["chat"],
          security: true,
        },
      ],
    },
    needToKnow: [...scenario.needToKnow, "sec-sia"],
  };
}

function playAs(scenario: ScenarioDefinition, steps: [number, PlayerAction, RoleId?][]) {
  return play(
    steps.map(([at, intent]) => [at, intent] as Step),
    { scenario, roles: steps.map(([, , role]) => role) },
  );
}

const investigations: PlayerAction[] = [
  { type: "investigate", logSource: "trail" },
  { type: "investigate", logSource: "vendor-audit" },
  { type: "investigate", logSource: "pz-logs" },
  { type: "investigate", logSource: "trail", target: "web-1" },
];

/** The most long tasks of one role running in the same minute, from the log's accepted entries. */
function mostAtOnce(accepted: LogEntryOf<"action.accepted">[]): number {
  const spans = accepted.map((entry) => [entry.startsAt ?? entry.at, entry.completesAt] as const);
  let most = 0;
  for (const [start] of spans)
    most = Math.max(most, spans.filter(([s, e]) => s <= start && start < e).length);
  return most;
}

const team: [number, PlayerAction, RoleId?][] = [
  [1, { type: "page-ic" }, "incident-commander"],
  [2, { type: "create-room", name: "sapphire-unicorn" }, "incident-commander"],
  [5, { type: "invite", people: ["sec-sam", "sec-sia"], to: "room" }, "incident-commander"],
];

describe("capacity: a person runs one long task at a time", () => {
  it("two security engineers cannot run more than two investigations at once: the others queue, visibly", () => {
    const steps = [
      ...team,
      ...investigations.map((action) => [10, action, "security-lead"] as [number, PlayerAction, RoleId]),
    ];
    const { log } = playAs(staffed(), steps);
    const accepted = entries(log, "action.accepted").filter((entry) => entry.action.type === "investigate");
    expect(accepted).toHaveLength(4);
    expect(mostAtOnce(accepted)).toBe(2);
    expect(accepted.map((entry) => entry.startsAt)).toEqual([undefined, undefined, 40, 40]);
    expect(accepted.map((entry) => entry.completesAt)).toEqual([40, 40, 70, 70]);
    const midway = playAs(staffed(), [
      ...steps,
      [20, { type: "note", text: "checking" }, "incident-commander"],
    ]).view;
    const queued = midway.pending.filter((item) => item.startsAt !== undefined);
    expect(queued.map((item) => [item.by, item.startsAt])).toEqual([
      ["security-lead", 40],
      ["security-lead", 40],
    ]);
  });

  it("with only one security engineer on the team, the same four run one after another", () => {
    const oneOnTeam = team.map(([at, action, role]) =>
      action.type === "invite"
        ? ([at, { ...action, people: ["sec-sam"] }, role] as (typeof team)[number])
        : ([at, action, role] as (typeof team)[number]),
    );
    const steps = [
      ...oneOnTeam,
      ...investigations.map((action) => [10, action, "security-lead"] as [number, PlayerAction, RoleId]),
    ];
    const accepted = entries(playAs(staffed(), steps).log, "action.accepted").filter(
      (entry) => entry.action.type === "investigate",
    );
    expect(mostAtOnce(accepted)).toBe(1);
    expect(accepted.map((entry) => entry.completesAt)).toEqual([40, 70, 100, 130]);
  });

  it("short moves never queue, and another role's hands are its own", () => {
    const steps: [number, PlayerAction, RoleId?][] = [
      ...team,
      ...investigations
        .slice(0, 3)
        .map((action) => [10, action, "security-lead"] as [number, PlayerAction, RoleId]),
      [10, { type: "revoke-credential", credential: "deploy-key" }, "security-lead"],
      [10, { type: "rotate-credential", credential: "etl-key" }, "service-owner"],
    ];
    const accepted = entries(playAs(staffed(), steps).log, "action.accepted");
    const revoke = accepted.find((entry) => entry.action.type === "revoke-credential");
    const rotate = accepted.find((entry) => entry.action.type === "rotate-credential");
    expect(revoke?.startsAt).toBeUndefined();
    expect(revoke?.completesAt).toBe(15);
    expect(rotate?.startsAt).toBeUndefined();
    expect(rotate?.completesAt).toBe(25);
  });

  it("a scenario with unlimited capacity starts everything at once", () => {
    const steps = [
      ...team,
      ...investigations.map((action) => [10, action, "security-lead"] as [number, PlayerAction, RoleId]),
    ];
    const accepted = entries(
      playAs({ ...staffed(), capacity: "unlimited" }, steps).log,
      "action.accepted",
    ).filter((entry) => entry.action.type === "investigate");
    expect(mostAtOnce(accepted)).toBe(4);
  });
});
