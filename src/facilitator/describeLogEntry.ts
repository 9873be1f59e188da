import { ACTION_CATALOG } from "../engine/actions";
import type { LogEntry } from "../engine/log";

/** One line a facilitator can read for any log entry (controller-only: it names attacker steps and facts). */
export function describeLogEntry(entry: LogEntry): string {
  switch (entry.type) {
    case "drill.started":
      return `Drill started (seed ${entry.seed})`;
    case "drill.ended":
      return `Drill ended (${entry.reason})`;
    case "action.accepted":
      return `${actionLabel(entry.action.type)} accepted`;
    case "action.completed":
      return `${actionLabel(entry.action.type)} completed`;
    case "action.rejected":
      return `${actionLabel(entry.action.type)} rejected: ${entry.reason}`;
    case "inject.delivered":
      return `Inject ${entry.inject} delivered`;
    case "inject.held":
      return `Inject ${entry.inject} held`;
    case "inject.skipped":
      return `Inject ${entry.inject} skipped`;
    case "attacker.step":
      return `Attacker: ${entry.title}`;
    case "attacker.skipped":
      return `Attacker step skipped: ${entry.title} (${entry.reason})`;
    case "fact.discovered":
      return `Fact discovered: ${entry.fact}`;
    case "fact.lost":
      return `Fact lost: ${entry.fact} (${entry.reason})`;
    case "state.changed":
      return `${entry.subject}: ${entry.from} → ${entry.to}`;
    case "foothold.opened":
      return `Foothold opened: ${entry.foothold}`;
    case "foothold.closed":
      return `Foothold closed: ${entry.foothold}`;
    case "flag.set":
      return `Flag set: ${entry.flag}`;
    case "message.sent":
      return `Message on ${entry.channel}${entry.subject ? `: ${entry.subject}` : ""}`;
    case "leak":
      return `Leak to ${entry.to.join(", ")} via ${entry.channel}`;
    case "statement.published":
      return `Statement published: ${entry.title}`;
    case "team.joined":
      return `${entry.person} joined the ${entry.to}`;
    case "evidence.destroyed":
      return `Evidence destroyed: ${entry.subject} (${entry.reason})`;
    case "exfiltration":
      return `Exfiltration from ${entry.dataStore} (${entry.amount})`;
    case "observation":
      return `Observation: ${entry.text}`;
    case "finding.overridden":
      return `Finding ${entry.rule} overridden to ${entry.outcome}`;
    case "discussion.answered":
      return `Discussion answer (${entry.module} Q${entry.question + 1})`;
    case "hotwash.answered":
      return `Hotwash answer (Q${entry.question + 1})`;
    case "adjudicated":
      return `Adjudicated: ${entry.text}`;
    case "module.started":
      return `Module ${entry.module} started`;
    case "memory.captured":
      return `${entry.instance}: memory captured`;
    case "business.impacted":
      return `Business impact: ${entry.impact} on ${entry.service} (${entry.severity}${entry.softened ? ", softened" : ""})`;
    case "business.softened":
      return `Business impact softened: ${entry.impact}`;
    case "business.recovered":
      return `Business recovered: ${entry.service} (${entry.impact})`;
    case "clock.paused":
      return "Clock paused";
    case "clock.resumed":
      return "Clock resumed";
    case "attacker.scheduled":
      return `Attacker step ${entry.step} scheduled`;
    case "inject.released":
      return `Inject ${entry.inject} released`;
    case "inject.due":
      return `Inject ${entry.inject} due (held)`;
    case "fact.appeared":
      return `Fact now exists: ${entry.fact}`;
    case "credential.compromised":
      return `Credential compromised: ${entry.credential}`;
    case "instance.isolated":
      return `${entry.instance} isolated`;
    case "image.taken":
      return `${entry.instance} imaged (${entry.disks.join(", ")}${entry.offsite ? ", off-site" : ""}${entry.readOnly ? ", read-only" : ""})`;
    case "ip.blocked":
      return `IP blocked: ${entry.ip}`;
    case "log-source.found-destroyed":
      return `Found destroyed: ${entry.logSource}`;
    case "codename.set":
      return `Codename set: ${entry.codename}`;
    case "call.started":
      return `Voice call started${entry.title ? `: ${entry.title}` : ""}`;
    case "room.created":
      return `Room created: ${entry.name}`;
    case "task.assigned":
      return `Task assigned to ${entry.role}: ${entry.task}`;
  }
}

function actionLabel(type: string): string {
  return ACTION_CATALOG.get(type as never)?.label ?? type;
}
