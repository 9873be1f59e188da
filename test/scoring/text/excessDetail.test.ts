import { describe, expect, it } from "vitest";
import { excessDetailIn } from "../../../src/scoring/text/excessDetail";

const NAMES = { keys: ["deploy-key", "orders database password"], customers: ["Acme Retail"] };

describe("excessDetailIn", () => {
  it.each([
    ["We rotated the affected keys and will follow up.", []],
    ["Traffic came from 198.51.100.23.", ["IP address 198.51.100.23"]],
    ["Version 10.2 shipped", []],
    ["The deploy key (deploy-key) was abused.", ["key deploy-key"]],
    ["AKIAIOSFODNN7EXAMPLE leaked", ["a secret-looking string"]],
    ["Acme Retail's data was touched", ["customer Acme Retail"]],
    ["acme-retail", ["customer Acme Retail"]],
  ])("%s → %j", (text, expected) => {
    expect(excessDetailIn(text, NAMES)).toEqual(expected);
  });
});
