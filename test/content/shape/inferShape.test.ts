import { describe, expectTypeOf, it } from "vitest";
import type { REPLY_ACTION } from "../../../src/content/shape/actionShape";
import type { CONDITION, EFFECT } from "../../../src/content/shape/conditionShape";
import type { Infer } from "../../../src/content/shape/inferShape";
import type { ScenarioFile } from "../../../src/content/shape/scenarioShape";
import type { PlayerAction } from "../../../src/engine/actions";
import type { Condition } from "../../../src/engine/condition";
import type { OrganisationProfile } from "../../../src/engine/organisation";
import type { AttackerEffect, ScenarioDefinition } from "../../../src/engine/scenario";

/** Every field present and defined, all the way down: optional-with-default and optional differ only in when. */
type Strict<T> = T extends readonly (infer Item)[]
  ? Strict<Item>[]
  : T extends object
    ? { [K in keyof T]-?: Strict<Exclude<T[K], undefined>> }
    : T;

/** The scenario the compiler makes of a file: the file's fields, its hash, the merged profile. */
type Compiled = Omit<ScenarioFile, "organisation"> & {
  contentHash: string;
  organisation: OrganisationProfile;
};

describe("the scenario format and the engine's types are one", () => {
  it("a compiled scenario file has exactly the fields of ScenarioDefinition, with the same types", () => {
    expectTypeOf<Strict<Compiled>>().toEqualTypeOf<Strict<ScenarioDefinition>>();
  });

  it("a condition read from a file is a Condition, form by form", () => {
    expectTypeOf<Strict<Infer<typeof CONDITION>>>().toEqualTypeOf<Strict<Condition>>();
  });

  it("an attacker effect read from a file is an AttackerEffect", () => {
    expectTypeOf<Strict<Infer<typeof EFFECT>>>().toEqualTypeOf<Strict<AttackerEffect>>();
  });

  it("a reply's action read from a file is a PlayerAction, action type by action type", () => {
    expectTypeOf<Strict<Infer<typeof REPLY_ACTION>>>().toEqualTypeOf<Strict<PlayerAction>>();
  });
});
