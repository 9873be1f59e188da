// @vitest-environment happy-dom
import { getByRole, queryByRole, within } from "@testing-library/dom";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { DrillSettings } from "../../src/ui/drillSettings";
import { mountOpsRoom, type OpsRoomHandle } from "../../src/ui/opsRoom";
import { forgetfulMemory, type OpsRoomMemory } from "../../src/ui/opsRoomMemory";
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

function type(control: HTMLElement, text: string) {
  (control as HTMLInputElement).value = text;
  control.dispatchEvent(new Event("input", { bubbles: true }));
}

describe("the ops room, played by role and name", () => {
  let root: HTMLElement;
  let drill: FakeDrill;
  let memory: OpsRoomMemory;
  let room: OpsRoomHandle;
  let onEnd: ReturnType<typeof vi.fn<() => void>>;

  const mount = () => {
    room?.destroy();
    root.replaceChildren();
    room = mountOpsRoom(root, {
      port: drill,
      settings,
      memory,
      onSpeed: () => {},
      onEnd,
      onExport: () => {},
      reducedMotion: false,
      onReducedMotion: () => {},
    });
  };
  /** Opens a desk tab and returns its panel's region. */
  const desk = (tab: string, region = tab) => {
    getByRole(root, "tab", { name: tab }).click();
    return getByRole(root, "region", { name: region });
  };

  beforeEach(() => {
    document.body.replaceChildren();
    root = document.createElement("main");
    document.body.append(root);
    drill = createFakeDrill();
    memory = forgetfulMemory();
    onEnd = vi.fn<() => void>();
    mount();
  });
  afterEach(() => room.destroy());

  it("lays out the clock, the inbox, the map, the node list, the selected node's actions and the desk at once", () => {
    expect(getByRole(root, "status", { name: "Sim clock" }).textContent).toBe("T+0:00");
    expect(getByRole(root, "button", { name: "Advance to next event" })).toBeTruthy();
    for (const name of ["Inbox", "Map", "Infrastructure", "Actions", "Under way"])
      expect(getByRole(root, "region", { name })).toBeTruthy();
    expect(getByRole(root, "tablist", { name: "Desk" })).toBeTruthy();
    expect(getByRole(root, "navigation", { name: "Skip links" }).textContent).toContain("Skip to the inbox");
    expect(getByRole(root, "list", { name: "Map legend" }).textContent).toContain("Compromised");
  });

  it("pages the IC, says so beside the button, and disables it once the view says so", () => {
    getByRole(root, "button", { name: "Page the Incident Commander" }).click();
    expect(submitted(drill)).toEqual([{ type: "page-ic" }]);
    expect(within(desk("Team")).getByText("Paging the Incident Commander.").getAttribute("role")).toBe(
      "status",
    );
    drill.push((view) => ({ ...view, team: { ...view.team, icPaged: true } }));
    expect(getByRole(root, "button", { name: "Page the Incident Commander" })).toHaveProperty(
      "disabled",
      true,
    );
  });

  it("selecting a node in the list shows its states in the map's words and its verbs; isolating says it started", () => {
    const nodes = getByRole(root, "region", { name: "Infrastructure" });
    expect(
      within(nodes).getByRole("row", {
        name: /api-1 Instance · 10\.0\.0\.1 compromised \(known\) ?, running/,
      }),
    ).toBeTruthy();
    within(nodes).getByRole("button", { name: "api-1" }).click();
    const actions = getByRole(root, "region", { name: "Actions" });
    expect(document.activeElement?.textContent).toBe("api-1 (Instance)");
    expect(within(actions).getByText("compromised (known)").dataset.tone).toBe("compromised");
    within(actions).getByRole("button", { name: "Isolate instance (5 min)" }).click();
    within(actions).getByRole("button", { name: "Image disks (30 min)" }).click();
    expect(submitted(drill)).toEqual([
      { type: "isolate-instance", instance: "api-1" },
      { type: "image-disk", instance: "api-1", readOnly: true, offsite: true },
    ]);
    expect(
      within(actions).getByText("Image disks on api-1 started; it takes 30 min.").getAttribute("role"),
    ).toBe("status");
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

  it("a discovered attacker address joins the map as a node that can be blocked, and the attack path is listed", () => {
    drill.push((view) => ({
      ...view,
      caseFile: [
        {
          fact: "f1",
          kind: "recon",
          text: "CloudTrail: ci-aws-deploy listed buckets from 198.51.100.23 after BuildBarn was breached.",
          at: -300,
          discoveredAt: 30,
          via: "cloudtrail",
        },
      ],
    }));
    const path = getByRole(root, "region", { name: "Map" }).querySelector(".attack-path") as HTMLElement;
    expect(within(path).getByText("Attack path as uncovered: 1 step")).toBeTruthy();
    expect(within(path).getByRole("listitem").textContent).toBe(
      "T-5:00: 198.51.100.23 → ci-aws-deploy → BuildBarn",
    );
    const nodes = getByRole(root, "region", { name: "Infrastructure" });
    within(nodes).getByRole("button", { name: "198.51.100.23" }).click();
    within(getByRole(root, "region", { name: "Actions" }))
      .getByRole("button", { name: "Block IP address: 198.51.100.23 (3 min)" })
      .click();
    expect(submitted(drill)).toEqual([{ type: "block-ip", ip: "198.51.100.23" }]);
  });

  it("a new inject raises the unread count, is announced and shown in a notice that opens it; its reply is a button", () => {
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
    expect(within(inbox).getByRole("button", { name: /^New — T\+0:12 Kim Lee via SMS/ })).toBeTruthy();
    getByRole(root, "button", { name: "Kim Lee via SMS" }).click();
    expect(within(inbox).getByText("What is going on? <b>now</b>")).toBeTruthy();
    expect(root.querySelector("b")).toBeNull();
    expect(memory.readInjects()).toEqual(["a5"]);
    within(inbox).getByRole("button", { name: "Text back the details" }).click();
    expect(submitted(drill)).toEqual([{ type: "reply", inject: "a5", option: "details" }]);
    expect(queryByRole(root, "region", { name: "Inbox (1 unread)" })).toBeNull();
  });

  it("remembers which injects were read when the room is mounted again (a reload)", () => {
    drill.push((view) => ({
      ...view,
      inbox: [
        {
          inject: "a1",
          at: 0,
          from: "cfo",
          fromName: "Kim Lee",
          channel: "sms",
          channelName: "SMS",
          body: "Hi",
          replies: [],
        },
        {
          inject: "a2",
          at: 5,
          from: "ana",
          fromName: "Ana Ruiz",
          channel: "sms",
          channelName: "SMS",
          body: "Yo",
          replies: [],
        },
      ],
    }));
    within(getByRole(root, "region", { name: "Inbox (2 unread)" }))
      .getByRole("button", { name: /Kim Lee/ })
      .click();
    mount();
    expect(getByRole(root, "region", { name: "Inbox (1 unread)" })).toBeTruthy();
  });

  it("on an SMS channel the composer offers the one allowed move-to-secure-channel message", () => {
    const comms = desk("Comms", "Communications");
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

  it("keeps an unsent message as a draft across a reload, and clears it once sent", () => {
    let form = within(desk("Comms", "Communications")).getByRole("form", { name: "Compose a message" });
    type(within(form).getByRole("textbox", { name: /Subject/ }), "Attorney Work Project");
    type(within(form).getByRole("textbox", { name: "Message" }), "Join please");
    within(form).getByRole("checkbox", { name: "Encrypt" }).click();
    mount();
    form = within(getByRole(root, "region", { name: "Communications" })).getByRole("form", {
      name: "Compose a message",
    });
    expect((within(form).getByRole("textbox", { name: "Message" }) as HTMLTextAreaElement).value).toBe(
      "Join please",
    );
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
    expect(memory.draft("composer.body")).toBe("");
  });

  it("while paused an action is refused before the form clears: the text stays and the reason shows there", () => {
    getByRole(root, "button", { name: "Pause" }).click();
    const statement = desk("Statement", "Public statement");
    type(within(statement).getByRole("textbox", { name: /Title/ }), "2026-11-28: security update");
    type(within(statement).getByRole("textbox", { name: "Statement" }), "What happened.");
    within(statement).getByRole("button", { name: "Publish statement" }).click();
    expect(submitted(drill)).toEqual([]);
    expect(
      within(statement)
        .getByText(/^Not sent: the drill is paused/)
        .getAttribute("role"),
    ).toBe("alert");
    expect((within(statement).getByRole("textbox", { name: "Statement" }) as HTMLTextAreaElement).value).toBe(
      "What happened.",
    );
    expect(root.querySelector("[aria-live=polite]")?.textContent).not.toMatch(/Publishing/);
  });

  it("a rejection by the drill shows where the action was taken and keeps the input", () => {
    drill.rejecting.set("set-codename", "the codename is empty");
    const team = desk("Team");
    const codename = within(team).getByRole("textbox", { name: "Codename" }) as HTMLInputElement;
    type(codename, "Blue Heron");
    within(team).getByRole("button", { name: "Set codename" }).click();
    const form = within(team).getByRole("form", { name: "Set the codename" });
    expect(within(form).getByText("Not done: the codename is empty.").getAttribute("role")).toBe("alert");
    expect(codename.value).toBe("Blue Heron");
  });

  it("team: codename, room with topic, invite to both, assign a task to a role", () => {
    drill.push((view) => ({ ...view, team: { ...view.team, call: { members: [] } } }));
    const team = desk("Team");
    type(within(team).getByRole("textbox", { name: "Codename" }), "Blue Heron");
    within(team).getByRole("button", { name: "Set codename" }).click();
    type(within(team).getByRole("textbox", { name: "Room name" }), "blue-heron");
    type(within(team).getByRole("textbox", { name: "Topic" }), "Attorney Work Project");
    within(team).getByRole("button", { name: "Create room" }).click();
    within(team)
      .getByRole("checkbox", { name: /Ana Ruiz/ })
      .click();
    within(team).getByRole("button", { name: "Invite" }).click();
    type(within(team).getByRole("textbox", { name: "Task" }), "Draft the statement");
    (within(team).getByRole("combobox", { name: "Role" }) as HTMLSelectElement).value = "communications";
    within(team).getByRole("button", { name: "Assign" }).click();
    expect(submitted(drill)).toEqual([
      { type: "set-codename", codename: "Blue Heron" },
      { type: "create-room", name: "blue-heron", topic: "Attorney Work Project" },
      { type: "invite", people: ["ana"], to: "both" },
      { type: "assign", task: "Draft the statement", role: "communications" },
    ]);
  });

  it("an invite before any call or room says why not; while the call is being started it queues and goes out", async () => {
    const team = desk("Team");
    const invite = within(team).getByRole("button", { name: "Invite" });
    expect(invite.getAttribute("aria-disabled")).toBe("true");
    expect(
      within(team).getByText(/Nobody can be invited yet: start the call or create the room first/),
    ).toBeTruthy();
    within(team)
      .getByRole("checkbox", { name: /Ana Ruiz/ })
      .click();
    invite.click();
    expect(submitted(drill)).toEqual([]);
    expect(
      within(within(team).getByRole("form", { name: "Invite responders" }))
        .getByText("Not sent: start the call or create the room first.")
        .getAttribute("role"),
    ).toBe("alert");
    drill.push((view) => ({
      ...view,
      pending: [{ seq: 1, action: { type: "start-voice-call" }, completesAt: 2 }],
    }));
    invite.click();
    expect(
      within(team).getByRole("list", { name: "Invites waiting for the call or room" }).textContent,
    ).toMatch(/Queued: Ana Ruiz to the call and room/);
    drill.push((view) => ({ ...view, now: 2, pending: [], team: { ...view.team, call: { members: [] } } }));
    await Promise.resolve();
    expect(submitted(drill)).toEqual([{ type: "invite", people: ["ana"], to: "both" }]);
  });

  it("checks an IP address as it is typed and refuses to block anything else", () => {
    const mitigation = desk("Mitigate", "Mitigation and record");
    const ip = within(mitigation).getByRole("textbox", { name: "IP address" }) as HTMLInputElement;
    type(ip, "not an ip");
    expect(ip.getAttribute("aria-invalid")).toBe("true");
    expect(within(mitigation).getByText(/“not an ip” is not an IP address/)).toBeTruthy();
    within(mitigation).getByRole("button", { name: "Block IP" }).click();
    expect(submitted(drill)).toEqual([]);
    type(ip, "198.51.100.23");
    expect(ip.getAttribute("aria-invalid")).toBe("false");
    within(mitigation).getByRole("button", { name: "Block IP" }).click();
    expect(submitted(drill)).toEqual([{ type: "block-ip", ip: "198.51.100.23" }]);
    expect(ip.value).toBe("");
  });

  it("investigates a log source over a typed time span, flags a bad time as typed, and lists discovered facts", () => {
    const investigation = desk("Investigate", "Investigation");
    const from = within(investigation).getByRole("textbox", { name: "From (sim time)" });
    type(from, "yesterday");
    expect(from.getAttribute("aria-invalid")).toBe("true");
    type(from, "T-3d +04:12");
    type(within(investigation).getByRole("textbox", { name: "To (sim time)" }), "T+0");
    within(investigation).getByRole("button", { name: "Investigate" }).click();
    expect(submitted(drill)).toEqual([
      { type: "investigate", logSource: "cloudtrail", from: -(3 * 1440) + 252, to: 0 },
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

  it("clock: advance, pause and resume, end needs a confirmation, and advancing onto the end asks first", () => {
    getByRole(root, "button", { name: "Advance to next event" }).click();
    expect(getByRole(root, "status", { name: "Sim clock" }).textContent).toBe("T+0:30");
    getByRole(root, "button", { name: "Pause" }).click();
    getByRole(root, "button", { name: "Resume" }).click();
    getByRole(root, "button", { name: "End drill…" }).click();
    expect(onEnd).not.toHaveBeenCalled();
    getByRole(root, "button", { name: "Yes, end the drill now" }).click();
    expect(onEnd).toHaveBeenCalledOnce();
    drill.push((view) => ({ ...view, now: 420, nextEventAt: 600 }));
    expect(root.querySelector(".end-warning")?.textContent).toMatch(/The scenario ends at T\+10:00, in 3 h/);
    getByRole(root, "button", { name: "Advance to the end (T+10:00)…" }).click();
    expect(drill.calls.filter((call) => call.method === "advanceToNextEvent")).toHaveLength(1);
    getByRole(root, "button", { name: "Yes, advance to the end" }).click();
    expect(drill.calls.map((call) => call.method)).toEqual([
      "advanceToNextEvent",
      "pause",
      "resume",
      "advanceToNextEvent",
    ]);
  });

  it("a read-only tab refuses every action, says why, and offers to take the drill over", () => {
    const takeOver = vi.fn();
    room.setReadOnly("This drill is open in another tab, so this tab is read-only.", takeOver);
    getByRole(root, "button", { name: "Page the Incident Commander" }).click();
    getByRole(root, "button", { name: "Advance to next event" }).click();
    expect(drill.calls).toEqual([]);
    expect(
      within(desk("Team")).getByText("This drill is open in another tab, so this tab is read-only.", {
        selector: ".feedback-error",
      }),
    ).toBeTruthy();
    getByRole(root, "button", { name: "Use this tab instead" }).click();
    expect(takeOver).toHaveBeenCalledOnce();
  });

  it("publishes a statement and lists it; pending actions show their completion time on the node too", () => {
    const statement = desk("Statement", "Public statement");
    type(within(statement).getByRole("textbox", { name: /Title/ }), "2026-11-28: security update");
    type(within(statement).getByRole("textbox", { name: "Statement" }), "What happened.");
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
    expect(
      within(getByRole(root, "region", { name: "Infrastructure" })).getByText(
        "under way: Isolate instance (done T+0:35)",
      ),
    ).toBeTruthy();
  });

  it("assist mode ticks a checklist step once its action is no longer pending", () => {
    expect(within(desk("Checklist", "Checklist (assist mode)")).queryByText(/✔ S3/)).toBeNull();
    within(desk("Team")).getByRole("button", { name: "Page the Incident Commander" }).click();
    const checklist = desk("Checklist", "Checklist (assist mode)");
    drill.push((view) => ({ ...view, now: 2, team: { ...view.team, icPaged: true } }));
    expect(within(checklist).getByText(/✔ S3 /)).toBeTruthy();
  });

  it("single keys move between the main areas and desk tabs, but not while typing", () => {
    const press = (key: string, target: Element = document.body) =>
      target.dispatchEvent(new KeyboardEvent("keydown", { key, bubbles: true }));
    press("2");
    expect(getByRole(root, "tab", { name: "Comms" }).getAttribute("aria-selected")).toBe("true");
    press("m");
    expect(document.activeElement?.textContent).toBe("api-1");
    const message = within(getByRole(root, "region", { name: "Communications" })).getByRole("textbox", {
      name: "Message",
    });
    press("1", message);
    expect(getByRole(root, "tab", { name: "Comms" }).getAttribute("aria-selected")).toBe("true");
    const tabs = getByRole(root, "tab", { name: "Comms" });
    tabs.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect(document.activeElement?.textContent).toBe("Investigate");
  });
});
