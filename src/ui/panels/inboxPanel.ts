import type { PlayerView } from "../../engine/playerView";
import { formatSimTime } from "../../engine/time";
import { el, panel } from "../dom";
import type { Panel, PanelContext } from "./panelContext";

type InboxItem = PlayerView["inbox"][number];

/** The inbox of delivered injects: unread count, new ones announced, replies as buttons. */
export function createInboxPanel(ctx: PanelContext): Panel {
  const { section, body } = panel("Inbox", "inbox");
  const heading = section.querySelector("h2") as HTMLElement;
  const list = el("ol", { class: "inbox-list", "aria-label": "Messages received" });
  body.append(list);
  const read = new Set<string>();
  const seen = new Set<string>();
  let first = true;
  const open = new Set<string>();

  const render = (inbox: InboxItem[]) => {
    const focusedId = (document.activeElement as HTMLElement | null)?.dataset?.focusKey;
    list.replaceChildren();
    for (const item of [...inbox].reverse()) list.append(renderItem(item));
    const unread = inbox.filter((item) => !read.has(item.inject)).length;
    heading.textContent = unread > 0 ? `Inbox (${unread} unread)` : "Inbox";
    if (inbox.length === 0) list.append(el("li", { class: "empty", text: "No messages yet." }));
    if (focusedId) list.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(focusedId)}"]`)?.focus();
  };

  const renderItem = (item: InboxItem): HTMLElement => {
    const isOpen = open.has(item.inject);
    const unread = !read.has(item.inject);
    const detailsId = `inject-${item.inject}`;
    const summary = `${item.fromName} via ${item.channelName}${item.subject ? `: ${item.subject}` : ""}`;
    const toggle = el("button", {
      type: "button",
      class: "inject-toggle",
      "aria-expanded": String(isOpen),
      "aria-controls": detailsId,
      "data-focus-key": `toggle-${item.inject}`,
      text: `${unread ? "Unread — " : ""}${formatSimTime(item.at)} ${summary}`,
      onclick: () => {
        if (open.has(item.inject)) open.delete(item.inject);
        else open.add(item.inject);
        read.add(item.inject);
        render(ctx.port.view().inbox);
      },
    });
    const li = el("li", { class: unread ? "inject unread" : "inject" }, toggle);
    if (isOpen) {
      const details = el("div", { id: detailsId, class: "inject-details" });
      details.append(el("p", { class: "inject-body", text: item.body }));
      if (item.repliedWith) {
        const chosen = item.replies.find((reply) => reply.id === item.repliedWith);
        details.append(
          el("p", { class: "replied", text: `You replied: ${chosen?.label ?? item.repliedWith}` }),
        );
      } else if (item.replies.length > 0) {
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
                ),
            }),
          );
        }
        details.append(group);
      }
      li.append(details);
    }
    return li;
  };

  const update = (view: PlayerView) => {
    const fresh = view.inbox.filter((item) => !seen.has(item.inject));
    for (const item of fresh) seen.add(item.inject);
    if (!first) {
      for (const item of fresh) {
        ctx.announce(`New message from ${item.fromName}${item.subject ? `: ${item.subject}` : ""}`);
      }
    }
    first = false;
    renderIfChanged(view.inbox);
  };
  const renderIfChanged = (() => {
    let last = "";
    return (inbox: InboxItem[]) => {
      const signature = JSON.stringify([inbox, [...read], [...open]]);
      if (signature === last) return;
      last = signature;
      render(inbox);
    };
  })();
  return { section, update };
}
