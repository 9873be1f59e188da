import { describe, expect, it } from "vitest";
import { ELIMU_PROFILE } from "../../../src/engine/organisation";
import { revealingMatches } from "../../../src/scoring/text/revealingWords";

const NAMES = ["Elimu", "Elimu Informatics", "ParcelPoint", "Acme Retail"];
const words = (text: string) =>
  revealingMatches(text, ELIMU_PROFILE.revealingWords, NAMES).map((m) => m.word);

describe("revealingMatches", () => {
  it.each([
    ["sapphire-unicorn", []],
    ["amber-owl", []],
    ["Fireside", []],
    ["Irvine Tulip", []],
    ["coincidental-sparrow", []],
    ["Breaches", ["breach"]],
    ["HACK!", ["hack"]],
    ["hackathon", ["hack"]],
    ["Project Re-Attack", ["attack"]],
    ["opBreach", ["breach"]],
    ["sev-1 bridge", ["sev1"]],
    ["ir-war-room", ["ir"]],
    ["leaked creds", ["leak"]],
    ["Exfil watch", ["exfil"]],
    ["parcel-point sync", ["ParcelPoint"]],
    ["PARCELPOINT", ["ParcelPoint"]],
    ["acme retail call", ["Acme Retail"]],
    ["elimu-informatics-blue", ["Elimu", "Elimu Informatics"]],
  ])("%s reveals %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });
});
