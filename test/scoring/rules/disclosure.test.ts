import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { expertPlay, STATEMENT_BODY, STATEMENT_TITLE } from "../support/harbourPlays";
import { playthrough } from "../support/playthrough";

const publishAt = (
  time: string,
  title = STATEMENT_TITLE,
  body = STATEMENT_BODY,
  by: "communications" | "executive" = "communications",
) =>
  playthrough(HARBOUR_LIGHTS).at(time).act({ type: "publish-statement", title, body }, by).at("T+8d").end();

describe("disclosure.after-validation", () => {
  it("is violated by a statement before the timeline, data and vector are established", () => {
    const finding = findingOf(publishAt("T+1:00"), "disclosure.after-validation");
    expect(finding).toMatchObject({ outcome: "violated", at: 70 });
    expect(finding.summary).toContain("closing the vector");
  });

  it("counts a reply to the press as an external statement", () => {
    const play = playthrough(HARBOUR_LIGHTS)
      .at("T+1:00")
      .act({ type: "send-message", channel: "email", to: ["reporter"], body: "No comment yet." })
      .at("T+2:00")
      .end();
    expect(findingOf(play, "disclosure.after-validation").outcome).toBe("violated");
  });

  it("counts a notice to a customer's security team, by call or by message, as an external statement", () => {
    const called = playthrough(HARBOUR_LIGHTS)
      .at("T+1:00")
      .act({ type: "contact", party: "acme-ciso", kind: "customer-security", body: "We were breached." })
      .at("T+2:00")
      .end();
    const finding = findingOf(called, "disclosure.after-validation");
    expect(finding).toMatchObject({ outcome: "violated" });
    expect(finding.summary).toContain("customer notice");
    const written = playthrough(HARBOUR_LIGHTS)
      .at("T+1:00")
      .act({ type: "send-message", channel: "email", to: ["acme-ciso"], body: "Heads-up: an incident." })
      .at("T+2:00")
      .end();
    expect(findingOf(written, "disclosure.after-validation").outcome).toBe("violated");
  });

  it("is met by the expert, who calls the customer only once the facts are validated", () => {
    expect(findingOf(expertPlay(), "disclosure.after-validation").outcome).toBe("met");
  });

  it("does not apply when nothing was said outside", () => {
    expect(
      findingOf(playthrough(HARBOUR_LIGHTS).at("T+1:00").end(), "disclosure.after-validation").outcome,
    ).toBe("n/a");
  });
});

describe("disclosure.within-days", () => {
  it.each([
    ["T+2d", "met", 1],
    ["T+4d 23:50", "partial", 0.5],
    ["T+7d", "violated", 0],
  ])("published at %s is %s", (time, outcome, credit) => {
    expect(findingOf(publishAt(time), "disclosure.within-days")).toMatchObject({ outcome, credit });
  });

  it("is violated when nothing is ever published, and says so when the drill ended early", () => {
    const finding = findingOf(playthrough(HARBOUR_LIGHTS).at("T+1d").end(), "disclosure.within-days");
    expect(finding.outcome).toBe("violated");
    expect(finding.undecided).toContain("before its window of 3 days closed");
  });
});

describe("disclosure.customers-first", () => {
  it("is met when the customer's security team hears first", () => {
    expect(findingOf(expertPlay(), "disclosure.customers-first").outcome).toBe("met");
  });

  it("is partial when they hear after the public notice, violated when never", () => {
    const late = playthrough(HARBOUR_LIGHTS)
      .at("T+1d")
      .act({ type: "publish-statement", title: STATEMENT_TITLE, body: STATEMENT_BODY })
      .at("T+1d 1h")
      .act({ type: "contact", party: "acme-ciso", kind: "customer-security" })
      .at("T+2d")
      .end();
    expect(findingOf(late, "disclosure.customers-first")).toMatchObject({ outcome: "partial", credit: 0.5 });
    expect(findingOf(publishAt("T+1d"), "disclosure.customers-first").outcome).toBe("violated");
  });
});

describe("disclosure.date-in-title", () => {
  it("is met with a dated title, violated without", () => {
    expect(findingOf(publishAt("T+1d"), "disclosure.date-in-title").outcome).toBe("met");
    expect(
      findingOf(publishAt("T+1d", "Unauthorised access to order data"), "disclosure.date-in-title").outcome,
    ).toBe("violated");
  });
});

describe("disclosure.no-cliche", () => {
  it("is violated by a close variant of the banned phrase", () => {
    const body = `${STATEMENT_BODY} Security is something we take extremely seriously.`;
    expect(findingOf(publishAt("T+1d", STATEMENT_TITLE, body), "disclosure.no-cliche").outcome).toBe(
      "violated",
    );
    expect(findingOf(publishAt("T+1d"), "disclosure.no-cliche").outcome).toBe("met");
  });
});

describe("disclosure.honest-detailed", () => {
  it("is partial for a statement that names the data but barely touches the timeline", () => {
    const play = playthrough(HARBOUR_LIGHTS)
      .at("T+0:10")
      .act({ type: "investigate", logSource: "cloudtrail" })
      .at("T+1d")
      .act({
        type: "publish-statement",
        title: STATEMENT_TITLE,
        body: "Customer emails and order history were exposed. We also stored card verification codes.",
      })
      .at("T+2d")
      .end();
    const finding = findingOf(play, "disclosure.honest-detailed");
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.75 });
    expect(finding.summary).toContain("timeline facts established: 25%");
    expect(finding.undecided).toBeDefined();
  });

  it("is violated by a statement that says nothing specific", () => {
    expect(
      findingOf(
        publishAt("T+1d", STATEMENT_TITLE, "We had an issue. It is fixed."),
        "disclosure.honest-detailed",
      ).outcome,
    ).toBe("violated");
  });
});

describe("disclosure.no-naming", () => {
  it("is violated naming the vendor before it disclosed, met after (T+32h)", () => {
    const body = `${STATEMENT_BODY} The key leaked from ParcelPoint.`;
    expect(findingOf(publishAt("T+1d", STATEMENT_TITLE, body), "disclosure.no-naming").outcome).toBe(
      "violated",
    );
    expect(findingOf(publishAt("T+1d 9h", STATEMENT_TITLE, body), "disclosure.no-naming").outcome).toBe(
      "met",
    );
  });
});

describe("disclosure.via-marketing", () => {
  it("is met when communications releases it, or it was assigned to them; violated otherwise", () => {
    expect(findingOf(publishAt("T+1d"), "disclosure.via-marketing").outcome).toBe("met");
    expect(
      findingOf(publishAt("T+1d", STATEMENT_TITLE, STATEMENT_BODY, "executive"), "disclosure.via-marketing")
        .outcome,
    ).toBe("violated");
    const delegated = playthrough(HARBOUR_LIGHTS)
      .at("T+1:00")
      .act({ type: "assign", task: "public statement", role: "communications" })
      .at("T+1d")
      .act({ type: "publish-statement", title: STATEMENT_TITLE, body: STATEMENT_BODY })
      .at("T+2d")
      .end();
    expect(findingOf(delegated, "disclosure.via-marketing").outcome).toBe("met");
  });
});
