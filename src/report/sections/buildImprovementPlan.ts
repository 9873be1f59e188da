import type { RoleId } from "../../engine/organisation";
import { wallClockAt } from "../../engine/wallClock";
import type {
  CapabilityElement,
  ReportFinding,
  ReportImprovement,
  ReportObservation,
} from "../afterActionReport";
import { capabilityElementOf } from "../support/coreCapabilities";
import type { ReportContext } from "../support/reportContext";

/** why: S3 makes the Incident Commander responsible for the response; undelegated steps fall to them. */
const DEFAULT_OWNER: RoleId = "incident-commander";
/** Days from the start of an action to its due date, by priority (HSEEP plans track 30/60/90-day items). */
const DAYS_TO_DUE = { high: 30, medium: 60, low: 90 } as const;
const MS_PER_DAY = 24 * 60 * 60 * 1000;

/**
 * The HSEEP improvement plan: one corrective action per area for improvement (in impact order), then the
 * organisational corrective actions the scenario's real incidents teach. Each row has its capability, capability
 * element, responsible organisation, point of contact, start and due dates; the people's edits (`meta.planEdits`)
 * replace the generated values.
 */
export function buildImprovementPlan(
  areas: readonly ReportObservation[],
  findings: readonly ReportFinding[],
  context: ReportContext,
): ReportImprovement[] {
  const start = startDate(context);
  const fromDrill = areas.map((area): ReportImprovement => {
    const lead = findings.find((finding) => finding.rule === area.findings[0]?.rule);
    const ownerRole = ownerOf(lead?.step ?? "S3", context);
    const priority = priorityOf(area, context.input.scenario.organisation.slipPoints);
    const item: ReportImprovement = {
      key: area.key,
      source: "drill",
      capability: area.capability,
      capabilityElement: capabilityElementOf(area.findings[0]?.rule ?? "", area.dimension),
      issue: `${area.title}: ${area.findings[0]?.what ?? ""}`,
      correctiveAction: area.findings[0]?.instead ?? "",
      organisation: organisationOf(ownerRole, context),
      ownerRole,
      ownerTitle: context.roleTitle(ownerRole),
      pointOfContact: pointOfContact(ownerRole, context),
      start,
      due: addDays(start, DAYS_TO_DUE[priority]),
      priority,
      pointsLost: area.pointsLost,
      rules: area.findings.map((finding) => finding.rule),
    };
    if (area.when) item.at = area.when;
    return item;
  });
  const fromLessons = context.input.scenario.debrief.inspiredBy.map((lesson, index): ReportImprovement => {
    const { issue, action } = splitLesson(lesson.lesson);
    const ownerRole: RoleId = "security-lead";
    const known = context.input.scenario.organisation.roles.some((role) => role.id === ownerRole);
    const owner = known ? ownerRole : DEFAULT_OWNER;
    return {
      key: `lesson-${index + 1}`,
      source: "lesson",
      capability: "Cybersecurity",
      capabilityElement: elementOfLesson(action),
      issue: `${lesson.incident} (${lesson.year}): ${issue}`,
      correctiveAction: action,
      organisation: organisationOf(owner, context),
      ownerRole: owner,
      ownerTitle: context.roleTitle(owner),
      pointOfContact: pointOfContact(owner, context),
      start,
      due: addDays(start, DAYS_TO_DUE.medium),
      priority: "medium",
      pointsLost: 0,
      rules: [],
    };
  });
  return applyEdits([...fromDrill, ...fromLessons], context);
}

function priorityOf(area: ReportObservation, slip: number): ReportImprovement["priority"] {
  // why: on the slip scale (every slip costs at least `slipPoints`): two slips or a critical task is high, one medium.
  if (area.criticalTask !== undefined || area.pointsLost >= 2 * slip) return "high";
  return area.pointsLost >= slip ? "medium" : "low";
}

/** The day after the exercise ended on the scenario's wall clock (else the date played), `YYYY-MM-DD`; or "". */
function startDate(context: ReportContext): string {
  const { scenario, log, meta } = context.input;
  const ended = log.find((entry) => entry.type === "drill.ended")?.at ?? log.at(-1)?.at ?? 0;
  if (scenario.start) return addDays(wallClockAt(scenario.start, ended).date, 1);
  const played = /^\d{4}-\d{2}-\d{2}/.exec(meta.playedAt ?? "")?.[0];
  return played ? addDays(played, 1) : "";
}

function addDays(date: string, days: number): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return "";
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The organisation (and its team, when the scenario's people say) that owns a role's work. */
function organisationOf(role: RoleId, context: ReportContext): string {
  const { scenario } = context.input;
  const person = scenario.world.people.find((candidate) => candidate.internal && candidate.role === role);
  return person?.team ? `${scenario.organisation.name}, ${person.team}` : scenario.organisation.name;
}

/** The person who holds the role: the participant in a facilitated run, else the scenario's own person. */
function pointOfContact(role: RoleId, context: ReportContext): string {
  const { scenario, meta } = context.input;
  const title = context.roleTitle(role);
  const participant =
    meta.mode === "facilitated" ? meta.participants?.find((person) => person.role === role) : undefined;
  if (participant) return `${participant.name} (${title})`;
  const person = scenario.world.people.find((candidate) => candidate.internal && candidate.role === role);
  return person ? `${person.name} (${title})` : title;
}

/** The first role of the organisation profile that the checklist step is delegated to. */
function ownerOf(step: string, context: ReportContext): RoleId {
  const role = context.input.scenario.organisation.roles.find((candidate) =>
    (candidate.delegatedSteps as readonly string[]).includes(step),
  );
  return role?.id ?? DEFAULT_OWNER;
}

/** A lesson's story and its closing advice (the last sentence), which is the corrective action it teaches. */
function splitLesson(lesson: string): { issue: string; action: string } {
  const sentences = lesson.trim().split(/(?<=[.!?])\s+(?=[A-Z"“])/);
  const action = sentences.length > 1 ? (sentences.pop() as string) : lesson.trim();
  const story = sentences.join(" ");
  const issue = story.length <= 240 ? story : `${story.slice(0, 237).replace(/\s+\S*$/, "")}…`;
  return { issue, action };
}

function elementOfLesson(action: string): CapabilityElement {
  if (
    /\b(MFA|key|token|secret|lock|scan|monitor|alert|log|IMDS|sign|hash|inventory|credential)/i.test(action)
  )
    return "Equipment";
  if (/\b(train|practi[cs]e|drill|exercise|teach)/i.test(action)) return "Training";
  return "Planning";
}

function applyEdits(items: ReportImprovement[], context: ReportContext): ReportImprovement[] {
  const edits = context.input.meta.planEdits ?? [];
  return items.map((item) => {
    const edit = edits.find((candidate) => candidate.key === item.key);
    if (!edit) return item;
    const edited = { ...item };
    if (edit.capabilityElement !== undefined) edited.capabilityElement = edit.capabilityElement;
    if (edit.organisation !== undefined) edited.organisation = edit.organisation;
    if (edit.pointOfContact !== undefined) edited.pointOfContact = edit.pointOfContact;
    if (edit.start !== undefined) edited.start = edit.start;
    if (edit.due !== undefined) edited.due = edit.due;
    if (edit.action !== undefined) edited.correctiveAction = edit.action;
    return edited;
  });
}
