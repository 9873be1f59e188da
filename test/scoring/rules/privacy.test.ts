import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { assembleTeam, INTERNAL_NOTE } from "../support/harbourPlays";
import { playthrough } from "../support/playthrough";

const team = () => assembleTeam(playthrough(HARBOUR_LIGHTS));

/** Secured and forensics done by T+2:40 (forensic analysis of web-1 completes). */
const securedWithForensics = () =>
  team()
    .at("T+0:05")
    .act({ type: "isolate-instance", instance: "web-1" })
    .act({ type: "revoke-credential", credential: "deploy-key" })
    .act({ type: "image-disk", instance: "web-1" })
    .at("T+0:40")
    .act({ type: "forensic-analysis", instance: "web-1" });

describe("privacy.need-to-know", () => {
  it("counts each outsider told before forensics: one is partial", () => {
    const play = team()
      .at("T+0:10")
      .act({ type: "send-message", channel: "sms", to: ["fay"], body: "Please join the call" })
      .at("T+1:00")
      .end();
    const finding = findingOf(play, "privacy.need-to-know");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.667 });
    expect(finding.summary).toContain("fay");
  });

  it("is violated when three outsiders are told", () => {
    const play = team()
      .at("T+0:10")
      .act({
        type: "send-message",
        channel: "email",
        to: ["fay", "dana", "reporter"],
        body: "Something is up",
      })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "privacy.need-to-know").outcome).toBe("violated");
  });

  it("allows telling people once forensics is done, and outreach contacts at any time", () => {
    const play = securedWithForensics()
      .at("T+3:00")
      .act({
        type: "send-message",
        channel: "email",
        to: ["fay"],
        subject: "Attorney Work Project",
        body: "Update",
      })
      .act({
        type: "send-message",
        channel: "email",
        to: ["insurer"],
        subject: "Attorney Work Project",
        body: "Notice",
        encrypted: true,
      })
      .at("T+4:00")
      .end();
    expect(findingOf(play, "privacy.need-to-know").outcome).toBe("met");
  });
});

describe("privacy.no-broad-channels", () => {
  it("is violated by a single post in #general before forensics", () => {
    const play = team()
      .at("T+0:10")
      .act({ type: "send-message", channel: "general", body: "Anyone seen odd logins?" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "privacy.no-broad-channels")).toMatchObject({ outcome: "violated", at: 12 });
  });

  it("allows the VP Engineering's overview after forensics", () => {
    const play = securedWithForensics()
      .at("T+3:00")
      .act({ type: "send-message", channel: "general", body: INTERNAL_NOTE }, "vp-engineering")
      .at("T+4:00")
      .end();
    expect(findingOf(play, "privacy.no-broad-channels").outcome).toBe("met");
  });
});

describe("privacy.topic-prefix", () => {
  it("is violated by a topic without the prefix, met with it", () => {
    const without = playthrough(HARBOUR_LIGHTS)
      .act({ type: "create-room", name: "amber-owl", topic: "daily sync" })
      .at("T+0:10")
      .end();
    expect(findingOf(without, "privacy.topic-prefix").outcome).toBe("violated");
    const withPrefix = playthrough(HARBOUR_LIGHTS)
      .act({ type: "create-room", name: "amber-owl", topic: "attorney work project – sync" })
      .at("T+0:10")
      .end();
    expect(findingOf(withPrefix, "privacy.topic-prefix").outcome).toBe("met");
  });

  it("is partial when one of two topics lacks it", () => {
    const play = playthrough(HARBOUR_LIGHTS)
      .act({ type: "create-room", name: "amber-owl", topic: "Attorney Work Project" })
      .act({ type: "create-room", name: "amber-owl-2", topic: "sync" })
      .at("T+0:10")
      .end();
    expect(findingOf(play, "privacy.topic-prefix")).toMatchObject({ outcome: "partial", credit: 0.5 });
  });
});

describe("email rules", () => {
  const emails = (...mails: { subject?: string; encrypted?: boolean; to: string[] }[]) => {
    const play = team().at("T+0:10");
    for (const mail of mails) play.act({ type: "send-message", channel: "email", body: "Notice", ...mail });
    return play.at("T+1:00").end();
  };

  it("privacy.email-subject: exactly the prefix is met, anything else costs a third each", () => {
    expect(
      findingOf(
        emails({ to: ["insurer"], subject: "Attorney Work Project", encrypted: true }),
        "privacy.email-subject",
      ).outcome,
    ).toBe("met");
    expect(
      findingOf(
        emails({ to: ["insurer"], subject: "Attorney Work Project: breach", encrypted: true }),
        "privacy.email-subject",
      ),
    ).toMatchObject({
      outcome: "partial",
      credit: 0.667,
    });
    const bad = { to: ["insurer"], subject: "Re: incident", encrypted: true };
    expect(findingOf(emails(bad, bad, bad), "privacy.email-subject").outcome).toBe("violated");
  });

  it("privacy.email-encrypted: outside the domain must be encrypted", () => {
    expect(findingOf(emails({ to: ["insurer"], encrypted: true }), "privacy.email-encrypted").outcome).toBe(
      "met",
    );
    expect(
      findingOf(emails({ to: ["insurer"] }, { to: ["insurer"], encrypted: true }), "privacy.email-encrypted"),
    ).toMatchObject({
      outcome: "partial",
      credit: 0.667,
    });
    expect(
      findingOf(
        emails({ to: ["insurer"] }, { to: ["reporter"] }, { to: ["insurer"] }),
        "privacy.email-encrypted",
      ).outcome,
    ).toBe("violated");
    expect(findingOf(emails({ to: ["sol"] }), "privacy.email-encrypted").outcome).toBe("n/a");
  });

  it("privacy.avoid-email: a small penalty per email to someone reachable by voice or chat", () => {
    expect(findingOf(emails({ to: ["insurer"] }), "privacy.avoid-email").outcome).toBe("met");
    expect(findingOf(emails({ to: ["sol"] }, { to: ["omar"] }), "privacy.avoid-email")).toMatchObject({
      outcome: "partial",
      credit: 0.8,
    });
    const many = Array.from({ length: 10 }, () => ({ to: ["sol"] }));
    expect(findingOf(emails(...many), "privacy.avoid-email").outcome).toBe("violated");
  });
});

describe("privacy.no-sms", () => {
  it("allows a short move-to-a-secure-channel SMS", () => {
    const play = team()
      .at("T+0:10")
      .act({ type: "send-message", channel: "sms", to: ["sol"], body: "Please join the bridge now" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "privacy.no-sms").outcome).toBe("met");
  });

  it("is violated by one SMS with details", () => {
    const play = team()
      .at("T+0:10")
      .act({
        type: "send-message",
        channel: "sms",
        to: ["sol"],
        body: "Join the call: deploy-key leaked from 198.51.100.23",
      })
      .at("T+1:00")
      .end();
    const finding = findingOf(play, "privacy.no-sms");
    expect(finding.outcome).toBe("violated");
    expect(finding.summary).toContain('it says "leaked"');
  });
});

describe("privacy.internal-after-forensics", () => {
  it("is partial for one internal message beyond the team before forensics", () => {
    const play = team()
      .at("T+0:10")
      .act({ type: "send-message", channel: "email", to: ["fay"], body: "FYI" })
      .at("T+1:00")
      .end();
    expect(findingOf(play, "privacy.internal-after-forensics")).toMatchObject({
      outcome: "partial",
      credit: 0.667,
    });
  });

  it("is violated by three, met after forensics, n/a with none", () => {
    const play = team().at("T+0:10");
    for (let i = 0; i < 3; i++) play.act({ type: "send-message", channel: "general", body: "FYI" });
    expect(findingOf(play.at("T+1:00").end(), "privacy.internal-after-forensics").outcome).toBe("violated");
    const later = securedWithForensics()
      .at("T+3:00")
      .act({ type: "send-message", channel: "general", body: INTERNAL_NOTE }, "vp-engineering")
      .at("T+4:00")
      .end();
    expect(findingOf(later, "privacy.internal-after-forensics").outcome).toBe("met");
    expect(findingOf(team().at("T+1:00").end(), "privacy.internal-after-forensics").outcome).toBe("n/a");
  });
});

describe("privacy.internal-brief", () => {
  it("is met by a short overview with timeline, mitigations and a follow-up via the VP Engineering", () => {
    const play = securedWithForensics()
      .at("T+3:00")
      .act({ type: "send-message", channel: "general", body: INTERNAL_NOTE }, "vp-engineering")
      .at("T+4:00")
      .end();
    expect(findingOf(play, "privacy.internal-brief").outcome).toBe("met");
  });

  it("is partial when it carries keys and IPs and comes from someone else", () => {
    const play = securedWithForensics()
      .at("T+3:00")
      .act(
        {
          type: "send-message",
          channel: "general",
          body: "Since Monday deploy-key was abused from 198.51.100.23; we revoked it. More information to follow.",
        },
        "incident-commander",
      )
      .at("T+4:00")
      .end();
    const finding = findingOf(play, "privacy.internal-brief");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.6 });
    expect(finding.summary).toContain("IP address 198.51.100.23");
  });

  it("is violated when no internal overview is ever sent", () => {
    expect(findingOf(team().at("T+1:00").end(), "privacy.internal-brief").outcome).toBe("violated");
  });
});
