import { ACTION_CATALOG, actionTarget } from "../../engine/actions";
import type { PlayerView } from "../../engine/playerView";
import { formatClockTime, formatWhen } from "../../engine/wallClock";
import { type RosterEntry, roleTitle } from "../roster";
import type { DisplayPrompt, TeamDisplayView } from "./teamDisplayView";

/** The session data the team display may show beside the player view. */
export interface TeamDisplayContext {
  roster: readonly RosterEntry[];
  prompt?: DisplayPrompt;
}

const RECENT_ACTIVITY = 12;

/**
 * Projects the engine's player view (already free of controller-only data) onto the team display: a pure,
 * field-by-field copy of what the room may see. Nothing is spread from the source, so a field added to the
 * player view later never reaches the projector unnoticed.
 */
export function projectTeamDisplay(view: PlayerView, context: TeamDisplayContext): TeamDisplayView {
  const names = namesById(view);
  const nameOf = (id: string) => names.get(id) ?? id;
  const zones = new Map(view.zones.map((zone) => [zone.id, zone.name]));
  const module = view.scenario.modules.find((candidate) => candidate.id === view.currentModule);
  const { team } = view;
  const { start } = view.scenario;
  const when = (at: number) => formatClockTime(start, at);

  const display: TeamDisplayView = {
    scenarioTitle: view.scenario.title,
    organisation: view.scenario.organisation.name,
    clock: formatWhen(start, view.now),
    phase: view.phase,
    ended: view.ended,
    roster: context.roster.map((entry) => ({ name: entry.name, role: roleTitle(entry.role) })),
    team: {
      icPaged: team.icPaged,
      assignments: team.assignments.map((assignment) => ({
        at: when(assignment.at),
        task: assignment.task,
        role: roleTitle(assignment.role),
      })),
    },
    // why: a private (hot seat) inject is for one role's eyes; the room never sees it on the projector.
    inbox: view.inbox
      .filter((message) => message.addressedTo === undefined)
      .map((message) => {
        const item: TeamDisplayView["inbox"][number] = {
          at: when(message.at),
          from: message.fromName,
          channel: message.channelName,
          body: message.body,
        };
        if (message.subject !== undefined) item.subject = message.subject;
        const reply = message.replies.find((option) => option.id === message.repliedWith);
        if (reply) item.answered = reply.label;
        return item;
      })
      .reverse(),
    caseFile: view.caseFile.map((fact) => ({
      at: when(fact.at),
      text: fact.text,
    })),
    systems: view.instances.map((instance) => ({
      name: instance.name,
      zone: zones.get(instance.zone) ?? instance.zone,
      state: instance.state,
      notes: [
        ...(instance.knownAffected ? ["known affected"] : []),
        ...(instance.isolated ? ["isolated"] : []),
        ...(instance.imaged ? [instance.imagedOffsite ? "imaged off-site" : "imaged"] : []),
      ],
    })),
    credentials: view.credentials.map((credential) => ({
      name: credential.name,
      state: credential.state,
      knownCompromised: credential.knownCompromised,
    })),
    pending: view.pending.map((pending) => ({
      label: pendingLabel(pending.action, nameOf),
      completesAt: when(pending.completesAt),
    })),
    activity: view.activity.slice(-RECENT_ACTIVITY).map((item) => ({
      at: when(item.at),
      text: item.text,
      kind: item.kind,
    })),
    statements: view.statements.map((statement) => ({
      at: when(statement.at),
      title: statement.title,
      body: statement.body,
    })),
  };
  if (view.endReason !== undefined) display.endReason = view.endReason;
  if (view.phase === "briefing") {
    const { briefing } = view.scenario;
    display.briefing = {
      title: briefing.title,
      situation: briefing.situation,
      yourRole: briefing.yourRole,
      objectives: [...briefing.objectives],
    };
  }
  if (module) display.module = { title: module.title, summary: module.summary };
  if (team.codename !== undefined) display.team.codename = team.codename;
  if (team.call) {
    display.team.call = { members: team.call.members.map(nameOf) };
    if (team.call.title !== undefined) display.team.call.title = team.call.title;
  }
  if (team.room) {
    display.team.room = { name: team.room.name, members: team.room.members.map(nameOf) };
    if (team.room.topic !== undefined) display.team.room.topic = team.room.topic;
  }
  if (context.prompt) display.prompt = copyPrompt(context.prompt);
  const card = view.scenario.debrief;
  if (card && view.ended)
    display.debrief = {
      summary: card.summary,
      inspiredBy: card.inspiredBy.map((item) => ({
        incident: item.incident,
        year: item.year,
        url: item.url,
        lesson: item.lesson,
      })),
      notes: [...card.notes],
    };
  return display;
}

function namesById(view: PlayerView): Map<string, string> {
  const named: { id: string; name: string }[] = [
    ...view.people,
    ...view.channels,
    ...view.instances,
    ...view.credentials,
    ...view.logSources,
    ...view.services,
    ...view.services.flatMap((service) => service.codePaths),
    ...view.providers,
    ...view.autoscalingGroups,
    ...view.dataStores,
  ];
  return new Map(named.map((item) => [item.id, item.name]));
}

function pendingLabel(
  action: PlayerView["pending"][number]["action"],
  nameOf: (id: string) => string,
): string {
  const label = ACTION_CATALOG.get(action.type)?.label ?? action.type;
  const target = actionTarget(action);
  const hidesTarget = action.type === "send-message" || action.type === "reply" || action.type === "block-ip";
  return target === undefined || hidesTarget ? label : `${label}: ${nameOf(target)}`;
}

function copyPrompt(prompt: DisplayPrompt): DisplayPrompt {
  return prompt.kind === "hotwash"
    ? { kind: "hotwash", questions: [...prompt.questions] }
    : {
        kind: "discussion",
        module: prompt.module,
        moduleTitle: prompt.moduleTitle,
        questions: [...prompt.questions],
      };
}
