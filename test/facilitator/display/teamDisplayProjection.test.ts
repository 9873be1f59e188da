import { describe, expect, it } from "vitest";
import { promptFor } from "../../../src/facilitator/display/displayPrompt";
import { projectTeamDisplay } from "../../../src/facilitator/display/teamDisplayProjection";
import { samplePlayerView } from "../support/samplePlayerView";

const roster = [
  { name: "Ana", role: "incident-commander" as const },
  { name: "Ben", role: "scribe" as const },
];

describe("team display projection", () => {
  it("shows the room what the team knows, worded for the projector", () => {
    const display = projectTeamDisplay(samplePlayerView(), { roster });
    expect(display.clock).toBe("T+0:45");
    expect(display.module).toEqual({ title: "Detection", summary: "Alerts." });
    expect(display.roster).toEqual([
      { name: "Ana", role: "Incident Commander" },
      { name: "Ben", role: "Scribe" },
    ]);
    expect(display.inbox[0]).toMatchObject({
      from: "Sam Sec",
      subject: "Odd API calls",
      answered: "Acknowledge",
    });
    expect(display.team.room).toEqual({
      name: "blue-heron",
      topic: "Attorney Work Project",
      members: ["Sam Sec", "Ivy Ops"],
    });
    expect(display.systems[0]).toEqual({
      name: "web-1",
      zone: "Production",
      state: "running",
      notes: ["known affected", "isolated", "imaged off-site"],
    });
    expect(display.pending).toEqual([{ label: "Rotate credential: Deploy key", completesAt: "T+1:00" }]);
    expect(display.caseFile).toEqual([{ at: "T-10:00", text: "Recon from 203.0.113.5" }]);
  });

  it("copies field by field, so anything added to the player view does not reach the display", () => {
    const view = samplePlayerView() as ReturnType<typeof samplePlayerView> & { secret?: string };
    view.secret = "ZZ-SMUGGLED";
    (view.instances[0] as unknown as Record<string, unknown>).affected = "ZZ-GROUND-TRUTH";
    (view.inbox[0] as unknown as Record<string, unknown>).controller = { evaluatorNotes: "ZZ-NOTES" };
    const wire = JSON.stringify(projectTeamDisplay(view, { roster }));
    expect(wire).not.toContain("ZZ-");
  });

  it("never carries the seed, the next event time or the sent-message log", () => {
    const wire = JSON.stringify(
      projectTeamDisplay(samplePlayerView({ seed: "seed-zz-42", nextEventAt: 4321 }), { roster }),
    );
    expect(wire).not.toContain("seed-zz-42");
    expect(wire).not.toContain("4321");
    expect(wire).not.toMatch(/"(seed|nextEventAt|sent|contentHash)"/);
  });

  it("shows the briefing only while the drill is in its briefing", () => {
    expect(projectTeamDisplay(samplePlayerView({ phase: "briefing" }), { roster }).briefing?.title).toBe(
      "Briefing",
    );
    expect(projectTeamDisplay(samplePlayerView(), { roster }).briefing).toBeUndefined();
  });

  it("pushes the module's discussion questions at its start and the hotwash questions at the end", () => {
    expect(promptFor(samplePlayerView())).toEqual({
      kind: "discussion",
      module: "m1",
      moduleTitle: "Detection",
      questions: ["Who do you page first?"],
    });
    expect(promptFor(samplePlayerView({ currentModule: "m2" }))).toBeUndefined();
    const ended = promptFor(samplePlayerView({ ended: true, phase: "debrief" }));
    expect(ended?.kind).toBe("hotwash");
    expect(ended?.questions.length).toBeGreaterThan(2);
  });
});
