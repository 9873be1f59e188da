import { HOTWASH_QUESTIONS } from "../../engine/hotwashQuestions";
import { formatSimTime } from "../../engine/time";
import { el, field, panel, select } from "../../ui/dom";
import type { DisplayPrompt } from "../display/teamDisplayView";
import { roleTitle } from "../roster";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsolePanel, Notifier } from "./consoleDeps";
import { type Speaker, speakerSelect } from "./speakerSelect";

/**
 * The questions pushed to the team display (module discussion at each module start, hotwash at the end) with a
 * field per question to record the team's answer; answers to an earlier module's or the hotwash questions can
 * be recorded at any time.
 */
export function discussionPanel(runner: SessionRunner, notify: Notifier): ConsolePanel {
  const { section, body } = panel("Discussion and hotwash", "discussion");
  const speaker = speakerSelect(runner.roster, true);
  const questions = el("div");
  const answers = el("ul", { "aria-label": "Recorded answers" });
  const target = select([{ value: "", label: "The questions on the display now" }]);
  body.append(
    field("Answer given by", speaker.control),
    field("Questions", target),
    questions,
    el("h3", { text: "Answers recorded" }),
    answers,
  );
  let shown = "";
  let seen = -1;
  let targets = "";
  const render = () => {
    const prompt = chosenPrompt(runner, target.value);
    const signature = JSON.stringify(prompt ?? null);
    if (signature !== shown) {
      shown = signature;
      questions.replaceChildren(
        ...(prompt
          ? promptForms(prompt, runner, notify, speaker.speaker)
          : [
              el("p", {
                class: "muted",
                text: "No questions on the display. Module questions appear at each module start; hotwash questions when the session ends.",
              }),
            ]),
      );
    }
  };
  target.addEventListener("change", render);
  return {
    section,
    update({ view, log }) {
      const options = [
        { value: "", label: "The questions on the display now" },
        ...view.scenario.modules
          .filter((module) => module.startsAt <= view.now && module.questions.length > 0)
          .map((module) => ({ value: `module:${module.id}`, label: `Discussion — ${module.title}` })),
        { value: "hotwash", label: "Hotwash" },
      ];
      if (JSON.stringify(options) !== targets) {
        targets = JSON.stringify(options);
        const chosen = target.value;
        target.replaceChildren(
          ...options.map((option) => el("option", { value: option.value, text: option.label })),
        );
        target.value = options.some((option) => option.value === chosen) ? chosen : "";
      }
      render();
      if (log.length === seen) return;
      seen = log.length;
      answers.replaceChildren(
        ...log.flatMap((entry) => {
          const who =
            entry.type === "discussion.answered" || entry.type === "hotwash.answered"
              ? roleTitle(entry.by)
              : "";
          if (entry.type === "discussion.answered")
            return [
              el("li", {
                text: `${formatSimTime(entry.at)} ${entry.module} Q${entry.question + 1} (${who}): ${entry.answer}`,
              }),
            ];
          if (entry.type === "hotwash.answered")
            return [el("li", { text: `Hotwash Q${entry.question + 1} (${who}): ${entry.answer}` })];
          return [];
        }),
      );
    },
  };
}

function chosenPrompt(runner: SessionRunner, choice: string): DisplayPrompt | undefined {
  if (choice === "hotwash") return { kind: "hotwash", questions: [...HOTWASH_QUESTIONS] };
  const module = runner.scenario.modules.find((candidate) => `module:${candidate.id}` === choice);
  if (module)
    return {
      kind: "discussion",
      module: module.id,
      moduleTitle: module.title,
      questions: [...module.questions],
    };
  return runner.displayView().prompt;
}

function promptForms(
  prompt: DisplayPrompt,
  runner: SessionRunner,
  notify: Notifier,
  speaker: () => Speaker,
): HTMLElement[] {
  const heading = el("h3", {
    text: prompt.kind === "hotwash" ? "Hotwash" : `Discussion — ${prompt.moduleTitle}`,
  });
  const forms = prompt.questions.map((question, index) => {
    const answer = el("textarea", { name: `answer-${index}` });
    const form = el(
      "form",
      { "aria-label": `Answer to question ${index + 1}` },
      field(`Q${index + 1}. ${question}`, answer),
      el("button", { type: "submit", class: "secondary", text: `Record answer ${index + 1}` }),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      const text = answer.value.trim();
      if (!text) return notify.alert("Write the team's answer first.");
      const { by, actorName } = speaker();
      if (prompt.kind === "hotwash")
        runner.control({ type: "hotwash.answer", question: index, answer: text }, by, actorName);
      else
        runner.control(
          { type: "discussion.answer", module: prompt.module, question: index, answer: text },
          by,
          actorName,
        );
      notify.notice(`Answer to question ${index + 1} recorded.`);
      answer.value = "";
    });
    return form;
  });
  return [heading, ...forms];
}
