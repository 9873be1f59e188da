import { describe, expect, it } from "vitest";
import { parseRoute, routeHash } from "../../src/app/router";

describe("the hash router", () => {
  it.each([
    ["", "picker"],
    ["#/", "picker"],
    ["#/?scenario=borrowed-keys&seed=7", "picker"],
    ["#/briefing?scenario=x", "briefing"],
    ["#/drill", "drill"],
    ["#/debrief", "debrief"],
    ["#/facilitator", "facilitator"],
    ["#/display?session=1", "facilitator"],
    ["#/nowhere", "picker"],
  ])("%s is the %s", (hash, name) => {
    expect(parseRoute(hash).name).toBe(name);
  });

  it("keeps the query for shareable links", () => {
    const route = parseRoute("#/?scenario=borrowed-keys&seed=7");
    expect(route.params.get("scenario")).toBe("borrowed-keys");
    expect(route.params.get("seed")).toBe("7");
    expect(routeHash("briefing", "seed=7")).toBe("#/briefing?seed=7");
    expect(routeHash("picker")).toBe("#/");
  });
});
