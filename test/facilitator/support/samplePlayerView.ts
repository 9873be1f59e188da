import type { PlayerView } from "../../../src/engine/playerView";

/** A hand-made player view mid-drill: a delivered inject, a discovered fact, a room, an isolated host. */
export function samplePlayerView(overrides: Partial<PlayerView> = {}): PlayerView {
  return {
    scenario: {
      id: "sample",
      title: "Sample Breach",
      premise: "A key leaks.",
      contentHash: "abc123",
      briefing: {
        title: "Briefing",
        situation: "Alerts fired.",
        yourRole: "You respond.",
        objectives: ["Stop it"],
      },
      modules: [
        {
          id: "m1",
          title: "Detection",
          startsAt: 0,
          summary: "Alerts.",
          questions: ["Who do you page first?"],
        },
        { id: "m2", title: "Containment", startsAt: 120, summary: "Contain.", questions: [] },
      ],
      horizon: 600,
      organisation: {
        name: "Elimu Informatics",
        emailDomain: "elimu.io",
        privilegePrefix: "Attorney Work Project",
      },
    },
    phase: "live",
    now: 45,
    seed: "7",
    currentModule: "m1",
    zones: [{ id: "prod", name: "Production", kind: "production" }],
    instances: [
      {
        id: "web-1",
        name: "web-1",
        zone: "prod",
        ip: "10.0.0.1",
        disks: ["root"],
        state: "running",
        isolated: true,
        imaged: true,
        imagedOffsite: true,
        knownAffected: true,
        attackerMade: false,
      },
    ],
    autoscalingGroups: [],
    services: [
      {
        id: "shop",
        name: "Shop",
        zone: "prod",
        running: true,
        codePaths: [{ id: "checkout", name: "Checkout", enabled: true }],
      },
    ],
    dataStores: [],
    credentials: [
      {
        id: "deploy-key",
        name: "Deploy key",
        kind: "access-key",
        state: "revoked",
        storedOn: [],
        knownCompromised: true,
      },
    ],
    providers: [],
    logSources: [
      {
        id: "cloudtrail",
        name: "CloudTrail",
        description: "API calls",
        preserved: false,
        knownDestroyed: false,
      },
    ],
    people: [
      {
        id: "sam",
        name: "Sam Sec",
        title: "Security engineer",
        internal: true,
        reachableBy: ["chat"],
        role: "security-lead",
      },
      { id: "ivy", name: "Ivy Ops", title: "SRE lead", internal: true, reachableBy: ["chat"] },
    ],
    channels: [{ id: "email", name: "Email", kind: "email", broad: false }],
    team: {
      icPaged: true,
      codename: "blue-heron",
      call: { members: ["sam"] },
      room: { name: "blue-heron", topic: "Attorney Work Project", members: ["sam", "ivy"] },
      assignments: [{ task: "Rotate keys", role: "security-lead", at: 20 }],
    },
    inbox: [
      {
        inject: "a1",
        at: 0,
        from: "sam",
        fromName: "Sam Sec",
        channel: "email",
        channelName: "Email",
        subject: "Odd API calls",
        body: "We see calls from an unknown IP.",
        replies: [{ id: "ack", label: "Acknowledge" }],
        repliedWith: "ack",
      },
    ],
    caseFile: [
      {
        fact: "f1",
        text: "Recon from 203.0.113.5",
        at: -600,
        discoveredAt: 40,
        via: "investigate",
      },
    ],
    activity: [{ at: 40, text: "Investigated CloudTrail", kind: "action" }],
    pending: [{ seq: 9, action: { type: "rotate-credential", credential: "deploy-key" }, completesAt: 60 }],
    sent: [],
    statements: [],
    business: [],
    statutoryClocks: [],
    nextEventAt: 120,
    ended: false,
    ...overrides,
  };
}
