import { formatSimTime } from "../../engine/time";
import { el, field, panel, select } from "../../ui/dom";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsolePanel } from "./consoleDeps";

const SPEEDS = [
  { value: "0", label: "Turn-based (advance by hand)" },
  { value: "1", label: "1 sim minute per second" },
  { value: "2", label: "2 sim minutes per second" },
  { value: "5", label: "5 sim minutes per second" },
  { value: "10", label: "10 sim minutes per second" },
  { value: "30", label: "30 sim minutes per second" },
  { value: "60", label: "1 sim hour per second" },
];

/** Clock control: start, pause/resume, speed, advance to the next event or module, end the session. */
export function clockPanel(runner: SessionRunner): ConsolePanel {
  const { section, body } = panel("Clock", "clock-panel");
  const status = el("p", { "aria-live": "polite" });
  const start = el("button", { type: "button", text: "Start the drill", onclick: () => runner.start() });
  const pause = el("button", { type: "button", text: "Pause", onclick: () => runner.pause() });
  const resume = el("button", { type: "button", text: "Resume", onclick: () => runner.resume() });
  const speed = select(SPEEDS, String(runner.speed()));
  speed.addEventListener("change", () => runner.setSpeed(Number(speed.value)));
  const next = el("button", {
    type: "button",
    class: "secondary",
    text: "Advance to next event",
    onclick: () => runner.advanceToNextEvent(),
  });
  const nextModule = el("button", {
    type: "button",
    class: "secondary",
    text: "Jump to next module",
    onclick: () => runner.jumpToNextModule(),
  });
  const quarter = el("button", {
    type: "button",
    class: "secondary",
    text: "Advance 15 minutes",
    onclick: () => runner.advance(15),
  });
  const end = el("button", {
    type: "button",
    class: "secondary",
    text: "End the session",
    onclick: () => runner.end(),
  });
  body.append(
    status,
    el("div", { class: "bar" }, start, pause, resume, end),
    field("Clock speed", speed),
    el("div", { class: "bar" }, next, nextModule, quarter),
  );
  return {
    section,
    update({ view }) {
      const started = runner.isStarted();
      // why: the console is the controller's side: it knows the modules the room has not seen yet.
      const modules = runner.scenario.modules;
      const module = modules.find((candidate) => candidate.id === view.currentModule);
      const upcoming = modules.find((candidate) => candidate.startsAt > view.now);
      status.textContent = [
        `${formatSimTime(view.now)} · ${view.ended ? "ended" : view.phase}`,
        module ? `module: ${module.title}` : "",
        view.nextEventAt !== undefined ? `next event at ${formatSimTime(view.nextEventAt)}` : "",
        upcoming ? `next module ${upcoming.title} at ${formatSimTime(upcoming.startsAt)}` : "",
      ]
        .filter(Boolean)
        .join(" · ");
      start.disabled = started || view.ended;
      pause.disabled = !started || view.ended || view.phase === "paused";
      resume.disabled = !started || view.ended || view.phase !== "paused";
      const idle = !started || view.ended || view.phase === "paused";
      next.disabled = idle || view.nextEventAt === undefined;
      nextModule.disabled = idle || upcoming === undefined;
      quarter.disabled = idle;
      end.disabled = view.ended;
      if (speed.value !== String(runner.speed())) speed.value = String(runner.speed());
    },
  };
}
