import type { BusinessTrackService } from "../engine/businessTrack";
import type { PlayerView } from "../engine/playerView";
import { formatSimTime } from "../engine/time";
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
      const signature = JSON.stringify(view.business);
      if (signature === last) return;
      last = signature;
      element.hidden = view.business.length === 0;
      const hurt = view.business.filter((service) => service.status !== "normal");
      summary.textContent =
        hurt.length === 0
          ? `Business: every service working (${view.business.length})`
          : `Business: ${hurt.length} of ${view.business.length} service${view.business.length === 1 ? "" : "s"} impaired`;
      list.replaceChildren(...view.business.map((service) => serviceItem(service, view.now)));
    },
  };
}
