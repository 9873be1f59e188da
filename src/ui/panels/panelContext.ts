import type { PlayerAction } from "../../engine/actions";
import type { DrillPort, PlayerView } from "../../engine/playerView";

/** What every ops-room panel receives: the drill port, the shared selection and the screen-reader announcer. */
export interface PanelContext {
  port: DrillPort;
  selection: SelectionStore;
  announce(message: string): void;
  /** Submits a player action and tells the player it was sent. */
  act(action: PlayerAction, confirmation: string): void;
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
