import type { PlayerView } from "../../engine/playerView";
import { formatClockTime, formatWhen } from "../../engine/wallClock";
import { el, select } from "../dom";
import { SPEEDS } from "../drillSettings";
import { endWarning } from "../endWarning";
import type { Panel, PanelContext } from "./panelContext";

export interface ClockControls {
  pacing: "live" | "turn";
  getSpeed(): number;
  setSpeed(minutesPerSecond: number): void;
  onEnd(): void;
}

/** The clock panel, which also exposes its buttons for keyboard shortcuts. */
export interface ClockPanel extends Panel {
  togglePause(): void;
  advance(): void;
}

/**
 * Clock controls for the ops room's top bar: sim clock, pause/resume, speed, advance to the next event (asking first
 * when that is the scenario's end), end the drill (asking first), and the warning as the end nears.
 */
export function createClockPanel(ctx: PanelContext, controls: ClockControls): ClockPanel {
  const clock = el("output", { class: "sim-clock", "aria-label": "Sim clock" });
  const phase = el("span", { class: "phase" });
  const pause = el("button", { type: "button", class: "pause", "aria-keyshortcuts": "P" });
  const togglePause = () => {
    const refusal = ctx.readOnly();
    if (refusal) return ctx.announce(refusal);
    const view = ctx.port.view();
    if (view.ended) return;
    if (view.phase === "paused") ctx.port.resume();
    else ctx.port.pause();
    ctx.announce(ctx.port.view().phase === "paused" ? "Paused." : "Resumed.");
  };
  pause.addEventListener("click", togglePause);
  const speedId = "clock-speed";
  const speed = select(
    SPEEDS.map((value) => ({ value: String(value), label: `${value} sim min/s` })),
    String(controls.getSpeed()),
  );
  speed.id = speedId;
  speed.addEventListener("change", () => controls.setSpeed(Number(speed.value)));
  const confirmEnd = el("button", {
    type: "button",
    class: "danger",
    hidden: true,
    text: "Yes, advance to the end",
  });
  const next = el("button", { type: "button", class: "primary", "aria-keyshortcuts": "N" });
  const doAdvance = () => {
    ctx.port.advanceToNextEvent();
    ctx.announce(`Clock now ${formatWhen(ctx.port.view().scenario.start, ctx.port.view().now)}`);
  };
  const advance = () => {
    const refusal = ctx.readOnly();
    if (refusal) return ctx.announce(refusal);
    const view = ctx.port.view();
    if (view.ended || view.phase !== "live") return;
    if (view.nextEventAt !== undefined && view.nextEventAt >= view.scenario.horizon) {
      confirmEnd.hidden = false;
      confirmEnd.focus();
      return;
    }
    doAdvance();
  };
  next.addEventListener("click", advance);
  confirmEnd.addEventListener("click", () => {
    confirmEnd.hidden = true;
    doAdvance();
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
      const refusal = ctx.readOnly();
      if (refusal) return ctx.announce(refusal);
      confirm.hidden = false;
      confirm.focus();
    },
  });
  const warning = el("p", { class: "end-warning", hidden: true });
  const section = el(
    "section",
    { class: "clock", "aria-label": "Clock" },
    el("p", { class: "clock-line" }, clock, " ", phase),
    el(
      "div",
      { class: "clock-buttons" },
      pause,
      controls.pacing === "live"
        ? el("span", { class: "speed" }, el("label", { for: speedId, text: "Speed" }), speed)
        : null,
      next,
      confirmEnd,
      end,
      confirm,
    ),
    warning,
  );
  return {
    section,
    togglePause,
    advance,
    update(view: PlayerView) {
      clock.textContent = formatWhen(view.scenario.start, view.now);
      const nextText =
        view.nextEventAt !== undefined && !view.ended
          ? ` · next ${formatClockTime(view.scenario.start, view.nextEventAt)}`
          : "";
      phase.textContent = `${view.phase === "paused" ? "Paused" : view.ended ? "Ended" : controls.pacing === "live" ? "Running" : "Turn-based"}${nextText}`;
      phase.classList.toggle("paused", view.phase === "paused");
      pause.textContent = view.phase === "paused" ? "Resume" : "Pause";
      pause.disabled = view.ended;
      const toEnd = view.nextEventAt !== undefined && view.nextEventAt >= view.scenario.horizon;
      next.textContent = toEnd
        ? `Advance to the end (${formatClockTime(view.scenario.start, view.scenario.horizon)})…`
        : "Advance to next event";
      next.disabled = view.ended || view.phase === "paused";
      if (!toEnd) confirmEnd.hidden = true;
      const text = endWarning(
        view,
        controls.pacing === "live" ? { minutesPerSecond: controls.getSpeed() } : undefined,
      );
      // why: the countdown changes every tick; it is announced once, when the warning appears.
      if (text && warning.hidden) ctx.announce(text);
      warning.textContent = text ?? "";
      warning.hidden = !text;
    },
  };
}
