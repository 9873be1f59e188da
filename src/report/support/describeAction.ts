import { ACTION_CATALOG, actionTarget, type PlayerAction } from "../../engine/actions";
import type { ScenarioDefinition } from "../../engine/scenario";

/** A one-line label for a player action ("Isolate instance: web-1") and its free text, kept verbatim. */
export function describeAction(
  action: PlayerAction,
  scenario: ScenarioDefinition,
): { label: string; detail?: string } {
  const catalogLabel = ACTION_CATALOG.get(action.type)?.label ?? action.type;
  const target = actionTarget(action);
  const verbatim = action.type === "set-codename" || action.type === "create-room";
  const label =
    target === undefined ? catalogLabel : `${catalogLabel}: ${verbatim ? target : nameOf(target, scenario)}`;
  const detail = detailOf(action);
  return detail === undefined ? { label } : { label, detail };
}

function detailOf(action: PlayerAction): string | undefined {
  switch (action.type) {
    case "start-voice-call":
      return action.title;
    case "create-room":
      return action.topic === undefined ? undefined : `Topic: ${action.topic}`;
    case "invite":
      return `Invited to the ${action.to}: ${action.people.join(", ")}`;
    case "assign":
      return `${action.role}: ${action.task}`;
    case "send-message":
      return [
        action.to && action.to.length > 0 ? `To: ${action.to.join(", ")}` : undefined,
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

/** The display name of a world id (instance, credential, person, channel…), or the id itself. */
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
    if (found) return found.name === id ? id : `${found.name} (${id})`;
  }
  return id;
}
