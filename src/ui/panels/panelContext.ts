import type { PlayerAction } from "../../engine/actions";
import type { DrillPort, PlayerView } from "../../engine/playerView";
import type { Feedback } from "../feedback";
import type { OpsRoomMemory } from "../opsRoomMemory";

/** What every ops-room panel receives: the drill port, the shared selection, drafts and the announcer. */
export interface PanelContext {
  port: DrillPort;
  selection: SelectionStore;
  memory: OpsRoomMemory;
  announce(message: string): void;
  /**
   * Submits a player action; says where it was taken whether it started or why not, and returns true only when the
   * drill took it (forms clear only then).
   */
  act(action: PlayerAction, confirmation: string, feedback?: Feedback): boolean;
  /** Why this tab may not act (another tab holds the drill), or undefined. */
  readOnly(): string | undefined;
}

/** A panel: its section element and a render function called with every new view. */
export interface Panel {
  section: HTMLElement;
  update(view: PlayerView): void;
}

/** The selected ops-room node (`<kind>:<id>`), shared by the canvas, the node list and the actions panel. */
export interface SelectionStore {
  get(): string | undefined;
  set(key: string | undefined): void;
  subscribe(listener: (key: string | undefined) => void): () => void;
}

/** A selection store with synchronous listeners. */
export function createSelectionStore(): SelectionStore {
  let current: string | undefined;
  const listeners = new Set<(key: string | undefined) => void>();
  return {
    get: () => current,
    set(key) {
      if (key === current) return;
      current = key;
      for (const listener of listeners) listener(key);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** Calls `render` only when the signature of the data it shows changes (keeps focus in unchanged lists). */
export function whenChanged<T>(render: (data: T) => void): (data: T) => void {
  let last: string | undefined;
  return (data) => {
    const signature = JSON.stringify(data);
    if (signature === last) return;
    last = signature;
    render(data);
  };
}
