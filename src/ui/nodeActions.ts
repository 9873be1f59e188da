import { ACTION_CATALOG, type ActionType, type PlayerAction } from "../engine/actions";
import type { PlayerView } from "../engine/playerView";
import { formatDuration } from "../engine/time";
import type { OpsNode } from "../presentation/opsNodes";

/** One verb offered for a selected node, ready to submit. */
export interface NodeAction {
  type: ActionType;
  label: string;
  description: string;
  duration: string;
  action: PlayerAction;
}

/** The ACTION_CATALOG verbs that apply to this node, each with its target filled in. */
export function nodeActions(node: OpsNode, view: PlayerView): NodeAction[] {
  const offer = (action: PlayerAction, suffix?: string): NodeAction => {
    const entry = ACTION_CATALOG.get(action.type);
    return {
      type: action.type,
      label: suffix ? `${entry?.label ?? action.type}: ${suffix}` : (entry?.label ?? action.type),
      description: entry?.description ?? "",
      duration: formatDuration(entry?.duration ?? 0),
      action,
    };
  };
  switch (node.kind) {
    case "instance": {
      const instance = node.id;
      return [
        offer({ type: "isolate-instance", instance }),
        offer({ type: "image-disk", instance, readOnly: true, offsite: true }),
        offer({ type: "kill-session", instance }),
        offer({ type: "lock-users", instance }),
        offer({ type: "restore-firewall-defaults", instance }),
        offer({ type: "forensic-analysis", instance }),
        offer({ type: "shutdown-instance", instance }),
        offer({ type: "terminate-instance", instance }),
      ];
    }
    case "autoscaling-group":
      return [
        offer({ type: "suspend-autoscaling", group: node.id }),
        offer({ type: "cycle-autoscaling-group", group: node.id }),
      ];
    case "service": {
      const service = view.services.find((candidate) => candidate.id === node.id);
      return [
        ...(service?.codePaths ?? []).map((path) =>
          offer({ type: "disable-code-path", codePath: path.id }, path.name),
        ),
        offer({ type: "shutdown-service", service: node.id }),
      ];
    }
    case "credential":
      return [
        offer({ type: "rotate-credential", credential: node.id }),
        offer({ type: "revoke-credential", credential: node.id }),
      ];
    case "provider":
      return [offer({ type: "purge-provider-accounts", provider: node.id })];
    case "log-source":
      return [
        offer({ type: "preserve-logs", logSource: node.id }),
        offer({ type: "investigate", logSource: node.id }),
      ];
    case "address":
      return [offer({ type: "block-ip", ip: node.id }, node.id)];
    case "data-store":
      return [];
  }
}
