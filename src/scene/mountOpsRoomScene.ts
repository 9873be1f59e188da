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
  initialView: PlayerView;
}

/** Boots Phaser into `host` with the ops-room scene; resolves once the first frame has rendered. */
export function mountOpsRoomScene(
  host: HTMLElement,
  options: OpsRoomSceneOptions,
): Promise<OpsRoomSceneHandle> {
  const scene = new OpsRoomScene();
  scene.showView(options.initialView);
  return new Promise((resolve) => {
    let game: Phaser.Game | undefined;
    const handle: OpsRoomSceneHandle = {
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
    scene.configure({
      onSelect: options.onSelect,
      reducedMotion: options.reducedMotion,
      onReady: () => {
        host.dataset.sceneReady = "true";
        performance.mark("hotwash:first-ops-room-frame");
        resolve(handle);
      },
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
  });
}
