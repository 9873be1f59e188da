import { el, panel } from "../../ui/dom";
import { type ProposalLine, proposalLine } from "../remote/audienceViews";
import type { HostedState } from "../remote/hostedState";
import type { SessionOp } from "../remote/sessionOp";
import type { ConsolePanel, Notifier } from "./consoleDeps";

/** A join link as the console lists it. */
export interface ConsoleJoinLink {
  audience: string;
  title: string;
  url: string;
  token: string;
  revoked: boolean;
}

/** What the team-session panel asks of the console's shell. */
export interface TeamSessionActions {
  state(): HostedState;
  send(op: SessionOp): void;
  revoke(token: string, reissue: boolean): void;
  copy(text: string): void;
  /** A QR code of a link, to show for a phone in the room. */
  qr(url: string, caption: string): Element;
}

/**
 * The console's panel for a session hosted on the server: whether players' decisions wait for approval, the
 * decisions waiting (approve or decline each), and one join link per audience and role (copy, revoke, reissue).
 */
export function teamSessionPanel(
  actions: TeamSessionActions,
  notify: Notifier,
): ConsolePanel & {
  links(links: readonly ConsoleJoinLink[]): void;
} {
  const { section, body } = panel("Team session", "team-session wide");
  const approval = el("input", { type: "checkbox", id: "approval-required" });
  approval.addEventListener("change", () => actions.send({ op: "approval", required: approval.checked }));
  const queue = el("ul", { "aria-label": "Decisions waiting for approval" });
  const linkRows = el("tbody");
  const ownLink = el("p", { class: "muted" });
  const qrBox = el("div", { class: "qr", "aria-live": "polite" });
  const qrRow = el("tr", { class: "qr-row" }, el("td", { colspan: "3" }, qrBox));
  let qrFor: string | undefined;
  const localOnly = el("p", {
    class: "notice",
    hidden: true,
    text: "These links name this machine only (127.0.0.1 / localhost): nobody on another device can open them. Open this console at the network address hotwash serve printed (with --host 0.0.0.0), then hand out the links shown there.",
  });
  body.append(
    el(
      "div",
      { class: "field inline" },
      approval,
      el("label", { for: approval.id, text: "Players' decisions wait for my approval" }),
    ),
    el("h3", { text: "Waiting for approval" }),
    queue,
    el("h3", { text: "Join links" }),
    el(
      "p",
      { class: "muted" },
      "Each link is a key: whoever opens it joins as that role. Hand each to its person only; revoke a link that went astray.",
    ),
    localOnly,
    ownLink,
    el(
      "table",
      {},
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col", text: "Who" }),
          el("th", { scope: "col", text: "Link" }),
          el("th", { scope: "col", text: "Actions" }),
        ),
      ),
      linkRows,
    ),
  );
  let shown = "";
  const drawQueue = (lines: ProposalLine[]) => {
    const key = JSON.stringify(lines);
    if (key === shown) return;
    shown = key;
    queue.replaceChildren(
      ...(lines.length === 0 ? [el("li", { class: "muted", text: "Nothing is waiting." })] : []),
      ...lines.map((line) =>
        el(
          "li",
          {},
          `${line.at} · ${line.name} (${line.role}): ${line.label} `,
          el("button", {
            type: "button",
            text: "Approve",
            "aria-label": `Approve ${line.label} from ${line.name}`,
            onclick: () => actions.send({ op: "approve", id: line.id }),
          }),
          " ",
          el("button", {
            type: "button",
            class: "secondary",
            text: "Decline",
            "aria-label": `Decline ${line.label} from ${line.name}`,
            onclick: () => actions.send({ op: "decline", id: line.id }),
          }),
        ),
      ),
    );
  };
  return {
    section,
    update() {
      const state = actions.state();
      approval.checked = state.approvalRequired;
      drawQueue(state.proposals.filter((proposal) => proposal.status === "waiting").map(proposalLine));
    },
    links(links) {
      const mine = links.find((link) => link.audience === "facilitator" && !link.revoked);
      ownLink.replaceChildren(
        ...(mine
          ? [
              "This console's own address is the facilitator link: bookmark it to come back, share it with no one. ",
              el("button", {
                type: "button",
                class: "secondary",
                text: "Copy my console link",
                onclick: () => {
                  actions.copy(mine.url);
                  notify.notice("Your console link is on the clipboard; keep it to yourself.");
                },
              }),
            ]
          : []),
      );
      localOnly.hidden = !links.some((link) => isThisMachineOnly(link.url));
      const rows = links
        .filter((link) => link.audience !== "facilitator")
        .flatMap((link) => {
          const row = linkRow(link);
          if (link.revoked || qrFor !== link.token) return [row];
          return [row, qrRow];
        });
      linkRows.replaceChildren(...rows);
    },
  };

  function toggleQr(link: ConsoleJoinLink, row: HTMLTableRowElement): void {
    if (qrFor === link.token) {
      qrFor = undefined;
      qrRow.remove();
      return;
    }
    qrFor = link.token;
    qrBox.replaceChildren(
      el("h3", { text: `${link.title}: scan to join` }),
      actions.qr(link.url, `QR code of the ${link.title} join link`),
    );
    row.after(qrRow);
  }

  function linkRow(link: ConsoleJoinLink): HTMLTableRowElement {
    const row: HTMLTableRowElement = el(
      "tr",
      {},
      el("td", { text: link.title }),
      el(
        "td",
        {},
        link.revoked ? el("span", { class: "muted", text: "revoked" }) : el("code", { text: link.url }),
      ),
      el(
        "td",
        { class: "actions" },
        link.revoked
          ? null
          : el("button", {
              type: "button",
              class: "secondary",
              text: "Copy",
              "aria-label": `Copy the ${link.title} link`,
              onclick: () => {
                actions.copy(link.url);
                notify.notice(`The ${link.title} link is on the clipboard.`);
              },
            }),
        " ",
        link.revoked
          ? null
          : el("button", {
              type: "button",
              class: "secondary",
              text: "QR code",
              "aria-label": `Show the ${link.title} link as a QR code`,
              "aria-expanded": qrFor === link.token ? "true" : "false",
              onclick: (event: Event) => {
                toggleQr(link, row);
                for (const button of linkRows.querySelectorAll("button[aria-expanded]"))
                  button.setAttribute(
                    "aria-expanded",
                    String(button === event.currentTarget && qrFor === link.token),
                  );
              },
            }),
        " ",
        link.revoked
          ? null
          : el("button", {
              type: "button",
              class: "secondary",
              text: "Revoke",
              "aria-label": `Revoke the ${link.title} link`,
              onclick: () => actions.revoke(link.token, false),
            }),
        " ",
        el("button", {
          type: "button",
          class: "secondary",
          text: "New link",
          "aria-label": `Revoke and reissue the ${link.title} link`,
          onclick: () => actions.revoke(link.token, true),
        }),
      ),
    );
    return row;
  }
}

/** Whether a link names this machine only, so no other device can open it. */
function isThisMachineOnly(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === "localhost" || host === "[::1]" || /^127\./.test(host);
  } catch {
    return false;
  }
}
