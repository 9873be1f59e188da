import { ACTION_CATALOG, actionTarget } from "../../engine/actions";
import type { LogEntryOf } from "../../engine/log";
import type { Credential, Fact, FactKind, Instance } from "../../engine/scenario";
import type { SimMinutes } from "../../engine/time";
import type { DiskImage, WorldModel } from "../../engine/world/worldState";
import type { ThirdParty } from "../text/thirdPartyNames";
import type { ScoringContext } from "./ScoringContext";

/** Something the ground truth says matters, and when the players could first have known it. */
export interface Known<T> {
  item: T;
  couldHaveKnownAt?: SimMinutes;
  /** The log entry that made it knowable. */
  knownSeq?: number;
}

/** The first fact.discovered entry for a fact, if any. */
export function discovery(ctx: ScoringContext, fact: string): LogEntryOf<"fact.discovered"> | undefined {
  return ctx.entries("fact.discovered").find((entry) => entry.fact === fact);
}

/** Facts that exist in this drill's world (their attacker step, if any, ran) and are not red herrings. */
export function factsInDrill(ctx: ScoringContext, kinds?: readonly FactKind[]): Fact[] {
  const herrings = new Set(ctx.scenario.variation.redHerrings);
  return ctx.scenario.facts.filter(
    (fact) =>
      fact.kind !== "red-herring" &&
      !herrings.has(fact.id) &&
      ctx.end.facts[fact.id]?.exists === true &&
      (kinds === undefined || kinds.includes(fact.kind)),
  );
}

function earliest(
  candidates: ({ at: SimMinutes; seq: number } | undefined)[],
): { at: SimMinutes; seq: number } | undefined {
  return candidates
    .filter((c): c is { at: SimMinutes; seq: number } => c !== undefined)
    .sort((a, b) => a.at - b.at || a.seq - b.seq)[0];
}

function firstActionOn(ctx: ScoringContext, target: string): { at: SimMinutes; seq: number } | undefined {
  return ctx.entries("action.accepted").find((entry) => actionTarget(entry.action) === target);
}

/**
 * When the team could first have known a fact: the moment it existed and was findable (its attacker step ran, and
 * never before the first signal) plus the time one search takes — or when it was actually found, if sooner.
 */
export function knowableAt(ctx: ScoringContext, fact: Fact): { at: SimMinutes; seq: number } | undefined {
  if (ctx.end.facts[fact.id]?.exists !== true) return undefined;
  const appeared = ctx.entries("fact.appeared").find((entry) => entry.fact === fact.id);
  const started = ctx.entries("drill.started")[0];
  const existsFrom = appeared ?? started;
  const found = discovery(ctx, fact.id);
  const searched = existsFrom && {
    at: Math.max(0, appeared ? appeared.at : fact.occurredAt) + SEARCH_MINUTES,
    seq: existsFrom.seq,
  };
  return earliest([found, searched]);
}

const SEARCH_MINUTES = ACTION_CATALOG.get("investigate")?.duration ?? 30;

function revealedBy(
  ctx: ScoringContext,
  matches: (fact: Fact) => boolean,
): { at: SimMinutes; seq: number } | undefined {
  return earliest(ctx.scenario.facts.filter(matches).map((fact) => knowableAt(ctx, fact)));
}

function known<T>(item: T, at: { at: SimMinutes; seq: number } | undefined): Known<T> {
  return at ? { item, couldHaveKnownAt: at.at, knownSeq: at.seq } : { item };
}

/**
 * Instances affected in this drill's ground truth: the scenario's affected instances that exist (created ones only
 * once their attacker step ran; with a patient-zero draw, only the drawn one of the candidates), each with when the
 * team could first have known it: a fact revealing it became findable (see `knowableAt`), its creation (it appears
 * in the inventory), being patient zero (the first signal is about it), or the players acting on it — whichever is
 * first. Clocks start there, never at the player's first touch alone.
 */
export function affectedInstances(ctx: ScoringContext): Known<Instance>[] {
  return ctx.scenario.world.instances
    .filter((instance) => {
      const state = ctx.end.instances[instance.id];
      return state?.exists === true && state.affected;
    })
    .map((instance) => {
      const created = instance.createdBy
        ? ctx.entries("attacker.step").find((entry) => entry.step === instance.createdBy)
        : undefined;
      const zero = instance.id === ctx.patientZero ? ctx.entries("drill.started")[0] : undefined;
      const zeroAt = zero ? { at: 0, seq: zero.seq } : undefined;
      return known(
        instance,
        earliest([
          revealedBy(ctx, (fact) => fact.revealsInstances?.includes(instance.id) === true),
          created,
          zeroAt,
          firstActionOn(ctx, instance.id),
        ]),
      );
    });
}

/** Credentials the attacker holds in this drill's world, each with when it could first have been identified. */
export function compromisedCredentials(ctx: ScoringContext): Known<Credential>[] {
  return ctx.scenario.world.credentials
    .filter((credential) => ctx.end.credentials[credential.id]?.compromised === true)
    .map((credential) =>
      known(
        credential,
        earliest([
          revealedBy(ctx, (fact) => fact.revealsCredentials?.includes(credential.id) === true),
          firstActionOn(ctx, credential.id),
        ]),
      ),
    );
}

/** Names whose appearance reveals the incident: company and product names, vendors, customers and other outsiders. */
export function revealingNames(ctx: ScoringContext): string[] {
  const organisations = ctx.scenario.world.people.flatMap((person) =>
    !person.internal && person.organisation ? [person.organisation] : [],
  );
  const providers = ctx.scenario.world.providers.map((provider) => provider.name);
  const full = [...ctx.profile.companyNames, ...providers, ...organisations];
  // why: a codename that names the suspect tips off whoever overhears it — the insider's names reveal as a vendor's do.
  const insiders = ctx.scenario.world.people
    .filter((person) => person.insider)
    .flatMap((person) => [
      person.name,
      ...person.name.split(/\s+/).filter((part) => part.length >= BRAND_MIN),
    ]);
  return [...new Set([...full, ...full.flatMap(brandOf), ...insiders])];
}

/** A word of a name at least this long can stand for the whole name ("kestrel" for Kestrel Outfitters). */
const BRAND_MIN = 4;

/** Words that name a kind of organisation, not one organisation: never a brand on their own. */
const GENERIC_NAME_WORDS = new Set(
  "inc ltd llc gmbh corp company group labs lab systems services service security cloud team trust bank partners holdings global technologies technology software solutions data networks network the and of".split(
    " ",
  ),
);

/** The brand of a multi-word name, its first distinctive word: a partial form ("kestrel-ops" names Kestrel Outfitters). */
function brandOf(name: string): string[] {
  const words = name.split(/[\s,.&]+/).filter(Boolean);
  if (words.length < 2) return [];
  const brand = words.find((word) => !GENERIC_NAME_WORDS.has(word.toLowerCase()));
  return brand !== undefined && brand.length >= BRAND_MIN ? [brand] : [];
}

/** Names of keys and customers: detail that does not belong in an internal overview or an SMS. */
export function detailNames(ctx: ScoringContext): { keys: string[]; customers: string[] } {
  const keys = ctx.scenario.world.credentials.flatMap((credential) => [credential.id, credential.name]);
  const customers = ctx.scenario.world.people.flatMap((person) =>
    person.contactKind === "customer-security" && person.organisation ? [person.organisation] : [],
  );
  return { keys: [...new Set(keys)], customers: [...new Set(customers)] };
}

/** The scenario's vector parties with every name they go by and their public-disclosure time. */
export function vectorParties(ctx: ScoringContext): ThirdParty[] {
  return ctx.scenario.vector.parties.map((party) => {
    const provider = ctx.scenario.world.providers.find(
      (candidate) => candidate.id === party || candidate.name === party,
    );
    const names = [...new Set([party, ...(provider ? [provider.id, provider.name] : [])])];
    return {
      id: provider?.id ?? party,
      names,
      ...(provider?.disclosesAt !== undefined ? { disclosesAt: provider.disclosesAt } : {}),
    };
  });
}

/** True when the instance exists at the end of the drill (instances an attacker step creates exist once it ran). */
export function instanceExists(ctx: ScoringContext, id: string): boolean {
  return ctx.end.instances[id]?.exists === true;
}

/** Every disk image in the world, with the instance it was taken of. */
export function imagesIn(world: WorldModel): (DiskImage & { instance: string })[] {
  return Object.entries(world.instances)
    .flatMap(([instance, state]) => state.images.map((image) => ({ ...image, instance })))
    .sort((a, b) => a.seq - b.seq);
}

/** Whether `text` names the address as a whole (so 10.0.0.1 is not found inside 10.0.0.12). */
function namesAddress(text: string, ip: string): boolean {
  let from = text.indexOf(ip);
  while (from >= 0) {
    const before = text[from - 1];
    const after = text[from + ip.length];
    if (
      !/[0-9.]/.test(before ?? "") &&
      !/[0-9]/.test(after ?? "") &&
      !(after === "." && /[0-9]/.test(text[from + ip.length + 1] ?? ""))
    )
      return true;
    from = text.indexOf(ip, from + 1);
  }
  return false;
}

/**
 * When the team could first have known an attacker address: the briefing names it (the start), a message naming it
 * reached them, a fact naming it became findable (see `knowableAt`), or they acted on it — whichever is first.
 */
export function attackerIpKnownAt(
  ctx: ScoringContext,
  ip: string,
): { at: SimMinutes; seq: number } | undefined {
  const started = ctx.entries("drill.started")[0];
  const { situation, yourRole } = ctx.scenario.briefing;
  const briefed =
    started && namesAddress(`${situation} ${yourRole}`, ip) ? { at: 0, seq: started.seq } : undefined;
  const messages = new Map(ctx.scenario.injects.map((inject) => [inject.id, inject]));
  const told = ctx.entries("inject.delivered").find((entry) => {
    const inject = messages.get(entry.inject);
    return inject !== undefined && namesAddress(`${inject.subject ?? ""} ${inject.body}`, ip);
  });
  return earliest([
    briefed,
    told,
    revealedBy(ctx, (fact) => namesAddress(fact.text, ip)),
    firstActionOn(ctx, ip),
  ]);
}
