import * as Phaser from "phaser";
import type { PlayerView } from "../engine/playerView";
import { fitText, layoutOpsRoom, type MapNode, type OpsRoomLayout, shortLabel } from "./opsRoomLayout";

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

const nextFrame = (run: () => void): void => {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(run);
  else run();
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
  private wakeQueued = false;
  private redrawQueued = false;
  private texts = new Map<string, Phaser.GameObjects.Text[]>();
  private spareTexts = new Map<string, Phaser.GameObjects.Text[]>();
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
    if (!this.sys?.isActive() || this.redrawQueued) return;
    // why: a view arrives in the clock tick's task, which also updates every DOM panel; drawing the map two frames
    // later keeps that work and the map's rebuild and render in different frames.
    this.redrawQueued = true;
    nextFrame(() =>
      nextFrame(() => {
        this.redrawQueued = false;
        this.redraw();
      }),
    );
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

  // why: TimeStep.wake steps the game synchronously, so waking inside a clock tick rendered a stale frame in the
  // tick's task and a second one in the next frame; waking on the next animation frame renders once, with the update.
  private wake(): void {
    this.idleFrames = 0;
    if (this.wakeQueued) return;
    this.wakeQueued = true;
    nextFrame(() => {
      this.wakeQueued = false;
      if (!this.retired) this.game?.loop?.wake(true);
    });
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
    const previous = this.layer;
    this.spareTexts = this.texts;
    this.texts = new Map();
    try {
      this.build(layout, width, height);
    } finally {
      previous?.destroy(true);
      this.spareTexts = new Map();
    }
  }

  // why: shapes first, labels after: no label overlaps another node's box, so the picture is the same, and the
  // renderer switches between its shape and texture batches twice per frame instead of twice per node.
  private build(layout: OpsRoomLayout | undefined, width: number, height: number): void {
    const layer = this.add.container(0, 0);
    this.layer = layer;
    if (!layout) {
      layer.add(this.label(16, 16, "Waiting for the drill…", { color: "#ffffff", fontSize: "16px" }));
      return;
    }
    const shapes: Phaser.GameObjects.GameObject[] = [];
    // why: the clock's text changes every tick, so it is never shared with a later rebuild.
    this.clockText = this.add.text(16, 14, layout.clock, {
      color: "#ffffff",
      fontSize: "24px",
      fontFamily: "monospace",
    });
    const labels: Phaser.GameObjects.GameObject[] = [
      this.clockText,
      this.label(140, 20, layout.team, {
        color: "#c8d3de",
        fontSize: "14px",
        wordWrap: { width: Math.max(100, width - 160) },
      }),
    ];
    for (const zone of layout.zones) {
      shapes.push(
        this.add
          .rectangle(zone.x, zone.y, zone.width, zone.height, COLOURS.zone)
          .setOrigin(0)
          .setStrokeStyle(1, COLOURS.zoneStroke),
      );
      labels.push(
        this.label(zone.x + 10, zone.y + 8, zone.name, {
          color: "#9fb3c8",
          fontSize: "14px",
          fontStyle: "bold",
        }),
      );
    }
    for (const node of layout.nodes) this.drawNode(node, shapes, labels);
    const footerY = height - 58;
    labels.push(
      this.label(16, footerY, "Detected activity", {
        color: "#ff8a80",
        fontSize: "13px",
        fontStyle: "bold",
      }),
    );
    layout.detected.forEach((line, index) => {
      labels.push(this.label(16, footerY + 16 + index * 14, line, { color: "#ffcdd2", fontSize: "12px" }));
    });
    layer.add(shapes);
    layer.add(labels);
  }

  // why: a Text rasterises its own canvas and uploads it as a texture; a rebuild after a state change reuses the
  // previous draw's texts with the same content and style, so only the labels that changed are drawn again.
  private label(x: number, y: number, content: string, style: Phaser.Types.GameObjects.Text.TextStyle) {
    const key = `${content}\u0000${JSON.stringify(style)}`;
    const reused = this.spareTexts.get(key)?.pop();
    reused?.parentContainer?.remove(reused);
    const text = reused ? reused.setPosition(x, y) : this.add.text(x, y, content, style);
    const drawn = this.texts.get(key);
    if (drawn) drawn.push(text);
    else this.texts.set(key, [text]);
    return text;
  }

  private drawNode(
    node: MapNode,
    shapes: Phaser.GameObjects.GameObject[],
    labels: Phaser.GameObjects.GameObject[],
  ): void {
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
    const text = this.label(
      node.x + 5,
      node.y + (twoLines ? 3 : Math.max(1, (node.height - 14) / 2)),
      label,
      {
        color: "#ffffff",
        fontSize: "11px",
      },
    );
    shapes.push(box);
    labels.push(text);
    if (!this.reducedMotion && node.states[0] === "compromised-known") {
      this.tweens.add({ targets: box, alpha: 0.55, duration: 700, yoyo: true, repeat: -1 });
    }
  }
}
