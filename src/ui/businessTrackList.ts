import type { BusinessTrackService } from "../engine/businessTrack";
import type { PlayerView } from "../engine/playerView";
import { formatStatutoryWindow, type StatutoryClockStatus } from "../engine/statutoryClockTrack";
import { formatSimTime } from "../engine/time";
import { formatWhen } from "../engine/wallClock";
import { el } from "./dom";

const STATUS_TEXT: Record<BusinessTrackService["status"], string> = {
  normal: "working",
  impaired: "impaired",
  softened: "impaired, announced",
};

function serviceItem(service: BusinessTrackService, now: number): HTMLElement {
  const active = service.impacts.filter((impact) => impact.status === "active");
  const lines = service.impacts.map((impact) =>
    el("li", {
      class: `business-impact business-${impact.status}`,
      text:
        impact.status === "active"
          ? `${impact.severity}: ${impact.text} Since ${formatSimTime(impact.since)}, back by ${formatSimTime(impact.recoversAt)}${impact.softened ? " (announced)" : " (nobody was told)"}.`
          : `Recovered at ${formatSimTime(impact.recoveredAt ?? now)}: ${impact.text}`,
    }),
  );
  return el(
    "li",
    { class: `business-service business-status-${service.status}` },
    el("span", {
      class: "business-name",
      text: `${service.name}${service.customerFacing ? " (customers)" : ""}`,
    }),
    el("span", { class: "business-chip", text: STATUS_TEXT[service.status] }),
    ...(active.length > 0 || lines.length > 0 ? [el("ul", { class: "business-impacts" }, ...lines)] : []),
  );
}

function clockItem(clock: StatutoryClockStatus, view: PlayerView): HTMLElement {
  const when = (at: number) => formatWhen(view.scenario.start, at);
  const state =
    clock.notifiedAt !== undefined
      ? clock.dueAt === undefined || clock.notifiedAt <= clock.dueAt
        ? "notified"
        : "notified late"
      : clock.dueAt === undefined
        ? "not started"
        : view.now > clock.dueAt
          ? "overdue"
          : "running";
  const detail =
    clock.dueAt === undefined
      ? `${formatStatutoryWindow(clock.within)} from when personal data is known to be affected.`
      : `Due by ${when(clock.dueAt)}: ${formatStatutoryWindow(clock.within)} after personal data was found affected (${when(clock.startedAt ?? clock.dueAt)}).`;
  const notified = clock.notifiedAt !== undefined ? ` Notified ${when(clock.notifiedAt)}.` : "";
  return el(
    "li",
    { class: `business-service statutory-clock statutory-${state.replace(" ", "-")}` },
    el("span", { class: "business-name", text: `Statutory: ${clock.name}` }),
    el("span", { class: "business-chip", text: state }),
    el(
      "ul",
      { class: "business-impacts" },
      el("li", { class: "business-impact", text: `${detail}${notified}` }),
    ),
  );
}

/**
 * The business track under the map: every service the business runs on, whether it works, and what the
 * response's own moves broke, since when, until when and whether it was announced; rebuilt only when it changes.
 */
export function createBusinessTrackList(): { element: HTMLElement; update(view: PlayerView): void } {
  const summary = el("summary", { class: "note-toggle", text: "Business: every service working" });
  const list = el("ul", { class: "business-track" });
  const element = el(
    "details",
    { class: "business", open: true, "aria-label": "Business track" },
    summary,
    list,
  );
  let last = "";
  return {
    element,
    update(view) {
      const clocks = view.statutoryClocks ?? [];
      const overdue = clocks.some(
        (clock) => clock.dueAt !== undefined && clock.notifiedAt === undefined && view.now > clock.dueAt,
      );
      const signature = JSON.stringify([view.business, clocks, overdue]);
      if (signature === last) return;
      last = signature;
      element.hidden = view.business.length === 0 && clocks.length === 0;
      const hurt = view.business.filter((service) => service.status !== "normal");
      summary.textContent =
        hurt.length === 0
          ? `Business: every service working (${view.business.length})`
          : `Business: ${hurt.length} of ${view.business.length} service${view.business.length === 1 ? "" : "s"} impaired`;
      list.replaceChildren(
        ...view.business.map((service) => serviceItem(service, view.now)),
        ...clocks.map((clock) => clockItem(clock, view)),
      );
    },
  };
}
