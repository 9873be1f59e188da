import { ACTION_CATALOG, actionTarget } from "../engine/actions";
import type { PlayerView } from "../engine/playerView";
import { formatClockTime, formatWhen } from "../engine/wallClock";
import type { TeamDisplayView } from "../facilitator/display/teamDisplayView";

function section(title: string, lines: string[], empty = "none"): string[] {
  return ["", `${title}:`, ...(lines.length > 0 ? lines.map((line) => `  ${line}`) : [`  ${empty}`])];
}

/** A player view as a person reads it: clock, module, inbox, case file, inventory, team and activity. */
export function playerViewText(view: PlayerView): string[] {
  const { start } = view.scenario;
  const when = (at: number) => formatClockTime(start, at);
  const module = view.scenario.modules.find((candidate) => candidate.id === view.currentModule);
  return [
    `${view.scenario.title} · player view · ${formatWhen(start, view.now)} · ${view.ended ? "ended" : view.phase}`,
    ...section(
      "Modules so far",
      view.scenario.modules.map((item) => `${item.title} (${when(item.startsAt)})`),
    ),
    ...(module
      ? section(`Module now: ${module.title}`, [module.summary, ...module.questions.map((q) => `? ${q}`)])
      : []),
    ...section(
      "Inbox",
      view.inbox.map(
        (item) =>
          `${when(item.at)} ${item.fromName} via ${item.channelName}${item.subject ? ` — ${item.subject}` : ""}: ${item.body}`,
      ),
    ),
    ...section(
      "Case file",
      view.caseFile.map((fact) => `${when(fact.at)} (found ${when(fact.discoveredAt)}): ${fact.text}`),
    ),
    ...section(
      "Instances",
      view.instances.map(
        (instance) =>
          `${instance.name} [${instance.id}] ${instance.state}${instance.knownAffected ? ", known affected" : ""}${instance.isolated ? ", isolated" : ""}${instance.attackerMade ? ", made by the attacker" : ""}`,
      ),
    ),
    ...section(
      "Credentials",
      view.credentials.map(
        (credential) =>
          `${credential.name} [${credential.id}] ${credential.state}${credential.knownCompromised ? ", known compromised" : ""}${credential.inventoryNote ? ` (inventory: ${credential.inventoryNote})` : ""}`,
      ),
    ),
    ...section(
      "Log sources",
      view.logSources.map(
        (source) =>
          `${source.name} [${source.id}]${source.preserved ? ", preserved" : ""}${source.knownDestroyed ? ", destroyed" : ""}`,
      ),
    ),
    ...section("Team", [
      `IC ${view.team.icPaged ? "paged" : "not paged"}${view.team.codename ? ` · codename ${view.team.codename}` : ""}`,
      ...(view.team.call ? [`call: ${view.team.call.members.join(", ") || "nobody yet"}`] : []),
      ...(view.team.room
        ? [`room ${view.team.room.name}: ${view.team.room.members.join(", ") || "nobody yet"}`]
        : []),
    ]),
    ...section(
      "Under way",
      view.pending.map((pending) => {
        const target = actionTarget(pending.action);
        const label = ACTION_CATALOG.get(pending.action.type)?.label ?? pending.action.type;
        return `${label}${target ? ` (${target})` : ""}, done ${when(pending.completesAt)}`;
      }),
    ),
    ...section(
      "Activity",
      view.activity.map((item) => `${when(item.at)} ${item.kind}: ${item.text}`),
    ),
    ...section(
      "Statements",
      view.statements.map((statement) => `${when(statement.at)} ${statement.title}: ${statement.body}`),
    ),
  ];
}

/** The team display's view as the projector shows it. */
export function displayViewText(view: TeamDisplayView): string[] {
  return [
    `${view.scenarioTitle} · team display · ${view.clock} · ${view.ended ? "ended" : view.phase}`,
    ...(view.briefing
      ? section(view.briefing.title, [view.briefing.situation, ...view.briefing.objectives])
      : []),
    ...(view.module ? section(`Module: ${view.module.title}`, [view.module.summary]) : []),
    ...(view.prompt
      ? section(
          "Questions on the display",
          view.prompt.questions.map((q) => `? ${q}`),
        )
      : []),
    ...section(
      "Messages",
      view.inbox.map(
        (item) =>
          `${item.at} ${item.from} via ${item.channel}${item.subject ? ` — ${item.subject}` : ""}: ${item.body}${item.answered ? ` [answered: ${item.answered}]` : ""}`,
      ),
    ),
    ...section(
      "Case file",
      view.caseFile.map((fact) => `${fact.at}: ${fact.text}`),
    ),
    ...section(
      "Systems",
      view.systems.map(
        (system) =>
          `${system.name} (${system.zone}) ${system.state}${system.notes.length ? `, ${system.notes.join(", ")}` : ""}`,
      ),
    ),
    ...section(
      "Credentials",
      view.credentials.map(
        (credential) =>
          `${credential.name} ${credential.state}${credential.knownCompromised ? ", known compromised" : ""}`,
      ),
    ),
    ...section(
      "Under way",
      view.pending.map((pending) => `${pending.label}, done ${pending.completesAt}`),
    ),
    ...section(
      "Activity",
      view.activity.map((item) => `${item.at} ${item.kind}: ${item.text}`),
    ),
    ...section(
      "Statements",
      view.statements.map((statement) => `${statement.at} ${statement.title}`),
    ),
  ];
}
