import { hashLog } from "../../engine/headless/hashLog";
import { formatDuration } from "../../engine/time";
import { wallClockAt } from "../../engine/wallClock";
import type { ReportOverview } from "../afterActionReport";
import type { ReportContext } from "../support/reportContext";

/** The exercise overview: scenario, content hash, seed, date, participants, sim-time duration and log hash. */
export function buildOverview(context: ReportContext): ReportOverview {
  const { scenario, seed, log, inputs, meta } = context.input;
  const started = log.find((entry) => entry.type === "drill.started");
  const ended = log.find((entry) => entry.type === "drill.ended");
  const last = log.at(-1);
  const from = Math.max(0, started?.at ?? 0);
  const to = ended?.at ?? Math.max(from, last?.at ?? from);
  const duration = Math.max(0, to - from);
  const overview: ReportOverview = {
    scenario: {
      id: scenario.id,
      title: scenario.title,
      contentHash: scenario.contentHash,
      difficulty: scenario.difficulty,
    },
    organisation: scenario.organisation.name,
    seed,
    mode: meta.mode,
    participants: (meta.participants ?? []).map((person) => ({
      name: person.name,
      role: person.role,
      roleTitle: context.roleTitle(person.role),
    })),
    started: context.moment(from),
    ended: context.moment(to),
    duration,
    durationText: formatDuration(duration),
    logHash: hashLog(log),
    logEntries: log.length,
    inputs: inputs.length,
    tlp: meta.tlp ?? "TLP:AMBER",
  };
  if (scenario.start) {
    const zero = wallClockAt(scenario.start, 0);
    overview.start = { ...scenario.start, iso: zero.iso };
    overview.exerciseDate = wallClockAt(scenario.start, from).day;
  } else if (meta.playedAt !== undefined) overview.exerciseDate = meta.playedAt;
  if (meta.playedAt !== undefined) overview.playedAt = meta.playedAt;
  if (ended?.type === "drill.ended") overview.endReason = ended.reason;
  return overview;
}
