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
    [
      "Please join the call, there is quite a lot to go through about the vendor and the keys and the plan for the evening and tomorrow morning",
      false,
    ],
  ])("%s → allowed %s", (text, allowed) => {
    expect(judgeSms(text, ELIMU_PROFILE, NAMES).allowed).toBe(allowed);
  });
});
