import type { PlayerView } from "../../engine/playerView";
import { formatSimTime } from "../../engine/time";
import { el, field, select } from "../dom";
import { SPEEDS } from "../drillSettings";
import type { Panel, PanelContext } from "./panelContext";

export interface ClockControls {
  pacing: "live" | "turn";
  getSpeed(): number;
  setSpeed(minutesPerSecond: number): void;
  onEnd(): void;
}

/** Clock controls: sim clock, pause/resume, speed, advance to the next event, end the drill (with confirmation). */
export function createClockPanel(ctx: PanelContext, controls: ClockControls): Panel {
  const clock = el("output", { class: "sim-clock", "aria-label": "Sim clock" });
  const phase = el("span", { class: "phase" });
  const pause = el("button", { type: "button", class: "pause", text: "Pause" });
  pause.addEventListener("click", () => {
    const view = ctx.port.view();
    if (view.phase === "paused") ctx.port.resume();
    else ctx.port.pause();
  });
  const speed = select(
    SPEEDS.map((value) => ({ value: String(value), label: `${value} sim min per second` })),
    String(controls.getSpeed()),
  );
  speed.addEventListener("change", () => controls.setSpeed(Number(speed.value)));
  const next = el("button", {
    type: "button",
    text: "Advance to next event",
    onclick: () => {
      ctx.port.advanceToNextEvent();
      ctx.announce(`Clock now ${formatSimTime(ctx.port.view().now)}`);
    },
  });
  const confirm = el("button", {
    type: "button",
    class: "danger",
    hidden: true,
    text: "Yes, end the drill now",
    onclick: () => controls.onEnd(),
  });
  const end = el("button", {
    type: "button",
    text: "End drill…",
    onclick: () => {
      confirm.hidden = false;
      confirm.focus();
    },
  });
  const section = el(
    "section",
    { class: "panel clock", "aria-label": "Clock" },
    el("p", { class: "clock-line" }, clock, " ", phase),
    el(
      "div",
      { class: "clock-buttons" },
      pause,
      controls.pacing === "live" ? field("Speed", speed) : null,
      next,
      end,
      confirm,
    ),
  );
  return {
    section,
    update(view: PlayerView) {
      clock.textContent = formatSimTime(view.now);
      const nextText =
        view.nextEventAt !== undefined ? `; next event ${formatSimTime(view.nextEventAt)}` : "";
      phase.textContent = `${view.phase === "paused" ? "Paused" : view.ended ? "Ended" : controls.pacing === "live" ? "Running" : "Turn-based"}${nextText}`;
      pause.textContent = view.phase === "paused" ? "Resume" : "Pause";
      pause.disabled = view.ended;
      next.disabled = view.ended || view.phase === "paused";
    },
  };
}
