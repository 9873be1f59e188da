import { describe, expect, it } from "vitest";
import { ELIMU_PROFILE } from "../../../src/engine/organisation";
import { judgeSms } from "../../../src/scoring/text/secureChannelSms";

const NAMES = { keys: ["deploy-key"], customers: ["Acme Retail"] };

describe("judgeSms", () => {
  it.each([
    ["Please join Slack ASAP", true],
    ["Can you join the call? Thanks", true],
    ["Call me when you can.", true],
    ["Join the bridge: we were hacked", false],
    ["Join the call, deploy-key is out", false],
    ["Join the call, 198.51.100.23 is hitting us", false],
    ["What's the status on the thing?", false],
    ["Ring me please, Cora", true],
    ["Hop on Zoom when you're free?", true],
    ["Need you on the sapphire-unicorn bridge now", true],
    ["Call me, the servers are down", false],
    ["Call me re the thing with the vendor", false],
    ["Urgent. Thanks", false],
    [
      "Please join the call, there is quite a lot to go through about the vendor and the keys and the plan for the evening and tomorrow morning",
      false,
    ],
  ])("%s → allowed %s", (text, allowed) => {
    expect(judgeSms(text, ELIMU_PROFILE, NAMES, ["Cora Lindqvist", "sapphire-unicorn"]).allowed).toBe(
      allowed,
    );
  });
});
