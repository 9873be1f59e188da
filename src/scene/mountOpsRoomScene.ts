import * as Phaser from "phaser";
import type { PlayerView } from "../engine/playerView";
import { OpsRoomScene } from "./opsRoomScene";

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
      destroy: () => game?.destroy(true),
    };
    scene.configure({
      onSelect: options.onSelect,
      reducedMotion: options.reducedMotion,
      onReady: () => {
        host.dataset.sceneReady = "true";
        resolve(handle);
      },
    });
    game = new Phaser.Game({
      type: Phaser.AUTO,
      parent: host,
      backgroundColor: "#0f1720",
      banner: false,
      scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
      render: { preserveDrawingBuffer: true },
      audio: { noAudio: true },
      scene,
    });
  });
}
