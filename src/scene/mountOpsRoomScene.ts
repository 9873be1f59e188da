import * as Phaser from "phaser";
import type { PlayerView } from "../engine/playerView";
import { OpsRoomScene } from "./opsRoomScene";

const BOUNDS_EVENTS = ["pointerdown", "mousedown", "touchstart", "pointermove"] as const;

export interface OpsRoomSceneHandle {
  update(view: PlayerView): void;
  select(key: string | undefined): void;
  setReducedMotion(reduced: boolean): void;
  destroy(): void;
}

export interface OpsRoomSceneOptions {
  onSelect(key: string): void;
  reducedMotion: boolean;
  /** The first snapshot, when the drill is ready before the map; else the map waits for `update`. */
  initialView?: PlayerView;
}

/**
 * Boots Phaser into `host` with the ops-room scene and returns its handle at once (the map can start before the
 * drill is ready); `ready` resolves once the first frame showing a snapshot has rendered.
 */
export function mountOpsRoomScene(
  host: HTMLElement,
  options: OpsRoomSceneOptions,
): OpsRoomSceneHandle & { ready: Promise<void> } {
  const scene = new OpsRoomScene();
  if (options.initialView) scene.showView(options.initialView);
  let game: Phaser.Game | undefined;
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  // why: the DOM around the map moves (alerts, loading status); Phaser caches the canvas position for input.
  const refreshBounds = () => game?.scale.updateBounds();
  for (const type of BOUNDS_EVENTS) host.addEventListener(type, refreshBounds, true);
  // why: the scale manager notices a resized parent only while the loop runs, and an idle map sleeps.
  const resizes =
    typeof ResizeObserver === "function"
      ? new ResizeObserver(() => {
          game?.loop.wake();
          if (game?.scale.getParentBounds()) game.scale.refresh();
        })
      : undefined;
  resizes?.observe(host);
  scene.configure({
    onSelect: options.onSelect,
    reducedMotion: options.reducedMotion,
    onReady: () => {
      host.dataset.sceneReady = "true";
      performance.mark("hotwash:first-ops-room-frame");
      markReady();
    },
  });
  game = new Phaser.Game({
    type: Phaser.AUTO,
    parent: host,
    backgroundColor: "#0f1720",
    banner: false,
    scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
    render: { antialiasGL: false },
    audio: { noAudio: true },
    scene,
  });
  return {
    ready,
    update: (view) => scene.showView(view),
    select: (key) => scene.showSelection(key),
    setReducedMotion: (reduced) => scene.setReducedMotion(reduced),
    destroy: () => {
      for (const type of BOUNDS_EVENTS) host.removeEventListener(type, refreshBounds, true);
      resizes?.disconnect();
      scene.retire();
      game?.loop.wake();
      game?.destroy(true);
    },
  };
}
