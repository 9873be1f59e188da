import type { LogEntry } from "../engine/log";
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
 * The master scenario events list: every inject with its schedule, its status read from the log, and the
 * controller fields (expected actions, evaluator notes), ordered with the undelivered ones first by time.
 */
export function masterEvents(scenario: ScenarioDefinition, log: readonly LogEntry[]): MasterEvent[] {
  const status = new Map<string, { status: InjectStatus; at?: SimMinutes }>();
  for (const entry of log) {
    if (entry.type === "inject.delivered") status.set(entry.inject, { status: "delivered", at: entry.at });
    else if (entry.type === "inject.held" && status.get(entry.inject)?.status !== "delivered")
      status.set(entry.inject, { status: "held" });
    else if (entry.type === "inject.skipped" && status.get(entry.inject)?.status !== "delivered")
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
