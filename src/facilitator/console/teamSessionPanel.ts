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
  const qrBox = el("div", { class: "qr", "aria-live": "polite" });
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
    qrBox,
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
      linkRows.replaceChildren(
        ...links
          .filter((link) => link.audience !== "facilitator")
          .map((link) =>
            el(
              "tr",
              {},
              el("td", { text: link.title }),
              el(
                "td",
                {},
                link.revoked
                  ? el("span", { class: "muted", text: "revoked" })
                  : el("code", { text: link.url }),
              ),
              el(
                "td",
                {},
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
                      onclick: () =>
                        qrBox.replaceChildren(
                          el("h3", { text: `${link.title}: scan to join` }),
                          actions.qr(link.url, `QR code of the ${link.title} join link`),
                        ),
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
            ),
          ),
      );
    },
  };
}
