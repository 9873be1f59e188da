import { describe, expect, it } from "vitest";
import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { findingOf } from "../support/findings";
import { expertPlay } from "../support/harbourPlays";
import type { Playthrough } from "../support/playthrough";

/** The expert play with one more public statement at the end. */
const saying = (body: string) =>
  expertPlay({
    slip: (play: Playthrough) =>
      play.act({ type: "publish-statement", title: "29 November 2026: update", body }, "communications"),
  });

describe("disclosure.true-claims: what the team says outside is checked against what happened", () => {
  it("is met by the expert's statement, which names only what the attack reached", () => {
    const finding = findingOf(expertPlay(), "disclosure.true-claims");
    expect(finding.outcome).toBe("met");
    expect(finding.summary).toBe("Nothing said outside contradicted what really happened.");
  });

  it("is violated by a denial that data was touched, when it was", () => {
    const finding = findingOf(
      saying("To be clear, no customer data was accessed."),
      "disclosure.true-claims",
    );
    expect(finding.outcome).toBe("violated");
    expect(finding.summary).toContain('said "To be clear, no customer data was accessed."');
  });

  it("loses credit for naming data the attack never reached as affected", () => {
    // Harbour Lights with a card vault the attacker never touched.
    const withVault = {
      ...HARBOUR_LIGHTS,
      world: {
        ...HARBOUR_LIGHTS.world,
        dataStores: [
          ...HARBOUR_LIGHTS.world.dataStores,
          {
            id: "card-vault",
            name: "card-vault",
            zone: "prod",
            kind: "database" as const,
            dataClasses: ["payment cards"],
          },
        ],
      },
    };
    const finding = findingOf(
      saying("The attacker took customer emails and payment cards."),
      "disclosure.true-claims",
      withVault,
    );
    // Named across everything said: customer emails and order history (true), payment cards (never reached): 1 − ⅓.
    expect(finding).toMatchObject({ outcome: "partial", credit: 0.667 });
    expect(finding.summary).toBe("Data the attack never reached was named as affected: payment cards.");
    expect(
      findingOf(saying("No payment cards were touched."), "disclosure.true-claims", withVault).outcome,
    ).toBe("met");
  });

  it("is violated by blaming an outside party that had no part in the attack", () => {
    const caused = findingOf(
      saying("The intrusion was caused by Northgate Security, our security consultants."),
      "disclosure.true-claims",
    );
    expect(caused.outcome).toBe("violated");
    expect(caused.summary).toContain("but Northgate Security had no part in the attack");
    expect(
      findingOf(
        saying("Northgate Security was breached last week, and that is how they got in."),
        "disclosure.true-claims",
      ).outcome,
    ).toBe("violated");
  });

  it("does not count mentions, praise, victims or the real vector as false attribution", () => {
    for (const body of [
      "We have told GitHub and Acme Retail what we know, and they are helping us.",
      "The first warning came from The Ledger, and we thank Northgate Security for its help.",
      "GitHub was compromised through the same leaked key, and we told them at once.",
      "Acme Retail was compromised through our exports, and we are working with their team.",
      "We informed Northgate Security that our orders database was compromised.",
      "The attack came from a breach at ParcelPoint, our delivery vendor.",
    ])
      expect(findingOf(saying(body), "disclosure.true-claims").outcome, body).toBe("met");
  });
});
