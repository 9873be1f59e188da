import { renderPlanEditor } from "../../ui/debrief/planEditor";
import { el, panel } from "../../ui/dom";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsoleDeps, ConsolePanel, ConsoleSnapshot, Notifier, ReportFiles } from "./consoleDeps";

/**
 * The after-action report of the session (roles, observations, overrides, answers) with downloads, and its
 * improvement plan as a form: an edit is kept in the session (so in its file and autosave) and rebuilds the
 * report and its downloads.
 */
export function reportPanel(
  runner: SessionRunner,
  deps: ConsoleDeps,
  notify: Notifier,
  current: () => ConsoleSnapshot,
): ConsolePanel {
  const { section, body } = panel("After-action report", "report wide");
  const build = el("button", { type: "button", text: "Build the after-action report" });
  const downloads = el("div", { class: "bar" });
  const frameHost = el("div");
  const planHost = el("div", { class: "plan-host" });
  let frame: HTMLIFrameElement | undefined;
  /** The plan edits the shown report was built with; undefined until the report is built. */
  let builtWith: string | undefined;
  const refresh = (withEditor: boolean): boolean => {
    const snapshot = current();
    if (!deps.report || !snapshot.scoreCard) {
      notify.alert(snapshot.scoreError ?? "The report is not available in this build.");
      return false;
    }
    let files: ReportFiles;
    try {
      files = deps.report({
        runner,
        log: snapshot.log,
        scoreCard: snapshot.scoreCard,
        participants: runner.roster.map((entry) => ({ ...entry })),
        playedAt: runner.session().startedAt ?? deps.today(),
      });
    } catch (error) {
      notify.alert(
        `The report could not be built: ${error instanceof Error ? error.message : String(error)}`,
      );
      return false;
    }
    builtWith = JSON.stringify(runner.planEdits());
    // why: the report is a self-contained page with its own strict CSP; an empty sandbox gives it no scripts and
    // no access to the console (which holds scores and evaluator notes) even if escaping ever failed.
    frame ??= frameHost.appendChild(
      el("iframe", { class: "report-frame", title: "After-action report", sandbox: "" }),
    );
    frame.srcdoc = files.html;
    const base = `hotwash-${runner.scenario.id}-${runner.id}`;
    downloads.replaceChildren(
      downloadButton("Download HTML", `${base}.html`, files.html, "text/html"),
      downloadButton("Download Markdown", `${base}.md`, files.markdown, "text/markdown"),
      downloadButton("Download JSON", `${base}.json`, files.json, "application/json"),
      downloadButton("Download CSV", `${base}.csv`, files.csv, "text/csv"),
    );
    if (withEditor)
      planHost.replaceChildren(
        el("h3", { text: "Improvement plan" }),
        renderPlanEditor(files.plan, (edit) => {
          runner.editPlan(edit);
          return undefined;
        }),
      );
    return true;
  };
  build.addEventListener("click", () => {
    if (refresh(true)) notify.notice("Report built.");
  });
  body.append(el("div", { class: "bar" }, build), downloads, planHost, frameHost);
  return {
    section,
    update({ view }) {
      build.textContent = view.ended ? "Build the after-action report" : "Build the report so far";
      // why: an edit reaches the session first (on a hosted session, after the server accepts it); the
      // downloads follow it, while the form keeps the facilitator's focus.
      if (builtWith !== undefined && builtWith !== JSON.stringify(runner.planEdits())) refresh(false);
    },
  };
}

/** A button that downloads the text as a file (Blob + object URL: nothing leaves the origin). */
export function downloadButton(
  label: string,
  fileName: string,
  text: string,
  type: string,
): HTMLButtonElement {
  return el("button", {
    type: "button",
    class: "secondary",
    text: label,
    onclick: () => {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = el("a", { href: url, download: fileName });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 1000);
    },
  });
}
