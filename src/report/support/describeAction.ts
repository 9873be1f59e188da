import { ACTION_CATALOG, actionTarget, type PlayerAction } from "../../engine/actions";
import type { ScenarioDefinition } from "../../engine/scenario";

/** A one-line label for a player action ("Isolate instance: web-1") and its free text, kept verbatim. */
export function describeAction(
  action: PlayerAction,
  scenario: ScenarioDefinition,
): { label: string; detail?: string } {
  if (action.type === "reply") {
    const inject = scenario.injects.find((candidate) => candidate.id === action.inject);
    const option = inject?.replies.find((candidate) => candidate.id === action.option);
    const to = inject
      ? `${scenario.world.people.find((person) => person.id === inject.from)?.name ?? "a message"}`
      : "a message";
    return option ? { label: `Reply to ${to}: ${option.label}` } : { label: `Reply to ${to}` };
  }
  const catalogLabel = ACTION_CATALOG.get(action.type)?.label ?? action.type;
  const target = actionTarget(action);
  const verbatim = action.type === "set-codename" || action.type === "create-room";
  const label =
    target === undefined ? catalogLabel : `${catalogLabel}: ${verbatim ? target : nameOf(target, scenario)}`;
  const detail = detailOf(action, scenario);
  return detail === undefined ? { label } : { label, detail };
}

function roleTitleOf(role: string, scenario: ScenarioDefinition): string {
  return scenario.organisation.roles.find((candidate) => candidate.id === role)?.title ?? role;
}

function detailOf(action: PlayerAction, scenario: ScenarioDefinition): string | undefined {
  switch (action.type) {
    case "start-voice-call":
      return action.title;
    case "create-room":
      return action.topic === undefined ? undefined : `Topic: ${action.topic}`;
    case "invite":
      return `Invited to the ${action.to}: ${action.people.map((person) => nameOf(person, scenario)).join(", ")}`;
    case "assign":
      return `${roleTitleOf(action.role, scenario)}: ${action.task}`;
    case "send-message":
      return [
        action.to && action.to.length > 0
          ? `To: ${action.to.map((person) => nameOf(person, scenario)).join(", ")}`
          : undefined,
        action.subject === undefined ? undefined : `Subject: ${action.subject}`,
        action.body,
      ]
        .filter((part) => part !== undefined)
        .join("\n");
    case "contact":
      return action.body;
    case "publish-statement":
      return `${action.title}\n\n${action.body}`;
    case "add-alerting":
      return action.description;
    case "note":
      return action.text;
    default:
      return undefined;
  }
}

/** The display name of a world id (instance, credential, person, channel…), or the id itself (ids go to the appendix). */
export function nameOf(id: string, scenario: ScenarioDefinition): string {
  const world = scenario.world;
  const named: { id: string; name: string }[][] = [
    world.instances,
    world.credentials,
    world.people,
    world.channels,
    world.services,
    world.providers,
    world.logSources,
    world.dataStores,
    world.autoscalingGroups,
    world.services.flatMap((service) => service.codePaths),
  ];
  for (const list of named) {
    const found = list.find((item) => item.id === id);
    if (found) return found.name;
  }
  return id;
}
