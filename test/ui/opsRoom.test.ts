// @vitest-environment happy-dom
import { getByRole, queryByRole, within } from "@testing-library/dom";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { DrillSettings } from "../../src/ui/drillSettings";
import { mountOpsRoom } from "../../src/ui/opsRoom";
import { SECURE_CHANNEL_SMS } from "../../src/ui/panels/composerPanel";
import { createFakeDrill, type FakeDrill } from "./support/fakeDrill";

const settings: DrillSettings = {
  scenarioId: "fixture",
  seed: "1",
  pacing: "turn",
  minutesPerSecond: 5,
  assist: true,
};

function submitted(drill: FakeDrill) {
  return drill.calls.filter((call) => call.method === "submit").map((call) => call.arg);
}

describe("the ops room, played by role and name", () => {
  let root: HTMLElement;
  let drill: FakeDrill;
  let onEnd: ReturnType<typeof vi.fn<() => void>>;

  beforeEach(() => {
    document.body.replaceChildren();
    root = document.createElement("main");
    document.body.append(root);
    drill = createFakeDrill();
    onEnd = vi.fn<() => void>();
    mountOpsRoom(root, {
      port: drill,
      settings,
      onSpeed: () => {},
      onEnd,
      onExport: () => {},
      reducedMotion: false,
      onReducedMotion: () => {},
    });
  });

  it("pages the IC, then the page button is disabled once the view says so", () => {
    getByRole(root, "button", { name: "Page the Incident Commander" }).click();
    expect(submitted(drill)).toEqual([{ type: "page-ic" }]);
    drill.push((view) => ({ ...view, team: { ...view.team, icPaged: true } }));
    expect(getByRole(root, "button", { name: "Page the Incident Commander" })).toHaveProperty(
      "disabled",
      true,
    );
  });

  it("selecting a node in the infrastructure list offers its verbs with durations, and isolating submits", () => {
    const nodes = getByRole(root, "region", { name: "Infrastructure" });
    expect(
      within(nodes).getByRole("row", { name: /api-1 Instance Production compromised-known, running/ }),
    ).toBeTruthy();
    within(nodes).getByRole("button", { name: "api-1" }).click();
    const actions = getByRole(root, "region", { name: "Actions" });
    expect(document.activeElement?.textContent).toBe("api-1 (Instance): compromised-known, running");
    within(actions).getByRole("button", { name: "Isolate instance (5 min)" }).click();
    within(actions).getByRole("button", { name: "Image disks (30 min)" }).click();
    expect(submitted(drill)).toEqual([
      { type: "isolate-instance", instance: "api-1" },
      { type: "image-disk", instance: "api-1", readOnly: true, offsite: true },
    ]);
  });

  it("a credential offers rotate and revoke, a provider offers purge", () => {
    const nodes = getByRole(root, "region", { name: "Infrastructure" });
    within(nodes).getByRole("button", { name: "ci-aws-deploy" }).click();
    const actions = getByRole(root, "region", { name: "Actions" });
    within(actions).getByRole("button", { name: "Revoke credential (5 min)" }).click();
    within(nodes).getByRole("button", { name: "BuildBarn" }).click();
    within(actions).getByRole("button", { name: "Purge provider accounts (20 min)" }).click();
    expect(submitted(drill)).toEqual([
      { type: "revoke-credential", credential: "ci-key" },
      { type: "purge-provider-accounts", provider: "buildbarn" },
    ]);
  });

  it("a new inject raises the unread count, is announced, and its reply is a button", () => {
    drill.push((view) => ({
      ...view,
      now: 12,
      inbox: [
        {
          inject: "a5",
          at: 12,
          from: "cfo",
          fromName: "Kim Lee",
          channel: "sms",
          channelName: "SMS",
          body: "What is going on? <b>now</b>",
          replies: [{ id: "details", label: "Text back the details" }],
        },
      ],
    }));
    const inbox = getByRole(root, "region", { name: "Inbox (1 unread)" });
    expect(root.querySelector("[aria-live=polite]")?.textContent).toBe("New message from Kim Lee");
    within(inbox)
      .getByRole("button", { name: /Unread — T\+0:12 Kim Lee via SMS/ })
      .click();
    expect(within(inbox).getByText("What is going on? <b>now</b>")).toBeTruthy();
    expect(root.querySelector("b")).toBeNull();
    within(inbox).getByRole("button", { name: "Text back the details" }).click();
    expect(submitted(drill)).toEqual([{ type: "reply", inject: "a5", option: "details" }]);
    expect(queryByRole(root, "region", { name: "Inbox (1 unread)" })).toBeNull();
  });

  it("on an SMS channel the composer offers the one allowed move-to-secure-channel message", () => {
    const comms = getByRole(root, "region", { name: "Communications" });
    const channel = within(comms).getByRole("combobox", { name: "Channel" }) as HTMLSelectElement;
    channel.value = "sms";
    channel.dispatchEvent(new Event("change"));
    within(comms)
      .getByRole("checkbox", { name: /Kim Lee/ })
      .click();
    within(comms)
      .getByRole("button", { name: `Send SMS: “${SECURE_CHANNEL_SMS}”` })
      .click();
    expect(submitted(drill)).toEqual([
      { type: "send-message", channel: "sms", to: ["cfo"], body: SECURE_CHANNEL_SMS },
    ]);
  });

  it("sends an encrypted email-style message to the room with a subject", () => {
    const comms = getByRole(root, "region", { name: "Communications" });
    const form = within(comms).getByRole("form", { name: "Compose a message" });
    (within(form).getByRole("textbox", { name: /Subject/ }) as HTMLInputElement).value =
      "Attorney Work Project";
    (within(form).getByRole("textbox", { name: "Message" }) as HTMLTextAreaElement).value = "Join please";
    within(form).getByRole("checkbox", { name: "Encrypt" }).click();
    within(form).getByRole("button", { name: "Send message" }).click();
    expect(submitted(drill)).toEqual([
      {
        type: "send-message",
        channel: "room",
        body: "Join please",
        subject: "Attorney Work Project",
        encrypted: true,
      },
    ]);
  });

  it("team: codename, room with topic, invite to both, assign a task to a role", () => {
    const team = getByRole(root, "region", { name: "Team" });
    (within(team).getByRole("textbox", { name: "Codename" }) as HTMLInputElement).value = "Blue Heron";
    within(team).getByRole("button", { name: "Set codename" }).click();
    (within(team).getByRole("textbox", { name: "Room name" }) as HTMLInputElement).value = "blue-heron";
    (within(team).getByRole("textbox", { name: "Topic" }) as HTMLInputElement).value =
      "Attorney Work Project";
    within(team).getByRole("button", { name: "Create room" }).click();
    within(team)
      .getByRole("checkbox", { name: /Ana Ruiz/ })
      .click();
    within(team).getByRole("button", { name: "Invite" }).click();
    (within(team).getByRole("textbox", { name: "Task" }) as HTMLInputElement).value = "Draft the statement";
    (within(team).getByRole("combobox", { name: "Role" }) as HTMLSelectElement).value = "communications";
    within(team).getByRole("button", { name: "Assign" }).click();
    expect(submitted(drill)).toEqual([
      { type: "set-codename", codename: "Blue Heron" },
      { type: "create-room", name: "blue-heron", topic: "Attorney Work Project" },
      { type: "invite", people: ["ana"], to: "both" },
      { type: "assign", task: "Draft the statement", role: "communications" },
    ]);
  });

  it("investigates a log source over a typed time span, and the case file shows discovered facts", () => {
    const investigation = getByRole(root, "region", { name: "Investigation" });
    (within(investigation).getByRole("textbox", { name: "From (sim time)" }) as HTMLInputElement).value =
      "T-3d 04:12";
    (within(investigation).getByRole("textbox", { name: "To (sim time)" }) as HTMLInputElement).value = "T+0";
    within(investigation).getByRole("button", { name: "Investigate" }).click();
    expect(submitted(drill)).toEqual([
      { type: "investigate", logSource: "cloudtrail", from: -(3 * 1440 + 252), to: 0 },
    ]);
    drill.push((view) => ({
      ...view,
      caseFile: [
        {
          fact: "f1",
          kind: "recon",
          text: "Recon from 203.0.113.9",
          at: -4572,
          discoveredAt: 30,
          via: "cloudtrail",
        },
      ],
    }));
    expect(
      within(getByRole(investigation, "list", { name: "Case file" })).getByText("Recon from 203.0.113.9"),
    ).toBeTruthy();
  });

  it("clock: advance to the next event, pause and resume, end needs a confirmation", () => {
    getByRole(root, "button", { name: "Advance to next event" }).click();
    expect(getByRole(root, "status", { name: "Sim clock" }).textContent).toBe("T+0:30");
    getByRole(root, "button", { name: "Pause" }).click();
    getByRole(root, "button", { name: "Resume" }).click();
    getByRole(root, "button", { name: "End drill…" }).click();
    expect(onEnd).not.toHaveBeenCalled();
    getByRole(root, "button", { name: "Yes, end the drill now" }).click();
    expect(onEnd).toHaveBeenCalledOnce();
    expect(drill.calls.map((call) => call.method)).toEqual(["advanceToNextEvent", "pause", "resume"]);
  });

  it("publishes a statement and lists it; pending actions show their completion time", () => {
    const statement = getByRole(root, "region", { name: "Public statement" });
    (within(statement).getByRole("textbox", { name: /Title/ }) as HTMLInputElement).value =
      "2026-11-28: security update";
    (within(statement).getByRole("textbox", { name: "Statement" }) as HTMLTextAreaElement).value =
      "What happened.";
    within(statement).getByRole("button", { name: "Publish statement" }).click();
    expect(submitted(drill)).toEqual([
      { type: "publish-statement", title: "2026-11-28: security update", body: "What happened." },
    ]);
    drill.push((view) => ({
      ...view,
      pending: [{ seq: 4, action: { type: "isolate-instance", instance: "api-1" }, completesAt: 35 }],
    }));
    const pending = getByRole(root, "region", { name: "Under way" });
    expect(within(pending).getByText("Isolate instance (api-1) — done at T+0:35")).toBeTruthy();
  });

  it("assist mode ticks a checklist step once its action is no longer pending", () => {
    const checklist = getByRole(root, "region", { name: "Checklist (assist mode)" });
    expect(within(checklist).queryByText(/✔ S3/)).toBeNull();
    getByRole(root, "button", { name: "Page the Incident Commander" }).click();
    drill.push((view) => ({ ...view, now: 2, team: { ...view.team, icPaged: true } }));
    expect(within(checklist).getByText(/✔ S3 /)).toBeTruthy();
  });
});
