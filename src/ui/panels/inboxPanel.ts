import type { PlayerView } from "../../engine/playerView";
import { formatWhen } from "../../engine/wallClock";
import { el, panel } from "../dom";
import { createFeedback, type Feedback } from "../feedback";
import type { Panel, PanelContext } from "./panelContext";

type InboxItem = PlayerView["inbox"][number];

/** The inbox panel, which can also open a message on request (from the arrival notice). */
export interface InboxPanel extends Panel {
  /** Opens a message, marks it read and moves focus to it. */
  open(inject: string): void;
}

/**
 * The inbox of delivered injects, newest first: unread count, read state kept across reloads, replies as buttons.
 * Messages that arrive while the room is open are announced and reported to `onArrival`.
 */
export function createInboxPanel(ctx: PanelContext, onArrival: (items: InboxItem[]) => void): InboxPanel {
  const { section, body } = panel("Inbox", "inbox");
  section.id = "inbox";
  const heading = section.querySelector("h2") as HTMLElement;
  const list = el("ol", { class: "inbox-list", "aria-label": "Messages received, newest first" });
  body.append(el("div", { class: "scroll-area" }, list));
  const read = new Set(ctx.memory.readInjects());
  const seen = new Set<string>();
  const fresh = new Set<string>();
  const open = new Set<string>();
  const replyFeedback = new Map<string, Feedback>();
  let first = true;

  const markRead = (inject: string) => {
    if (read.has(inject)) return;
    read.add(inject);
    fresh.delete(inject);
    ctx.memory.markRead(inject);
  };

  const render = (inbox: InboxItem[]) => {
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    list.replaceChildren();
    for (const item of [...inbox].reverse()) list.append(renderItem(item));
    const unread = inbox.filter((item) => !read.has(item.inject)).length;
    heading.textContent = unread > 0 ? `Inbox (${unread} unread)` : "Inbox";
    if (inbox.length === 0) list.append(el("li", { class: "empty", text: "No messages yet." }));
    if (focusedId) list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusedId)}"]`)?.focus();
  };

  const toggle = (inject: string) => {
    if (open.has(inject)) open.delete(inject);
    else open.add(inject);
    markRead(inject);
    renderIfChanged(ctx.port.view().inbox);
  };

  const renderItem = (item: InboxItem): HTMLElement => {
    const isOpen = open.has(item.inject);
    const unread = !read.has(item.inject);
    const detailsId = `inject-${item.inject}`;
    const summary = `${item.fromName} via ${item.channelName}${item.subject ? `: ${item.subject}` : ""}`;
    const button = el("button", {
      type: "button",
      class: "inject-toggle",
      "aria-expanded": String(isOpen),
      "aria-controls": detailsId,
      "data-focus-key": `toggle-${item.inject}`,
      text: `${unread ? (fresh.has(item.inject) ? "New — " : "Unread — ") : ""}${formatWhen(ctx.port.view().scenario.start, item.at)} ${summary}`,
      onclick: () => toggle(item.inject),
    });
    const li = el(
      "li",
      { class: `inject${unread ? " unread" : ""}${fresh.has(item.inject) ? " fresh" : ""}` },
      button,
    );
    const details = el("div", { id: detailsId, class: "inject-details", hidden: !isOpen });
    if (isOpen) {
      details.append(el("p", { class: "inject-body", text: item.body }));
      if (item.repliedWith) {
        const chosen = item.replies.find((reply) => reply.id === item.repliedWith);
        details.append(
          el("p", { class: "replied", text: `You replied: ${chosen?.label ?? item.repliedWith}` }),
        );
      } else if (item.replies.length > 0) {
        const feedback = replyFeedback.get(item.inject) ?? createFeedback();
        replyFeedback.set(item.inject, feedback);
        const group = el("div", { role: "group", "aria-label": `Reply to ${item.fromName}` });
        for (const reply of item.replies) {
          group.append(
            el("button", {
              type: "button",
              "data-focus-key": `reply-${item.inject}-${reply.id}`,
              text: reply.label,
              onclick: () =>
                ctx.act(
                  { type: "reply", inject: item.inject, option: reply.id },
                  `Replied to ${item.fromName}: ${reply.label}`,
                  feedback,
                ),
            }),
          );
        }
        details.append(group, feedback.element);
      }
    }
    li.append(details);
    return li;
  };

  const update = (view: PlayerView) => {
    const arrived = view.inbox.filter((item) => !seen.has(item.inject));
    for (const item of arrived) seen.add(item.inject);
    if (!first) {
      const unread = arrived.filter((item) => !read.has(item.inject));
      for (const item of unread) fresh.add(item.inject);
      for (const item of unread)
        ctx.announce(`New message from ${item.fromName}${item.subject ? `: ${item.subject}` : ""}`);
      if (unread.length > 0) onArrival(unread);
    }
    first = false;
    renderIfChanged(view.inbox);
  };
  const renderIfChanged = (() => {
    let last = "";
    return (inbox: InboxItem[]) => {
      const signature = JSON.stringify([inbox, [...read], [...open], [...fresh]]);
      if (signature === last) return;
      last = signature;
      render(inbox);
    };
  })();
  return {
    section,
    update,
    open(inject) {
      open.add(inject);
      markRead(inject);
      renderIfChanged(ctx.port.view().inbox);
      const button = list.querySelector<HTMLElement>(`[data-focus-key="toggle-${CSS.escape(inject)}"]`);
      button?.scrollIntoView({ block: "nearest" });
      button?.focus();
    },
  };
}
