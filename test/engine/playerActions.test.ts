import { describe, expect, it } from "vitest";
import { fixtureScenario } from "./fixtures/fixtureScenario";
import { act, advanceTo, entries, play } from "./support";

describe("team actions", () => {
  it("paging the IC takes two minutes and brings the incident commander onto the team", () => {
    const { log, view } = play([act(1, { type: "page-ic" }), advanceTo(2)]);
    expect(entries(log, "action.accepted")[0]?.completesAt).toBe(3);
    expect(view.team.icPaged).toBe(false);
    const later = play([act(1, { type: "page-ic" }), advanceTo(3)]);
    expect(later.view.team.icPaged).toBe(true);
    expect(entries(later.log, "team.joined").map((entry) => [entry.person, entry.to])).toEqual([
      ["ic-ines", "page"],
    ]);
  });

  it("sets the codename, starts the call, creates the room and invites people to both", () => {
    const { log, view } = play([
      act(1, { type: "set-codename", codename: "sapphire-unicorn" }),
      act(1, { type: "start-voice-call", title: "sapphire-unicorn" }),
      act(1, { type: "create-room", name: "sapphire-unicorn", topic: "Attorney Work Project" }),
      act(5, { type: "invite", people: ["sec-sam", "cfo-carla"], to: "both" }),
      advanceTo(10),
    ]);
    expect(view.team.codename).toBe("sapphire-unicorn");
    expect(view.team.call?.members).toEqual(["sec-sam", "cfo-carla"]);
    expect(view.team.room).toMatchObject({ name: "sapphire-unicorn", topic: "Attorney Work Project" });
    expect(entries(log, "team.joined").map((entry) => `${entry.person}>${entry.to}`)).toEqual([
      "sec-sam>call",
      "sec-sam>room",
      "cfo-carla>call",
      "cfo-carla>room",
    ]);
    expect(entries(log, "leak")).toEqual([]);
  });

  it("inviting someone outside need-to-know is a leak to them", () => {
    const { log } = play([
      act(1, { type: "create-room", name: "sapphire" }),
      act(5, { type: "invite", people: ["insider-ian"], to: "room" }),
      advanceTo(10),
    ]);
    expect(entries(log, "leak").map((entry) => [entry.to, entry.channel])).toEqual([
      [["insider-ian"], "room"],
    ]);
  });

  it("rejects invitations to a room nobody created and to unknown people", () => {
    const { log } = play([
      act(1, { type: "invite", people: ["sec-sam"], to: "room" }),
      act(1, { type: "invite", people: ["sec-sam"], to: "both" }),
      act(1, { type: "start-voice-call" }),
      act(5, { type: "invite", people: ["nobody"], to: "call" }),
    ]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual([
      "no chat room has been created",
      "no voice call or chat room yet",
      "unknown person nobody",
    ]);
  });

  it("an invitation to both joins whichever of call and room exists", () => {
    const { log } = play([
      act(1, { type: "start-voice-call" }),
      act(5, { type: "invite", people: ["sec-sam"], to: "both" }),
      advanceTo(10),
    ]);
    expect(entries(log, "team.joined").map((entry) => `${entry.person}>${entry.to}`)).toEqual([
      "sec-sam>call",
    ]);
  });
});

describe("containment actions", () => {
  it("isolating patient zero closes the footholds through it and it stays isolated once shut down", () => {
    const { log, view, state } = play([
      act(1, { type: "suspend-autoscaling", group: "web-asg" }),
      act(5, { type: "isolate-instance", instance: "web-1" }),
      act(20, { type: "shutdown-instance", instance: "web-1" }),
      advanceTo(30),
    ]);
    expect(state.patientZero).toBe("web-1");
    expect(entries(log, "foothold.closed").map((entry) => [entry.foothold, entry.by])).toEqual([
      ["fh-pz", "isolate-instance"],
    ]);
    expect(view.instances.find((instance) => instance.id === "web-1")).toMatchObject({
      state: "shut-down",
      isolated: true,
    });
  });

  it("shutting down a member of a group with health replacement gets it terminated, with its evidence", () => {
    const { log } = play([act(1, { type: "shutdown-instance", instance: "web-1" }), advanceTo(10)]);
    const changes = entries(log, "state.changed").filter((entry) => entry.subject === "web-1");
    expect(changes.map((entry) => entry.to)).toEqual(["shut-down", "terminated"]);
    expect(entries(log, "evidence.destroyed").map((entry) => entry.subject)).toEqual(["web-1", "pz-logs"]);
    expect(
      entries(log, "fact.lost")
        .filter((entry) => entry.cause.kind === "action")
        .map((entry) => [entry.fact, entry.reason]),
    ).toEqual([["f-pz", "web-1 terminated without an image"]]);
  });

  it("cycling the group terminates every member", () => {
    const { view } = play([act(1, { type: "cycle-autoscaling-group", group: "web-asg" }), advanceTo(20)]);
    expect(
      view.instances.filter((instance) => instance.state === "terminated").map((instance) => instance.id),
    ).toEqual(["web-1", "web-2"]);
  });

  it("an instance imaged before termination keeps its facts for forensics", () => {
    const { log, view } = play([
      act(1, { type: "image-disk", instance: "web-1" }),
      act(40, { type: "terminate-instance", instance: "web-1" }),
      act(50, { type: "forensic-analysis", instance: "web-1" }),
      advanceTo(200),
    ]);
    expect(entries(log, "fact.lost").map((entry) => entry.fact)).not.toContain("f-pz");
    expect(entries(log, "fact.discovered").map((entry) => [entry.fact, entry.via])).toEqual([
      ["f-pz", "forensic-analysis:web-1"],
    ]);
    expect(view.instances.find((instance) => instance.id === "web-1")).toMatchObject({
      imaged: true,
      imagedOffsite: true,
    });
  });

  it("forensics needs an image and a terminated instance takes no more actions", () => {
    const { log } = play([
      act(1, { type: "forensic-analysis", instance: "web-2" }),
      act(1, { type: "terminate-instance", instance: "web-2" }),
      act(10, { type: "terminate-instance", instance: "web-2" }),
      act(10, { type: "image-disk", instance: "web-2" }),
      act(10, { type: "isolate-instance", instance: "cache-1" }),
    ]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual([
      "no image of web-2",
      "web-2 is already terminated",
      "web-2 is already terminated",
      "unknown instance cache-1",
    ]);
  });

  it("kill-session, lock-users and restoring firewall defaults close footholds through the host", () => {
    for (const type of ["kill-session", "lock-users", "restore-firewall-defaults"] as const) {
      const { log, view } = play([act(1, { type, instance: "web-1" }), advanceTo(10)]);
      expect(entries(log, "foothold.closed").map((entry) => [entry.foothold, entry.by])).toEqual([
        ["fh-pz", type],
      ]);
      expect(view.instances.find((instance) => instance.id === "web-1")?.state).toBe("running");
    }
  });

  it("rotating or revoking a credential closes the footholds that use it", () => {
    const { log, view } = play([
      act(1, { type: "rotate-credential", credential: "etl-key" }),
      act(1, { type: "revoke-credential", credential: "deploy-key" }),
      advanceTo(20),
    ]);
    expect(entries(log, "foothold.closed").map((entry) => [entry.foothold, entry.by])).toEqual([
      ["fh-deploy", "revoke-credential"],
      ["fh-etl", "rotate-credential"],
    ]);
    expect(view.credentials.map((credential) => credential.state)).toEqual(["revoked", "rotated", "active"]);
  });

  it("purging the provider's accounts closes the third-party vector", () => {
    const { log, view } = play([
      act(1, { type: "purge-provider-accounts", provider: "buildco" }),
      advanceTo(30),
    ]);
    expect(entries(log, "foothold.closed").map((entry) => entry.foothold)).toEqual(["fh-deploy"]);
    expect(view.providers[0]?.purged).toBe(true);
  });

  it("disabling a code path or shutting down its service is logged as a state change", () => {
    const { log, view } = play([
      act(1, { type: "disable-code-path", codePath: "link-previews" }),
      act(1, { type: "shutdown-service", service: "api" }),
      advanceTo(20),
    ]);
    expect(entries(log, "state.changed").map((entry) => `${entry.subject}:${entry.to}`)).toEqual([
      "link-previews:disabled",
      "api:shut-down",
    ]);
    expect(view.services[0]).toMatchObject({
      running: false,
      codePaths: [{ id: "link-previews", enabled: false }],
    });
  });

  it("blocking an attacker IP is recorded; unknown targets are rejected with a reason", () => {
    const { log } = play([
      act(1, { type: "block-ip", ip: "203.0.113.5" }),
      act(1, { type: "rotate-credential", credential: "nope" }),
      act(1, { type: "purge-provider-accounts", provider: "nope" }),
      act(1, { type: "disable-code-path", codePath: "nope" }),
      advanceTo(10),
    ]);
    expect(entries(log, "action.completed").map((entry) => entry.action.type)).toEqual(["block-ip"]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual([
      "unknown credential nope",
      "unknown provider nope",
      "unknown code path nope",
    ]);
  });
});

describe("investigation", () => {
  it("reveals the facts of the source inside the window asked, and the red herring this seed picked", () => {
    const { log, view } = play([
      act(10, { type: "investigate", logSource: "trail", from: -3000, to: 0 }),
      advanceTo(40),
    ]);
    expect(entries(log, "fact.discovered").map((entry) => entry.fact)).toEqual(["f-exfil", "rh-2"]);
    expect(view.caseFile.map((fact) => fact.text)).toEqual(["Hidden exfil text", "Hidden herring two"]);
  });

  it("finds nothing older than the source's retention", () => {
    const { log } = play([act(100, { type: "investigate", logSource: "trail" }), advanceTo(200)]);
    const found = entries(log, "fact.discovered").map((entry) => entry.fact);
    expect(found).toContain("f-recon");
    expect(found).not.toContain("f-expiring");
    expect(entries(log, "fact.lost").map((entry) => [entry.fact, entry.reason])).toEqual([
      ["f-ancient", "trail retention expired"],
      ["f-expiring", "trail retention expired"],
    ]);
  });

  it("a target narrows an investigation to the facts that concern it", () => {
    const scenario = fixtureScenario();
    const exfil = scenario.facts.find((fact) => fact.id === "f-exfil");
    if (exfil) exfil.text = "Bulk download from the bucket through cache-1";
    const { log } = play(
      [act(10, { type: "investigate", logSource: "trail", target: "cache-1" }), advanceTo(200)],
      { scenario },
    );
    expect(entries(log, "fact.discovered").map((entry) => entry.fact)).toEqual(["f-exfil"]);
  });

  it("preserved logs stop expiring", () => {
    const { log } = play([
      act(10, { type: "preserve-logs", logSource: "trail" }),
      act(200, { type: "investigate", logSource: "trail" }),
      advanceTo(300),
    ]);
    expect(entries(log, "fact.lost").map((entry) => entry.fact)).toEqual(["f-ancient"]);
    expect(entries(log, "fact.discovered").map((entry) => entry.fact)).toContain("f-expiring");
  });

  it("a destroyed source reveals nothing and the players learn it is gone", () => {
    const { log, view } = play([
      act(1, { type: "send-message", channel: "general", body: "we got hacked" }),
      act(100, { type: "investigate", logSource: "vendor-audit" }),
      advanceTo(200),
    ]);
    expect(entries(log, "fact.discovered")).toEqual([]);
    expect(entries(log, "fact.lost").map((entry) => [entry.fact, entry.reason])).toContainEqual([
      "f-vendor",
      "vendor-audit destroyed",
    ]);
    expect(view.logSources.find((source) => source.id === "vendor-audit")?.knownDestroyed).toBe(true);
  });

  it("rejects a window that ends before it starts", () => {
    const { log } = play([act(1, { type: "investigate", logSource: "trail", from: 10, to: 0 })]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual([
      "the window ends before it starts",
    ]);
  });
});

describe("communication", () => {
  it("a message in a broad channel leaks to all its members", () => {
    const { log } = play([act(1, { type: "send-message", channel: "general", body: "hello" }), advanceTo(5)]);
    const [sent] = entries(log, "message.sent");
    expect(sent).toMatchObject({
      broad: true,
      channelKind: "chat",
      to: ["ic-ines", "sec-sam", "cfo-carla", "insider-ian"],
    });
    expect(entries(log, "leak").map((entry) => [entry.to, entry.via])).toEqual([
      [["ic-ines", "sec-sam", "cfo-carla", "insider-ian"], sent?.seq],
    ]);
  });

  it("a broad post leaks only to the members off the response team, as message.sent.outsiders says", () => {
    const { log } = play([
      act(0, { type: "page-ic" }),
      act(1, { type: "create-room", name: "sapphire" }),
      act(5, { type: "invite", people: ["sec-sam"], to: "room" }),
      act(60, { type: "send-message", channel: "general", body: "hello" }),
      advanceTo(70),
    ]);
    const [sent] = entries(log, "message.sent");
    expect(sent?.outsiders).toEqual(["cfo-carla", "insider-ian"]);
    expect(entries(log, "leak").map((entry) => entry.to)).toEqual([["cfo-carla", "insider-ian"]]);
  });

  it("a message to someone off the team is a leak; in the room to members it is not", () => {
    const { log, view } = play([
      act(1, { type: "create-room", name: "sapphire" }),
      act(3, { type: "invite", people: ["sec-sam"], to: "room" }),
      act(10, { type: "send-message", channel: "room", body: "status" }),
      act(10, {
        type: "send-message",
        channel: "email",
        to: ["reporter-rita"],
        subject: "Attorney Work Project",
        body: "hi",
        encrypted: true,
      }),
      advanceTo(20),
    ]);
    expect(
      entries(log, "message.sent").map((entry) => [entry.channel, entry.outsiders, entry.encrypted]),
    ).toEqual([
      ["room", [], false],
      ["email", ["reporter-rita"], true],
    ]);
    expect(entries(log, "leak").map((entry) => entry.to)).toEqual([["reporter-rita"]]);
    expect(view.sent).toHaveLength(2);
  });

  it("a compromised channel leaks to the attacker", () => {
    const scenario = fixtureScenario();
    scenario.flags.push({ id: "mail-owned", description: "the attacker reads mail", setWhen: { after: 30 } });
    const { log } = play(
      [
        act(1, { type: "send-message", channel: "email", to: ["sec-sam"], body: "keys rotated" }),
        act(40, { type: "send-message", channel: "email", to: ["sec-sam"], body: "keys rotated again" }),
        advanceTo(50),
      ],
      { scenario },
    );
    expect(entries(log, "leak").map((entry) => [entry.at, entry.to])).toEqual([
      [3, ["sec-sam"]],
      [42, ["sec-sam"]],
      [42, ["attacker"]],
    ]);
  });

  it("rejects the room before it exists and unknown channels", () => {
    const { log } = play([
      act(1, { type: "send-message", channel: "room", body: "x" }),
      act(1, { type: "send-message", channel: "call", body: "x" }),
      act(1, { type: "send-message", channel: "fax", body: "x" }),
    ]);
    expect(entries(log, "action.rejected").map((entry) => entry.reason)).toEqual([
      "no chat room has been created",
      "no voice call has been started",
      "unknown channel fax",
    ]);
  });

  it("publishes a statement, contacts a party and keeps notes", () => {
    const { log, view } = play([
      act(1, { type: "contact", party: "cust-cody", kind: "customer-security" }),
      act(1, { type: "publish-statement", title: "28 Nov 2026: notice", body: "What happened" }),
      act(1, { type: "note", text: "the CFO asked twice" }),
      act(1, { type: "add-alerting", description: "alert on etl-key" }),
      act(1, { type: "monitor-reentry" }),
      act(1, { type: "assign", task: "forensics", role: "security-lead" }),
      advanceTo(30),
    ]);
    expect(entries(log, "statement.published").map((entry) => entry.title)).toEqual(["28 Nov 2026: notice"]);
    expect(entries(log, "observation").map((entry) => entry.text)).toEqual(["the CFO asked twice"]);
    expect(
      entries(log, "action.completed")
        .map((entry) => entry.action.type)
        .sort(),
    ).toEqual(["add-alerting", "assign", "contact", "monitor-reentry", "note", "publish-statement"].sort());
    expect(view.statements).toHaveLength(1);
    expect(view.team.assignments).toEqual([{ task: "forensics", role: "security-lead", at: 2 }]);
  });
});
