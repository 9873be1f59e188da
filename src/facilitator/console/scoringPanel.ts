import { isRuleId } from "../../engine/rubricRuleIds";
import { formatSimTime } from "../../engine/time";
import type { Outcome } from "../../scoring/scoreCard";
import { el, field, panel, select } from "../../ui/dom";
import type { SessionRunner } from "../session/sessionRunner";
import type { ConsolePanel, Notifier } from "./consoleDeps";

const OUTCOMES: { value: Outcome; label: string }[] = [
  { value: "met", label: "met" },
  { value: "partial", label: "partial" },
  { value: "violated", label: "violated" },
  { value: "n/a", label: "not applicable" },
];

/** Live scoring and findings (console only), the finding override form and free-form adjudication. */
export function scoringPanel(runner: SessionRunner, notify: Notifier): ConsolePanel {
  const { section, body } = panel("Live scoring (controller only)", "scoring wide controller");
  const summary = el("div", { "aria-live": "polite" });
  const findings = el("div", {
    class: "scroll",
    tabindex: "0",
    role: "region",
    "aria-label": "Findings list",
  });

  const rule = el("select", { name: "rule" });
  const outcome = select(OUTCOMES, "met");
  const credit = el("input", { type: "text", name: "credit", inputmode: "decimal" });
  const rationale = el("textarea", { name: "rationale" });
  const overrideForm = el(
    "form",
    { "aria-label": "Override a finding" },
    el("h3", { text: "Override a finding" }),
    field("Finding", rule),
    field("New outcome", outcome),
    field("Credit 0–1 (optional)", credit),
    field("Rationale", rationale),
    el("button", { type: "submit", text: "Override finding" }),
  );
  overrideForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = rule.value;
    if (!isRuleId(chosen)) return notify.alert("Choose the finding to override.");
    if (!rationale.value.trim())
      return notify.alert("An override needs a rationale; it is kept in the report.");
    const value = credit.value.trim() === "" ? undefined : Number(credit.value);
    if (value !== undefined && !(value >= 0 && value <= 1))
      return notify.alert("Credit is a number from 0 to 1.");
    runner.control({
      type: "finding.override",
      rule: chosen,
      outcome: outcome.value as Outcome,
      rationale: rationale.value.trim(),
      ...(value === undefined ? {} : { credit: value }),
    });
    notify.notice(`Finding ${rule.value} overridden to ${outcome.value}.`);
    rationale.value = "";
    credit.value = "";
  });

  const decision = el("textarea", { name: "adjudication" });
  const adjudicatedRule = el("select", { name: "adjudicated-rule" });
  const adjudicateForm = el(
    "form",
    { "aria-label": "Adjudicate a free-form decision" },
    el("h3", { text: "Adjudicate a free-form decision" }),
    field("Decision and ruling", decision),
    field("Rule it bears on (optional)", adjudicatedRule),
    el("button", { type: "submit", text: "Record adjudication" }),
  );
  adjudicateForm.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = decision.value.trim();
    if (!text) return notify.alert("Write the decision and your ruling.");
    runner.control({
      type: "adjudicate",
      text,
      ...(isRuleId(adjudicatedRule.value) ? { rule: adjudicatedRule.value } : {}),
    });
    notify.notice("Adjudication recorded.");
    decision.value = "";
  });

  body.append(summary, findings, el("div", { class: "grid" }, overrideForm, adjudicateForm));
  let ruleSignature = "";
  let findingSignature = "";

  return {
    section,
    update({ scoreCard, scoreError }) {
      if (!scoreCard) {
        summary.replaceChildren(
          el("p", { class: "muted", text: scoreError ?? "Scoring is not available in this build." }),
        );
        return;
      }
      summary.replaceChildren(
        el(
          "p",
          {},
          el("strong", { text: `Score ${Math.round(scoreCard.total)} / 100 (${scoreCard.rating})` }),
        ),
        el(
          "p",
          { class: "muted" },
          Object.values(scoreCard.dimensions)
            .map(
              (dimension) =>
                `${dimension.title} ${dimension.score === undefined ? "—" : Math.round(dimension.score)}`,
            )
            .join(" · "),
        ),
      );
      const signature = JSON.stringify(
        scoreCard.findings.map((finding) => [
          finding.rule,
          finding.outcome,
          finding.credit,
          finding.override?.rationale,
        ]),
      );
      if (signature !== findingSignature) {
        findingSignature = signature;
        findings.replaceChildren(
          el(
            "table",
            { "aria-label": "Findings" },
            el(
              "thead",
              {},
              el(
                "tr",
                {},
                ...["Rule", "Outcome", "When", "What happened"].map((title) =>
                  el("th", { scope: "col", text: title }),
                ),
              ),
            ),
            el(
              "tbody",
              {},
              ...scoreCard.findings.map((finding) =>
                el(
                  "tr",
                  { "data-rule": finding.rule },
                  el("td", { text: finding.rule }),
                  el("td", {
                    class: `outcome-${finding.outcome === "n/a" ? "na" : finding.outcome}`,
                    text:
                      finding.outcome +
                      (finding.credit !== undefined && finding.outcome === "partial"
                        ? ` ${finding.credit.toFixed(2)}`
                        : "") +
                      (finding.override ? " (overridden)" : "") +
                      (finding.undecided ? " (needs adjudication)" : ""),
                  }),
                  el("td", { text: finding.at === undefined ? "—" : formatSimTime(finding.at) }),
                  el("td", {
                    text: finding.override
                      ? `${finding.summary} Override: ${finding.override.rationale}`
                      : finding.summary,
                  }),
                ),
              ),
            ),
          ),
        );
      }
      const rules = scoreCard.findings.map((finding) => finding.rule);
      if (rules.join() !== ruleSignature) {
        ruleSignature = rules.join();
        for (const target of [rule, adjudicatedRule]) {
          const chosen = target.value;
          target.replaceChildren(
            el("option", { value: "", text: "—" }),
            ...rules.map((id) => el("option", { value: id, text: id })),
          );
          target.value = chosen;
        }
      }
    },
  };
}
