import type { Document, Node as YamlNode } from "yaml";
import { RULES_HONOURING_FLAGS, type RuleId } from "../../engine/rubricRuleIds";
import type { ScenarioDefinition } from "../../engine/scenario";
import { formatDuration, formatSimTime } from "../../engine/time";
import { wallClockStartProblem } from "../../engine/wallClock";
import type { ShapeReader } from "../shapeReader";
import { actionProblems } from "./actionProblems";
import { replyProblems } from "./replyEffects";
import { ScenarioPossibility } from "./scenarioPossibility";

type Path = (string | number)[];

/** The YAML node at `path`, or the nearest ancestor that exists. */
export function nodeAt(doc: Document, path: Path): YamlNode | undefined {
  for (let length = path.length; length >= 0; length--) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length), true);
    if (node && typeof node === "object" && "range" in node) return node as YamlNode;
  }
  return undefined;
}

/**
 * Checks what a well-shaped scenario means: times in order and before the horizon, injects that can arrive,
 * facts that can be revealed, conditions that can hold, exfiltrated data classes that exist. `untimed` names the
 * attacker steps the file gave no `at` (their `at` in `scenario` is a placeholder).
 */
export function checkScenarioMeaning(
  scenario: ScenarioDefinition,
  doc: Document,
  reader: ShapeReader,
  untimed: ReadonlySet<string> = new Set(),
): void {
  const report = (code: Parameters<ShapeReader["report"]>[0], message: string, path: Path) =>
    reader.report(code, message, nodeAt(doc, path));
  const possible = new ScenarioPossibility(scenario);
  const { horizon } = scenario;

  const startProblem = scenario.start === undefined ? undefined : wallClockStartProblem(scenario.start);
  if (startProblem !== undefined) report("HW0023", `start: ${startProblem}`, ["start", "date"]);

  let previousStart = Number.NEGATIVE_INFINITY;
  scenario.modules.forEach((module, i) => {
    if (module.startsAt < 0 || module.startsAt > horizon) {
      report(
        "HW0051",
        `module "${module.id}" starts at ${formatSimTime(module.startsAt)}, outside T+0..horizon (${formatSimTime(horizon)})`,
        ["modules", i, "startsAt"],
      );
    } else if (module.startsAt < previousStart) {
      report("HW0051", `module "${module.id}" starts before the module above it`, ["modules", i, "startsAt"]);
    }
    previousStart = Math.max(previousStart, module.startsAt);
  });

  scenario.attacker.forEach((step, i) => {
    const at = untimed.has(step.id) ? undefined : step.at;
    if (at === undefined && !step.trigger) {
      report("HW0021", `missing "at" in attacker step "${step.id}" (required unless it has a trigger)`, [
        "attacker",
        i,
      ]);
      return;
    }
    if (at !== undefined && at > horizon) {
      report(
        "HW0052",
        `attacker step "${step.id}" at ${formatSimTime(at)} is after the horizon (${formatSimTime(horizon)}): it can never run`,
        ["attacker", i, "at"],
      );
    }
    step.effects.forEach((effect, j) => {
      if (!("exfiltrate" in effect)) return;
      const store = scenario.world.dataStores.find(
        (candidate) => candidate.id === effect.exfiltrate.dataStore,
      );
      if (!store) return;
      effect.exfiltrate.dataClasses.forEach((dataClass, k) => {
        if (!store.dataClasses.includes(dataClass)) {
          report(
            "HW0064",
            `data store "${store.id}" holds no data class "${dataClass}" (it has: ${store.dataClasses.join(", ") || "none"})`,
            ["attacker", i, "effects", j, "exfiltrate", "dataClasses", k],
          );
        }
      });
    });
    if (step.when && !possible.canHold(step.when, at ?? 0)) {
      report("HW0057", `attacker step "${step.id}" can never run: ${possible.explain(step.when, at ?? 0)}`, [
        "attacker",
        i,
        "when",
      ]);
    }
  });

  scenario.injects.forEach((inject, i) => {
    if (inject.at !== undefined && inject.at > horizon) {
      report(
        "HW0053",
        `inject "${inject.id}" at ${formatSimTime(inject.at)} is after the horizon (${formatSimTime(horizon)})`,
        ["injects", i, "at"],
      );
      return;
    }
    const blocker = possible.injectBlocker(inject);
    if (blocker) {
      const detail =
        blocker === "its `when` can never hold" && inject.when
          ? `: ${possible.explain(inject.when, inject.at)}`
          : "";
      report("HW0054", `inject "${inject.id}" can never be delivered: ${blocker}${detail}`, [
        "injects",
        i,
        inject.when ? "when" : "id",
      ]);
    }
    if (inject.unless && !possible.canHold(inject.unless, inject.at)) {
      report(
        "HW0057",
        `inject "${inject.id}": its \`unless\` can never hold (${possible.explain(inject.unless, inject.at)}), so it always fires`,
        ["injects", i, "unless"],
      );
    }
  });

  scenario.facts.forEach((fact, i) => {
    const blocker = possible.factBlocker(fact);
    if (blocker)
      report(blocker.code, `fact "${fact.id}" can never be revealed: ${blocker.reason}`, [
        "facts",
        i,
        "evidence",
      ]);
    if (fact.requiresStep !== undefined && !possible.stepCanRun(fact.requiresStep)) {
      report(
        "HW0057",
        `fact "${fact.id}" requires attacker step "${fact.requiresStep}", which can never run`,
        ["facts", i, "requiresStep"],
      );
    }
  });

  const listedTasks = new Set<string>();
  (scenario.criticalTasks ?? []).forEach((task, i) => {
    if (listedTasks.has(task))
      report("HW0088", `critical task "${task}" is listed twice; it is judged, and costs, once`, [
        "criticalTasks",
        i,
      ]);
    listedTasks.add(task);
  });

  scenario.flags.forEach((flag, i) => {
    (flag.violates ?? []).forEach((rule, j) => {
      if (!RULES_HONOURING_FLAGS.includes(rule as RuleId))
        report(
          "HW0084",
          `flag "${flag.id}" violates ${rule}, but that rule does not read flags.violates, so setting the flag changes nothing (rules that do: ${RULES_HONOURING_FLAGS.join(", ")})`,
          ["flags", i, "violates", j],
        );
    });
    if (!possible.canHold(flag.setWhen)) {
      report("HW0057", `flag "${flag.id}" can never be set: ${possible.explain(flag.setWhen)}`, [
        "flags",
        i,
        "setWhen",
      ]);
    }
  });

  scenario.vector.closedBy.forEach((condition, i) => {
    if (!possible.canHold(condition)) {
      report("HW0057", `vector.closedBy can never hold: ${possible.explain(condition)}`, [
        "vector",
        "closedBy",
        i,
      ]);
    }
  });

  const { redHerrings, redHerringCount } = scenario.variation;
  if (redHerringCount > redHerrings.length) {
    report(
      "HW0058",
      `redHerringCount ${redHerringCount} is more than the ${redHerrings.length} red herrings listed`,
      ["variation", "redHerringCount"],
    );
  }

  const { par, organisation } = scenario;
  if (par.stopAttack > par.stopAttackLimit) {
    report(
      "HW0058",
      `par.stopAttack (${formatDuration(par.stopAttack)}) is longer than par.stopAttackLimit (${formatDuration(par.stopAttackLimit)})`,
      ["par", "stopAttack"],
    );
  }
  const { fullCreditWithin, zeroCreditAfter } = organisation.disclosure;
  if (fullCreditWithin > zeroCreditAfter) {
    report(
      "HW0058",
      `organisation.disclosure.fullCreditWithin (${fullCreditWithin}) is longer than zeroCreditAfter (${zeroCreditAfter})`,
      ["organisation", "disclosure"],
    );
  }
  const { P, S, M } = organisation.ratingThresholds;
  if (!(P >= S && S >= M)) {
    report("HW0058", `organisation.ratingThresholds must satisfy P ≥ S ≥ M (got P ${P}, S ${S}, M ${M})`, [
      "organisation",
      "ratingThresholds",
    ]);
  }

  scenario.world.instances.forEach((instance, i) => {
    if (
      instance.createdBy !== undefined &&
      !scenario.attacker.some((step) =>
        step.effects.some((e) => "createInstance" in e && e.createInstance === instance.id),
      )
    ) {
      report(
        "HW0057",
        `instance "${instance.id}" names createdBy "${instance.createdBy}", but no attacker step creates it`,
        ["world", "instances", i, "createdBy"],
      );
    }
  });

  for (const problem of replyProblems(scenario))
    report(
      problem.code,
      problem.message,
      problem.reply === undefined
        ? ["injects", problem.inject, "replies"]
        : ["injects", problem.inject, "replies", problem.reply],
    );

  scenario.injects.forEach((inject, i) => {
    inject.replies.forEach((reply, j) => {
      if (!reply.action) return;
      for (const problem of actionProblems(reply.action, scenario, reader.suggestions)) {
        report(problem.code, problem.message, ["injects", i, "replies", j, "action", problem.field]);
      }
    });
  });
}
