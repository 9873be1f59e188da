import { HARBOUR_LIGHTS } from "../fixtures/harbourLights";
import { type Playthrough, playthrough } from "./playthrough";

export const STATEMENT_TITLE = "28 November 2026: unauthorised access to order data";
export const STATEMENT_BODY = [
  "What happened: the attacker used the deploy key leaked from our vendor to reach production three days before detection,",
  "listed every storage bucket, queried the orders database for customer emails, and copied two gigabytes of order exports.",
  "A shell on web-1 ran commands as the web user. The attacker held the deploy key for three days before detection.",
  "What was affected: customer emails and order history for retail customers. We also held card verification codes that we",
  "should not have stored; they are deleted. What we did: we revoked every key, isolated the servers and added alerting.",
].join(" ");
export const INTERNAL_NOTE =
  "Attorney Work Project. A short overview from Vic: since Monday a vendor exposed one of our keys. We revoked and rotated every affected key, isolated two servers and added alerting. We will follow up with more information once the review is complete.";

/** The response team assembled the checklist way: IC, codename, call and room, responders, then execs and legal. */
export function assembleTeam(
  play: Playthrough,
  options: { pageIc?: boolean; security?: boolean } = {},
): Playthrough {
  const paged = play.at("T+0:01");
  if (options.pageIc !== false) paged.act({ type: "page-ic" }, "incident-commander");
  return paged
    .act({ type: "set-codename", codename: "sapphire-unicorn" }, "incident-commander")
    .at("T+0:02")
    .act({ type: "start-voice-call", title: "sapphire-unicorn bridge" }, "incident-commander")
    .act(
      { type: "create-room", name: "sapphire-unicorn", topic: "Attorney Work Project: sapphire-unicorn" },
      "incident-commander",
    )
    .at("T+0:04")
    .act(
      { type: "invite", people: options.security === false ? ["omar"] : ["sol", "omar"], to: "both" },
      "incident-commander",
    );
}

/**
 * Everything the checklist asks, in order, on Harbour Lights; `slip` adds one mistake just before the end and
 * `earlySlip` one right after the team is assembled (one-slip variants); `pageIc: false` leaves the IC unpaged and
 * `security: false` leaves the security lead out of the call and room; `late` moves steps out of their place in the
 * checklist's order to the third day (the vendor purge, the isolation and shutdown of web-1, the IP blocks), and
 * `skip` leaves steps out (the vendor purge, the regulator's notification, the disk images, the public statement,
 * every revocation and rotation).
 */
export function expertPlay(
  options: {
    slip?: (play: Playthrough) => Playthrough;
    earlySlip?: (play: Playthrough) => Playthrough;
    pageIc?: boolean;
    security?: boolean;
    late?: readonly ("purge" | "isolate" | "block-ips")[];
    skip?: readonly ("purge" | "regulator" | "images" | "statement" | "revocations")[];
  } = {},
): Playthrough {
  const late = new Set<string>([...(options.late ?? []), ...(options.skip ?? [])]);
  const skipped = new Set<string>(options.skip ?? []);
  const unless =
    (
      step: "purge" | "isolate" | "block-ips" | "regulator" | "images" | "statement" | "revocations",
      move: (play: Playthrough) => Playthrough,
    ) =>
    (play: Playthrough) =>
      late.has(step) ? play : move(play);
  const team = assembleTeam(playthrough(HARBOUR_LIGHTS), options);
  const play = (options.earlySlip ? options.earlySlip(team) : team)
    .act({ type: "deploy-freeze", announcement: "Deploys are frozen for a key change." }, "service-owner")
    .at("T+0:05")
    .perform(
      unless("isolate", (p) => p.act({ type: "isolate-instance", instance: "web-1" }, "security-lead")),
    )
    .perform(
      unless("revocations", (p) =>
        p.act({ type: "revoke-credential", credential: "deploy-key" }, "security-lead"),
      ),
    )
    .at("T+0:06")
    .act({ type: "suspend-autoscaling", group: "web-asg" }, "service-owner")
    .at("T+0:10")
    .perform(
      unless("isolate", (p) => p.act({ type: "shutdown-instance", instance: "web-1" }, "service-owner")),
    )
    .at("T+0:11")
    .perform(
      unless("images", (p) =>
        p
          .act({ type: "image-disk", instance: "web-1", disk: "web-1-root" }, "security-lead")
          .act({ type: "image-disk", instance: "web-1", disk: "web-1-data" }, "security-lead"),
      ),
    )
    .act({ type: "preserve-logs", logSource: "web-1-logs" }, "security-lead")
    .at("T+0:15")
    .act({ type: "invite", people: ["cora", "lee"], to: "both" }, "incident-commander")
    .at("T+0:20")
    .act(
      { type: "send-message", channel: "sms", to: ["cora"], body: "Please join the call ASAP." },
      "incident-commander",
    )
    .perform(
      unless("purge", (p) =>
        p.act({ type: "purge-provider-accounts", provider: "parcelpoint" }, "security-lead"),
      ),
    )
    .perform(
      unless("revocations", (p) =>
        p
          .act({ type: "rotate-credential", credential: "legacy-etl" }, "security-lead")
          .act({ type: "rotate-credential", credential: "db-password" }, "service-owner"),
      ),
    )
    .at("T+0:30")
    .act({ type: "investigate", logSource: "cloudtrail" }, "security-lead")
    .act({ type: "investigate", logSource: "cloudtrail", target: "web-2" }, "security-lead")
    .act({ type: "investigate", logSource: "vendor-audit" }, "security-lead")
    .act({ type: "investigate", logSource: "web-1-logs" }, "security-lead")
    .at("T+0:45")
    .act({ type: "add-alerting", description: "deploy key used outside CI" }, "security-lead")
    .act({ type: "monitor-reentry" }, "security-lead")
    .perform(
      unless("block-ips", (p) =>
        p
          .act({ type: "block-ip", ip: "198.51.100.23" }, "security-lead")
          .act({ type: "block-ip", ip: "203.0.113.9" }, "security-lead"),
      ),
    )
    .at("T+1:40")
    .perform(
      unless("images", (p) => p.act({ type: "forensic-analysis", instance: "web-1" }, "security-lead")),
    )
    .at("T+3:00")
    // why: with nothing revoked the attacker's script runs on; the expert's world is the one where it cannot.
    .perform((p) => (skipped.has("revocations") ? p : p.skipped("launch-cache")))
    .at("T+4:00")
    .act(
      { type: "assign", task: "law enforcement and internal comms", role: "vp-engineering" },
      "incident-commander",
    )
    .act({ type: "contact", party: "police", kind: "law-enforcement" }, "vp-engineering")
    .act({ type: "contact", party: "agent", kind: "fbi" }, "vp-engineering")
    .act({ type: "contact", party: "firm", kind: "security-firm" }, "vp-engineering")
    .act({ type: "contact", party: "gh-ops", kind: "operator" }, "vp-engineering")
    .act({ type: "contact", party: "parcel-ciso", kind: "vendor" }, "vp-engineering")
    .act({ type: "contact", party: "acme-ciso", kind: "customer-security" }, "vp-engineering")
    .perform(
      unless("regulator", (p) =>
        p.act(
          {
            type: "notify-regulator",
            party: "regulator",
            body: "Personal data breach notification (GDPR Art. 33).",
          },
          "legal",
        ),
      ),
    )
    .act(
      {
        type: "send-message",
        channel: "email",
        to: ["insurer"],
        subject: "Attorney Work Project",
        body: "Notice of a claim.",
        encrypted: true,
      },
      "vp-engineering",
    )
    .at("T+5:00")
    .act({ type: "send-message", channel: "general", body: INTERNAL_NOTE }, "vp-engineering")
    .at("T+1d")
    .perform(
      unless("statement", (p) =>
        p.act({ type: "publish-statement", title: STATEMENT_TITLE, body: STATEMENT_BODY }, "communications"),
      ),
    )
    .at("T+3d")
    .perform((p) => (skipped.has("revocations") ? p : p.skipped("return-etl")))
    .perform((p) =>
      late.has("purge") && !skipped.has("purge")
        ? p.act({ type: "purge-provider-accounts", provider: "parcelpoint" })
        : p,
    )
    .perform((p) =>
      late.has("isolate")
        ? p
            .act({ type: "isolate-instance", instance: "web-1" }, "security-lead")
            .act({ type: "shutdown-instance", instance: "web-1" }, "service-owner")
        : p,
    )
    .perform((p) =>
      late.has("block-ips")
        ? p
            .act({ type: "block-ip", ip: "198.51.100.23" }, "security-lead")
            .act({ type: "block-ip", ip: "203.0.113.9" }, "security-lead")
        : p,
    );
  return (options.slip ? options.slip(play) : play).end();
}

/** Everything the checklist warns against, on Harbour Lights. */
export function recklessPlay(): Playthrough {
  return playthrough(HARBOUR_LIGHTS)
    .at("T+0:10")
    .act({ type: "investigate", logSource: "cloudtrail" }, "player")
    .act(
      {
        type: "send-message",
        channel: "general",
        body: "We got hacked via ParcelPoint, key deploy-key from 198.51.100.23",
      },
      "player",
    )
    .act(
      {
        type: "send-message",
        channel: "sms",
        to: ["fay"],
        body: "It's a breach: the deploy key leaked and customer emails are gone.",
      },
      "player",
    )
    .at("T+0:40")
    .act({ type: "set-codename", codename: "parcelpoint-breach" }, "player")
    .act({ type: "create-room", name: "hack-response", topic: "ParcelPoint hack" }, "player")
    .at("T+0:50")
    .act({ type: "page-ic" }, "player")
    .act({ type: "invite", people: ["cora", "dana"], to: "room" }, "player")
    .at("T+1:00")
    .act(
      {
        type: "publish-statement",
        title: "ParcelPoint got hacked",
        body: "We take security very seriously. ParcelPoint was breached.",
      },
      "executive",
    )
    .act(
      {
        type: "send-message",
        channel: "email",
        to: ["reporter"],
        subject: "Re: breach",
        body: "Yes, ParcelPoint was hacked.",
      },
      "player",
    )
    .at("T+1:30")
    .act({ type: "terminate-instance", instance: "web-1" }, "player")
    .at("T+3:00")
    .attacker("launch-cache")
    .at("T+3d")
    .attacker("return-etl")
    .at("T+8d")
    .end();
}
