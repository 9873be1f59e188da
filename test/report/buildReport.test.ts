import { describe, expect, it } from "vitest";
import { hashLog } from "../../src/engine/headless/hashLog";
import { HOTWASH_QUESTIONS } from "../../src/engine/hotwashQuestions";
import { sha256Hex } from "../../src/engine/sha256";
import { wallClockAt } from "../../src/engine/wallClock";
import { buildReport } from "../../src/report/buildReport";
import { miniDrill, PLAIN_TEXT } from "./fixtures/drill";

/** The mini scenario's wall clock at a sim minute. */
const on = (at: number) => wallClockAt({ date: "2026-11-17", time: "09:00", zone: "UTC" }, at).text;

function sortedLog(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedLog);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedLog((value as Record<string, unknown>)[key])]),
  );
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    for (const member of Object.values(value)) deepFreeze(member);
    Object.freeze(value);
  }
  return value;
}

describe("buildReport over a facilitated mini drill", () => {
  const input = miniDrill();
  const report = buildReport(input);

  it("opens with the exercise overview: scenario, hash, seed, date, roster, sim-time duration and log hash", () => {
    expect(report.formatVersion).toBe(2);
    expect(report.overview.scenario).toEqual({
      id: "mini-keys",
      title: "Borrowed Keys (mini)",
      contentHash: input.scenario.contentHash,
      difficulty: "introductory",
    });
    expect(report.overview.seed).toBe("42");
    expect(report.overview.playedAt).toBe("2026-11-28 10:00 UTC");
    expect(report.overview.participants).toEqual([
      { name: "Ines Ortega", role: "incident-commander", roleTitle: "Incident Commander" },
      { name: "Sam Patel", role: "security-lead", roleTitle: "Security lead" },
      { name: "Mia Chen", role: "communications", roleTitle: "Communications / Marketing" },
      { name: "Rui Costa", role: "scribe", roleTitle: "Scribe" },
    ]);
    expect(report.overview.duration).toBe(300);
    expect(report.overview.durationText).toBe("5 h");
    expect(report.overview.ended.time).toBe("T+5:00");
    expect(report.overview.endReason).toBe("closed");
    expect(report.overview.logHash).toBe(hashLog(input.log));
    expect(report.overview.logHash).toBe(sha256Hex(JSON.stringify(sortedLog(input.log))));
    expect(report.overview.logHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it("hashes the log canonically: key order does not matter, content does", () => {
    const reordered = input.log.map((entry) =>
      Object.fromEntries(Object.entries(entry).reverse()),
    ) as unknown as typeof input.log;
    expect(buildReport({ ...input, log: reordered }).overview.logHash).toBe(report.overview.logHash);
    const edited = input.log.map((entry) => (entry.seq === 0 ? { ...entry, at: 1 } : entry));
    expect(buildReport({ ...input, log: edited }).overview.logHash).not.toBe(report.overview.logHash);
  });

  it("is pure: the same input gives the same report, and the input is not touched", () => {
    const frozen = deepFreeze(miniDrill());
    expect(buildReport(frozen)).toEqual(buildReport(miniDrill()));
  });

  it("summarises on one page: what happened, the verdict, three strengths, the areas by impact, the actions", () => {
    const summary = report.executiveSummary;
    expect(summary.whatHappened).toEqual([
      "A deploy key left in a CI vendor's logs is used against the web fleet.",
      "The attacker completed 3 of 5 planned steps; the team's actions prevented 1: plants a backdoor.",
      "Data taken: customer emails from Customer database (Tue 17 Nov 2026, 08:30 UTC).",
      "The team closed the incident at Tue 17 Nov 2026, 14:00 UTC, 5 h after the first signal.",
    ]);
    expect(summary.verdict).toBe(
      "The team scored 48 out of 100: M, performed with major challenges. 1 of 2 exercise objectives were performed with at most some challenges.",
    );
    expect(summary.areas[0]).toBe(
      "Send message: #general (Tue 17 Nov 2026, 09:32 UTC, Ines Ortega (Incident Commander)): Posted in #general: We had a security incident, details soon. It cost 17 points.",
    );
    expect(summary.areas).toHaveLength(3);
    expect(summary.strengths.map((line) => line.split(" (")[0])).toEqual([
      "Revoke credential: CI deploy key",
      "Page the Incident Commander",
    ]);
    expect(summary.correctiveActions[1]).toBe(
      "Isolate and shut down, image the disks, never terminate an affected instance. (training; Sam Patel (Security lead), due 2026-12-18)",
    );
  });

  it("evaluates the briefing's objectives P/S/M/U and maps them to core capabilities", () => {
    expect(report.objectives.length).toBe(input.scenario.briefing.objectives.length);
    for (const objective of report.objectives) {
      expect(objective.steps.length).toBeGreaterThan(0);
      expect(["P", "S", "M", "U", null]).toContain(objective.rating);
    }
    expect(report.capabilities.map((capability) => capability.name)).toEqual(
      expect.arrayContaining(["Cybersecurity", "Operational Coordination", "Public Information and Warning"]),
    );
    const coordination = report.capabilities.find(
      (capability) => capability.name === "Operational Coordination",
    );
    expect(coordination?.areas).toEqual(["act-19", "act-13", "act-11"]);
    expect(report.conclusions.length).toBeGreaterThan(0);
  });

  it("scores every dimension with its HSEEP rating, and marks dimensions with no applicable rule n/a", () => {
    expect(report.dimensions.map((dimension) => dimension.id)).toEqual([
      "containment",
      "evidence",
      "codename",
      "privacy",
      "disclosure",
      "team",
      "investigation",
      "mitigation",
      "outreach",
    ]);
    const byId = Object.fromEntries(report.dimensions.map((dimension) => [dimension.id, dimension]));
    expect(byId.containment).toMatchObject({
      score: 100,
      rating: "P",
      ratingLabel: "Performed without challenges",
    });
    expect(byId.disclosure).toMatchObject({
      score: 50,
      rating: "M",
      ratingLabel: "Performed with major challenges",
    });
    expect(byId.mitigation).toMatchObject({ score: null, rating: null, ratingLabel: "Not applicable" });
    expect(report.score.dimensions.evidence).toBe(0);
    expect(report.score.dimensions.outreach).toBeNull();
    expect(report.score).toMatchObject({ total: 47.5, rating: "M", thresholds: { P: 90, S: 70, M: 40 } });
  });

  it("rates each checklist step in the HSEEP analysis table", () => {
    expect(report.hseep.map((row) => [row.step, row.title, row.rating])).toEqual([
      ["S1", "Stop the attack in progress", "P"],
      ["S3", "Assemble the response team", "U"],
      ["S4", "Isolate affected instances", "U"],
      ["S5", "Identify timeline of attack", "M"],
      ["S12", "Involve law enforcement", null],
      ["S14", "External communication", "M"],
    ]);
  });

  it("makes one observation of one act: the statement's two findings are one area, never a strength", () => {
    expect(report.strengths.map((item) => item.title)).toEqual([
      "Revoke credential: CI deploy key",
      "Page the Incident Commander",
    ]);
    expect(report.areasForImprovement.map((item) => [item.title, item.pointsLost])).toEqual([
      ["Send message: #general", 17.1],
      ["Terminate instance: Web server 1", 17.1],
      ["Create a chat room: blue-heron", 11.4],
      ["Publish statement", 8.6],
      ["Identify the timeline of the attack", 3.6],
      ["Set the codename: Blue Heron", 2.9],
    ]);
    const statement = report.areasForImprovement.find((item) => item.title === "Publish statement");
    expect(statement?.findings.map((part) => [part.rule, part.outcome])).toEqual([
      ["disclosure.date-in-title", "violated"],
      ["disclosure.within-days", "met"],
    ]);
    expect(report.areasForImprovement[1]).toMatchObject({
      key: "act-28",
      outcome: "violated",
      pointsLost: 17.1,
      capability: "Cybersecurity",
      when: { at: 123, time: "T+2:03", when: on(123) },
      couldHaveKnownAt: { at: 0, time: "T+0:00", when: on(0) },
      findings: [
        {
          rule: "evidence.no-terminate",
          title: "Never terminate an affected instance",
          what: "Web server 1 was terminated; its disk and the facts on it were lost.",
          instead: "Isolate and shut down, image the disks, never terminate an affected instance.",
          step: "S4",
        },
      ],
      rootCause: expect.stringContaining("Evidence handling"),
      by: [{ kind: "team", label: "Sam Patel (Security lead)", role: "security-lead", name: "Sam Patel" }],
    });
  });

  it("attributes every act from the log: the role in a solo drill, the person and role in a facilitated one", () => {
    const solo = buildReport(miniDrill(PLAIN_TEXT, "solo"));
    const players = solo.timeline.entries.filter((entry) => entry.lane === "players");
    expect(players.every((entry) => entry.by.every((actor) => actor.kind === "team" && !actor.name))).toBe(
      true,
    );
    expect(
      solo.timeline.entries.filter((entry) => entry.lane === "attacker").map((entry) => entry.by),
    ).toEqual(
      solo.timeline.entries
        .filter((entry) => entry.lane === "attacker")
        .map(() => [{ kind: "attacker", label: "The attacker" }]),
    );
    expect(solo.overview.participants).toEqual([]);
  });

  it("draws the swimlane: attacker history before T0, injects, player actions with finding markers", () => {
    const { timeline } = report;
    expect(timeline.lanes.map((lane) => lane.id)).toEqual(["attacker", "injects", "players"]);
    expect(timeline.from).toBe(-12960);
    expect(timeline.to).toBe(300);
    const lane = (id: string) =>
      timeline.entries.filter((entry) => entry.lane === id).map((entry) => entry.label);
    expect(lane("attacker")).toEqual([
      "Reads the CI logs",
      "Uses the deploy key",
      "Dumps customer emails",
      "Exfiltrated customer emails from Customer database",
      "Plants a backdoor (did not happen)",
    ]);
    expect(lane("injects")).toEqual(["Acme security team: Odd API calls", "Message from Jo Reporter"]);
    const message = timeline.entries.find((entry) => entry.kind === "send-message");
    expect(message?.by[0]?.role).toBe("incident-commander");
    expect(message).toMatchObject({
      lane: "players",
      time: "T+0:32",
      label: "Send message: #general",
      detail: "Subject: Heads up\nWe had a security incident, details soon.",
      markers: [{ rule: "privacy.no-broad-channels", outcome: "violated" }],
      by: [{ kind: "team", label: "Ines Ortega (Incident Commander)", name: "Ines Ortega" }],
    });
    const statement = timeline.entries.find((entry) => entry.kind === "publish-statement");
    expect(statement?.markers.map((marker) => marker.rule)).toEqual([
      "disclosure.date-in-title",
      "disclosure.within-days",
    ]);
    const terminate = timeline.entries.find((entry) => entry.kind === "terminate-instance");
    expect(terminate?.markers).toEqual([{ rule: "evidence.no-terminate", outcome: "violated" }]);
    expect(timeline.findingMarks.map((mark) => mark.rule)).not.toContain("outreach.insurer");
    expect(timeline.findingMarks[0]).toEqual({
      rule: "team.page-ic-early",
      outcome: "met",
      at: 3,
      time: "T+0:03",
      when: on(3),
    });
  });

  it("tells what really happened: the whole attacker script, with what the players prevented", () => {
    expect(report.whatReallyHappened.map((step) => [step.id, step.status])).toEqual([
      ["s-recon", "done"],
      ["s-access", "done"],
      ["s-exfil", "done"],
      ["s-backdoor", "skipped"],
      ["s-wipe", "not-reached"],
    ]);
    const backdoor = report.whatReallyHappened.find((step) => step.id === "s-backdoor");
    expect(backdoor?.reason).toBe("the deploy key was revoked");
    expect(backdoor?.preventedBy).toEqual([
      {
        seq: expect.any(Number),
        at: { at: 15, time: "T+0:15", when: on(15) },
        label: "Revoke credential: CI deploy key",
        by: [
          {
            kind: "team",
            label: "Sam Patel (Security lead)",
            role: "security-lead",
            roleTitle: "Security lead",
            name: "Sam Patel",
          },
        ],
      },
    ]);
    const exfil = report.whatReallyHappened.find((step) => step.id === "s-exfil");
    expect(exfil?.effects).toEqual(["Exfiltrates customer emails from Customer database (12,000 rows)"]);
    expect(report.whatReallyHappened[0]?.technique).toBe("T1552");
  });

  it("sorts facts into discovered, missed and lost; facts that never existed in this drill are left out", () => {
    expect(report.facts.discovered.map((fact) => [fact.id, fact.discovered?.time, fact.via])).toEqual([
      ["f-recon", "T+1:30", "cloudtrail"],
      ["f-access", "T+1:30", "cloudtrail"],
    ]);
    expect(report.facts.missed.map((fact) => [fact.id, fact.source])).toEqual([
      ["f-exfil", "Web access logs"],
    ]);
    expect(report.facts.lost).toEqual([
      {
        id: "f-keys",
        kind: "keys-on-host",
        text: "The deploy key sat in web-1's environment file.",
        occurred: { at: -1440, time: "T-1d", when: on(-1440) },
        source: "Web server 1",
        lost: { at: 123, time: "T+2:03", when: on(123) },
        lostReason: "web-1 was terminated",
      },
    ]);
  });

  it("plans one corrective action per area by impact, with capability, element, organisation, contact and dates", () => {
    const fromDrill = report.improvementPlan.filter((item) => item.source === "drill");
    expect(
      fromDrill.map((item) => [item.rules.join(" "), item.priority, item.ownerRole, item.capabilityElement]),
    ).toEqual([
      ["privacy.no-broad-channels", "high", "incident-commander", "Training"],
      ["evidence.no-terminate", "high", "security-lead", "Training"],
      ["codename.room-named", "high", "incident-commander", "Training"],
      ["disclosure.date-in-title disclosure.within-days", "high", "communications", "Planning"],
      ["investigation.timeline", "medium", "security-lead", "Equipment"],
      // A whole slip (3 points) is medium; this hand-made card's codename slip costs less.
      ["codename.innocuous", "low", "incident-commander", "Training"],
    ]);
    expect(fromDrill[3]).toMatchObject({
      issue: 'Publish statement: The title "Security update" has no date.',
      correctiveAction: "Put the date in the title, e.g. 'Security update, 28 November 2026'.",
      ownerTitle: "Communications / Marketing",
      pointOfContact: "Mia Chen (Communications / Marketing)",
      organisation: "Elimu Informatics",
      start: "2026-11-18",
      due: "2026-12-18",
      capability: "Public Information and Warning",
    });
  });

  it("adds the corrective actions the scenario's real incidents teach, and keeps people's edits", () => {
    const lessons = report.improvementPlan.filter((item) => item.source === "lesson");
    expect(lessons).toMatchObject([
      {
        key: "lesson-1",
        issue: "A CI vendor breach (2023): Every customer had to rotate.",
        correctiveAction: "Rotate all secrets a vendor holds, not a sample.",
        capabilityElement: "Equipment",
      },
    ]);
    const edited = buildReport({
      ...input,
      meta: {
        ...input.meta,
        planEdits: [
          { key: "act-28", organisation: "Platform team", pointOfContact: "Ana", due: "2027-02-01" },
        ],
      },
    });
    expect(edited.improvementPlan.find((item) => item.key === "act-28")).toMatchObject({
      organisation: "Platform team",
      pointOfContact: "Ana",
      due: "2027-02-01",
      start: "2026-11-18",
    });
  });

  it("keeps the facilitator's record: notes, observations, overrides, adjudications, discussion and hotwash", () => {
    const f = report.facilitator;
    expect(f.notes).toEqual([
      {
        seq: expect.any(Number),
        at: { at: 150, time: "T+2:30", when: on(150) },
        text: PLAIN_TEXT.note,
        by: [
          {
            kind: "team",
            label: "Rui Costa (Scribe)",
            role: "scribe",
            roleTitle: "Scribe",
            name: "Rui Costa",
          },
        ],
      },
    ]);
    expect(f.observations.map((item) => [item.at.time, item.text, item.logRef, item.about?.time])).toEqual([
      [
        "T+2:40",
        PLAIN_TEXT.observation,
        report.timeline.entries.find((entry) => entry.kind === "terminate-instance")?.seq,
        "T+2:03",
      ],
    ]);
    expect(f.overrides).toEqual([
      {
        seq: expect.any(Number),
        at: { at: 170, time: "T+2:50", when: on(170) },
        rule: "codename.innocuous",
        from: "violated",
        fromCredit: 0,
        to: "partial",
        credit: 0.5,
        rationale: PLAIN_TEXT.rationale,
        by: [{ kind: "facilitator", label: "The facilitator" }],
      },
    ]);
    expect(f.discussion[0]).toMatchObject({
      moduleTitle: "Detection",
      questionText: "Who did you call first?",
      answer: PLAIN_TEXT.discussionAnswer,
    });
    expect(f.hotwash.map((item) => [item.question, item.questionText, item.answer])).toEqual([
      [0, HOTWASH_QUESTIONS[0], PLAIN_TEXT.hotwashAnswer],
    ]);
    expect(f.adjudications.map((item) => [item.text, item.rule])).toEqual([
      [PLAIN_TEXT.adjudication, "outreach.vector-parties"],
    ]);
  });

  it("says how to replay it, quoting anything a shell would misread", () => {
    expect(report.replay.commands).toEqual({
      replay: "npx hotwash replay hotwash-drill-mini-keys-42.json",
      play: "npx hotwash play mini-keys --script 'scenarios/mini-keys.<play>.play.yaml' --seed 42",
    });
    expect(report.replay.inputs).toEqual(input.inputs);
    const named = buildReport({
      ...miniDrill({ ...PLAIN_TEXT, seed: "it's 7" }),
      meta: { mode: "solo", drillFile: "saved.json", playScript: "scenarios/mini-keys.expert.play.yaml" },
    });
    expect(named.replay.commands).toEqual({
      replay: "npx hotwash replay saved.json",
      play: "npx hotwash play mini-keys --script scenarios/mini-keys.expert.play.yaml --seed 'it'\\''s 7'",
    });
  });
});
