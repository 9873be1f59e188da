import type { ChannelKind, PlayerAction } from "../../engine/actions";
import type { PlayerView } from "../../engine/playerView";
import { el, field, panel, select, uniqueId } from "../dom";
import { createFeedback } from "../feedback";
import { bindDraft, clearDrafts } from "../opsRoomMemory";
import type { Panel, PanelContext } from "./panelContext";
import { peopleChecklist } from "./peopleChecklist";

/** The one SMS the checklist allows: move the conversation to a secure channel. */
export const SECURE_CHANNEL_SMS = "Please join the call/room ASAP";

const CONTACT_CHANNELS: ChannelKind[] = ["phone", "email", "voice", "chat", "sms"];

/** Comms composer: channel (incl. the incident room and call), recipients, subject, body, encryption; outreach. */
export function createComposerPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Communications", "composer");
  let channels: PlayerView["channels"] = [];

  const channelSelect = select([]);
  const recipients = peopleChecklist(
    "Recipients (leave empty for everyone on the channel)",
    () => true,
    (ids) => ctx.memory.setDraft("composer.to", ids.join(",")),
  );
  recipients.set((ctx.memory.draft("composer.to") ?? "").split(",").filter(Boolean));
  const subject = el("input", { type: "text", autocomplete: "off" });
  const message = el("textarea", { rows: 4 });
  const encrypted = el("input", { type: "checkbox", id: uniqueId("encrypt") });
  const feedback = createFeedback();
  bindDraft(ctx.memory, "composer.channel", channelSelect);
  bindDraft(ctx.memory, "composer.subject", subject);
  bindDraft(ctx.memory, "composer.body", message);
  bindDraft(ctx.memory, "composer.encrypt", encrypted);
  const smsHelp = el("div", { class: "sms-help", hidden: true });
  const smsButton = el("button", {
    type: "button",
    text: `Send SMS: “${SECURE_CHANNEL_SMS}”`,
    onclick: () => {
      const to = recipients.selected();
      ctx.act(
        {
          type: "send-message",
          channel: channelSelect.value,
          ...(to.length > 0 ? { to } : {}),
          body: SECURE_CHANNEL_SMS,
        },
        `SMS sent: ${SECURE_CHANNEL_SMS}`,
        feedback,
      );
    },
  });
  smsHelp.append(
    el("p", {
      text: "SMS is not for incident details. The one allowed message asks people to move to a secure channel.",
    }),
    smsButton,
  );

  const syncChannelKind = () => {
    const kind = channelKind(channelSelect.value);
    smsHelp.hidden = kind !== "sms";
  };
  channelSelect.addEventListener("change", syncChannelKind);

  const send = el("button", { type: "submit", text: "Send message" });
  const form = el(
    "form",
    { class: "composer-form", "aria-label": "Compose a message" },
    field("Channel", channelSelect),
    smsHelp,
    recipients.element,
    field("Subject", subject, "Email only; the checklist wants exactly the privilege prefix."),
    field("Message", message),
    el("div", { class: "field checkbox" }, encrypted, el("label", { for: encrypted.id, text: "Encrypt" })),
    send,
    feedback.element,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = message.value.trim();
    if (!text) {
      feedback.error("Write a message before sending.");
      message.focus();
      return;
    }
    const to = recipients.selected();
    const action: PlayerAction = {
      type: "send-message",
      channel: channelSelect.value,
      body: text,
      ...(to.length > 0 ? { to } : {}),
      ...(subject.value.trim() ? { subject: subject.value.trim() } : {}),
      ...(encrypted.checked ? { encrypted: true } : {}),
    };
    if (ctx.act(action, `Message sent on ${channelLabel(channelSelect.value)}.`, feedback)) {
      clearDrafts(message, subject);
      recipients.clear();
    }
  });

  const party = select([]);
  const contactChannel = select(CONTACT_CHANNELS.map((kind) => ({ value: kind, label: kind })));
  const contactBody = el("textarea", { rows: 3 });
  const outreachFeedback = createFeedback();
  bindDraft(ctx.memory, "outreach.party", party);
  bindDraft(ctx.memory, "outreach.channel", contactChannel);
  bindDraft(ctx.memory, "outreach.body", contactBody);
  const outreach = el(
    "form",
    { class: "outreach-form", "aria-label": "Contact an external party" },
    el("h3", { text: "Contact an external party" }),
    field("Party", party),
    field("Contact by", contactChannel),
    field("What you tell them", contactBody),
    el("button", { type: "submit", text: "Contact" }),
    outreachFeedback.element,
  );
  outreach.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!party.value) return;
    const text = contactBody.value.trim();
    const contacted = ctx.act(
      {
        type: "contact",
        party: party.value,
        channel: contactChannel.value as ChannelKind,
        ...(text ? { body: text } : {}),
      },
      `Contacting ${party.selectedOptions[0]?.textContent ?? party.value}.`,
      outreachFeedback,
    );
    if (contacted) clearDrafts(contactBody);
  });

  body.append(form, outreach);

  const channelKind = (value: string): ChannelKind | undefined =>
    value === "room" ? "chat" : value === "call" ? "voice" : channels.find((c) => c.id === value)?.kind;
  const channelLabel = (value: string): string =>
    value === "room"
      ? "the incident room"
      : value === "call"
        ? "the call"
        : (channels.find((c) => c.id === value)?.name ?? value);

  let lastSignature = "";
  const update = (view: PlayerView) => {
    const signature = JSON.stringify([view.channels, view.people, view.team.room?.name, view.team.call]);
    if (signature === lastSignature) return;
    lastSignature = signature;
    channels = view.channels;
    const options = [
      {
        value: "room",
        label: view.team.room ? `Incident room (${view.team.room.name})` : "Incident room (not created yet)",
      },
      { value: "call", label: view.team.call ? "Voice call" : "Voice call (not started yet)" },
      ...view.channels.map((channel) => ({ value: channel.id, label: `${channel.name} (${channel.kind})` })),
    ];
    replaceOptions(channelSelect, options);
    recipients.setPeople(view.people);
    replaceOptions(
      party,
      view.people
        .filter((person) => !person.internal)
        .map((person) => ({
          value: person.id,
          label: `${person.name}, ${person.title}${person.organisation ? ` (${person.organisation})` : ""}`,
        })),
    );
    syncChannelKind();
  };
  return { section, update };
}

/** Replaces a select's options, keeping the current value (or a restored draft) when it still exists. */
export function replaceOptions(node: HTMLSelectElement, options: { value: string; label: string }[]): void {
  const wanted = node.dataset.draft ?? node.value;
  node.replaceChildren(...options.map((option) => el("option", { value: option.value, text: option.label })));
  const keep = options.some((option) => option.value === wanted);
  node.value = keep ? wanted : (options[0]?.value ?? "");
  if (keep) delete node.dataset.draft;
}
