import * as Phaser from "phaser";
import type { PlayerView } from "../engine/playerView";
import { fitText, layoutOpsRoom, type MapNode, shortLabel } from "./opsRoomLayout";

const COLOURS = {
  background: 0x0f1720,
  zone: 0x17212c,
  zoneStroke: 0x3a4a5c,
  node: 0x22384d,
  compromised: 0xb3261e,
  isolated: 0x8a6d00,
  down: 0x4a4a4a,
  terminated: 0x000000,
  imaged: 0x2e7d32,
  secured: 0x1f6f43,
  selected: 0xffffff,
};

const SECURED = new Set(["rotated", "revoked", "purged", "suspended"]);

const KIND_MARK: Record<MapNode["kind"], string> = {
  instance: "VM",
  "autoscaling-group": "ASG",
  service: "SVC",
  "data-store": "DB",
  credential: "KEY",
  provider: "3P",
};

/** The ops-room map: draws the latest PlayerView snapshot and reports node clicks; holds no rules. */
export class OpsRoomScene extends Phaser.Scene {
  private view: PlayerView | undefined;
  private selected: string | undefined;
  private reducedMotion = false;
  private layer: Phaser.GameObjects.Container | undefined;
  private clockText: Phaser.GameObjects.Text | undefined;
  private drawn = "";
  private idleFrames = 0;
  private retired = false;
  private onSelect: (key: string) => void = () => {};
  private onReady: () => void = () => {};

  constructor() {
    super({ key: "ops-room" });
  }

  /** Wires the scene's outputs before it boots. */
  configure(options: { onSelect(key: string): void; onReady(): void; reducedMotion: boolean }): void {
    this.onSelect = options.onSelect;
    this.onReady = options.onReady;
    this.reducedMotion = options.reducedMotion;
  }

  create(): void {
    this.cameras.main.setBackgroundColor(COLOURS.background);
    this.scale.on("resize", () => this.redraw(true));
    this.redraw();
    this.game.events.once("postrender", () => this.onReady());
    this.game.events.on("postrender", () => this.sleepWhenIdle());
  }

  /** Replaces the snapshot and redraws. */
  showView(view: PlayerView): void {
    this.view = view;
    if (this.sys?.isActive()) this.redraw();
  }

  /** Highlights the selected node. */
  showSelection(key: string | undefined): void {
    this.selected = key;
    if (this.sys?.isActive()) this.redraw();
  }

  /** Stops drawing for good; the game is being destroyed. */
  retire(): void {
    this.retired = true;
  }

  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
    if (this.sys?.isActive()) this.redraw();
  }

  // why: a still map needs no frames; rendering on demand keeps the page's frame budget for the DOM panels.
  private sleepWhenIdle(): void {
    if (this.retired || !this.tweens || this.tweens.getTweens().length > 0) return;
    this.idleFrames += 1;
    if (this.idleFrames >= 2) this.game.loop.sleep();
  }

  private wake(): void {
    this.idleFrames = 0;
    this.game?.loop?.wake(true);
  }

  /** Rebuilds the map when anything but the clock changed; otherwise only the clock text is updated. */
  private redraw(force = false): void {
    if (this.retired || !this.add) return;
    this.wake();
    const { width, height } = this.scale.gameSize;
    const layout = this.view ? layoutOpsRoom(this.view, width, height) : undefined;
    const signature = JSON.stringify([
      layout && { ...layout, clock: "" },
      this.selected,
      this.reducedMotion,
      width,
      height,
    ]);
    if (!force && signature === this.drawn && layout && this.clockText) {
      this.clockText.setText(layout.clock);
      return;
    }
    this.drawn = signature;
    this.tweens.killAll();
    this.layer?.destroy(true);
    const layer = this.add.container(0, 0);
    this.layer = layer;
    if (!layout) {
      layer.add(this.add.text(16, 16, "Waiting for the drill…", { color: "#ffffff", fontSize: "16px" }));
      return;
    }
    this.clockText = this.add.text(16, 14, layout.clock, {
      color: "#ffffff",
      fontSize: "24px",
      fontFamily: "monospace",
    });
    layer.add(this.clockText);
    layer.add(
      this.add.text(140, 20, layout.team, {
        color: "#c8d3de",
        fontSize: "14px",
        wordWrap: { width: Math.max(100, width - 160) },
      }),
    );
    for (const zone of layout.zones) {
      layer.add(
        this.add
          .rectangle(zone.x, zone.y, zone.width, zone.height, COLOURS.zone)
          .setOrigin(0)
          .setStrokeStyle(1, COLOURS.zoneStroke),
      );
      layer.add(
        this.add.text(zone.x + 10, zone.y + 8, zone.name, {
          color: "#9fb3c8",
          fontSize: "14px",
          fontStyle: "bold",
        }),
      );
    }
    for (const node of layout.nodes) this.drawNode(layer, node);
    const footerY = height - 58;
    layer.add(
      this.add.text(16, footerY, "Detected activity", {
        color: "#ff8a80",
        fontSize: "13px",
        fontStyle: "bold",
      }),
    );
    layout.detected.forEach((line, index) => {
      layer.add(this.add.text(16, footerY + 16 + index * 14, line, { color: "#ffcdd2", fontSize: "12px" }));
    });
  }

  private drawNode(layer: Phaser.GameObjects.Container, node: MapNode): void {
    const fill = node.states.includes("terminated")
      ? COLOURS.terminated
      : node.states.includes("shut down")
        ? COLOURS.down
        : node.states.includes("compromised-known")
          ? COLOURS.compromised
          : node.states.includes("isolated")
            ? COLOURS.isolated
            : node.states.some((state) => SECURED.has(state))
              ? COLOURS.secured
              : COLOURS.node;
    const box = this.add.rectangle(node.x, node.y, node.width, node.height, fill).setOrigin(0);
    box.setStrokeStyle(
      node.key === this.selected ? 3 : 1,
      node.key === this.selected ? COLOURS.selected : COLOURS.zoneStroke,
    );
    if (node.states.includes("imaged")) box.setStrokeStyle(3, COLOURS.imaged);
    box.setInteractive({ useHandCursor: true });
    box.on("pointerdown", () => this.onSelect(node.key));
    const twoLines = node.height >= 32;
    const name = fitText(`${KIND_MARK[node.kind]} ${shortLabel(node.label)}`, node.width - 10, 6.6);
    const states = fitText(node.states.join(" · "), node.width - 10, 6);
    const label = twoLines && node.states.length > 0 ? `${name}\n${states}` : name;
    const text = this.add.text(
      node.x + 5,
      node.y + (twoLines ? 3 : Math.max(1, (node.height - 14) / 2)),
      label,
      {
        color: "#ffffff",
        fontSize: "11px",
      },
    );
    layer.add([box, text]);
    if (!this.reducedMotion && node.states[0] === "compromised-known") {
      this.tweens.add({ targets: box, alpha: 0.55, duration: 700, yoyo: true, repeat: -1 });
    }
  }
}
