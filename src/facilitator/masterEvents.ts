import type { DrillInput, LogEntry } from "../engine/log";
import type { ScenarioDefinition } from "../engine/scenario";
import type { SimMinutes } from "../engine/time";

export type InjectStatus = "pending" | "held" | "delivered" | "skipped";

/** One row of the master scenario events list (controller-only: it never leaves the console). */
export interface MasterEvent {
  inject: string;
  /** Scheduled sim minute, if the inject has one. */
  at?: SimMinutes;
  deliveredAt?: SimMinutes;
  status: InjectStatus;
  contingency: boolean;
  conditional: boolean;
  from: string;
  channel: string;
  subject?: string;
  body: string;
  module?: string;
  expectedActions: string[];
  evaluatorNotes: string;
  temptation?: string;
  tests: string[];
}

/**
 * The master scenario events list: every inject with its schedule, its status read from the log (a release,
 * which logs nothing, read from the inputs), and the controller fields (expected actions, evaluator notes),
 * ordered with the undelivered ones first by time.
 */
export function masterEvents(
  scenario: ScenarioDefinition,
  log: readonly LogEntry[],
  inputs: readonly DrillInput[] = [],
): MasterEvent[] {
  const status = new Map<string, { status: InjectStatus; at?: SimMinutes }>();
  const rejected = new Set(
    log.flatMap((entry) =>
      entry.type === "action.rejected" && entry.cause.kind === "input" ? [entry.cause.input] : [],
    ),
  );
  const releases = inputs.flatMap((input, index) =>
    input.intent.type === "inject.release" && !rejected.has(index)
      ? [{ inject: input.intent.inject, index }]
      : [],
  );
  for (const entry of log) {
    const current = status.get(
      "inject" in entry && typeof entry.inject === "string" ? entry.inject : "",
    )?.status;
    if (entry.type === "inject.delivered") status.set(entry.inject, { status: "delivered", at: entry.at });
    else if (entry.type === "inject.held" && current !== "delivered") {
      const heldBy = entry.cause.kind === "input" ? entry.cause.input : -1;
      const released = releases.some((release) => release.inject === entry.inject && release.index > heldBy);
      status.set(entry.inject, { status: released ? "pending" : "held" });
    } else if (entry.type === "inject.skipped" && current !== "delivered")
      status.set(entry.inject, { status: "skipped" });
  }
  const names = new Map(scenario.world.people.map((person) => [person.id, person.name]));
  const channels = new Map(scenario.world.channels.map((channel) => [channel.id, channel.name]));
  const rows = scenario.injects.map((inject, index) => {
    const known = status.get(inject.id);
    const row: MasterEvent = {
      inject: inject.id,
      status: known?.status ?? "pending",
      contingency: inject.contingency,
      conditional: inject.when !== undefined,
      from: names.get(inject.from) ?? inject.from,
      channel: channels.get(inject.channel) ?? inject.channel,
      body: inject.body,
      expectedActions: [...inject.controller.expectedActions],
      evaluatorNotes: inject.controller.evaluatorNotes,
      tests: [...inject.controller.tests],
    };
    if (inject.at !== undefined) row.at = inject.at;
    if (known?.at !== undefined) row.deliveredAt = known.at;
    if (inject.subject !== undefined) row.subject = inject.subject;
    if (inject.module !== undefined) row.module = inject.module;
    if (inject.controller.temptation !== undefined) row.temptation = inject.controller.temptation;
    return { row, index };
  });
  const rank = (status: InjectStatus) => (status === "pending" || status === "held" ? 0 : 1);
  return rows
    .sort(
      (left, right) =>
        rank(left.row.status) - rank(right.row.status) ||
        (left.row.deliveredAt ?? left.row.at ?? Number.MAX_SAFE_INTEGER) -
          (right.row.deliveredAt ?? right.row.at ?? Number.MAX_SAFE_INTEGER) ||
        left.index - right.index,
    )
    .map(({ row }) => row);
}
