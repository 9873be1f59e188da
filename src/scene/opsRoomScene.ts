import * as Phaser from "phaser";
import type { PlayerView } from "../engine/playerView";
import { MAP_MARKS, NODE_TONES, toneNumber } from "../presentation/nodeTones";
import { layoutOpsRoom, type MapNode, type OpsRoomLayout, STRIP, TITLE_FONT } from "./opsRoomLayout";

const COLOURS = {
  background: 0x0f1720,
  zone: 0x17212c,
  zoneStroke: 0x3a4a5c,
  nodeStroke: 0x3a4a5c,
  title: "#9fb3c8",
  team: "#c8d3de",
  clock: "#ffffff",
};

const LABELS = "ops-room-labels";
const CLOCK = "ops-room-clock";
// why: wide enough for the longest clock label, a date and a time in bold 16px ("Wed 30 Sep 23:59"), with room to spare.
const CLOCK_SIZE = { width: 176, height: 22 };

const nextFrame = (run: () => void): void => {
  if (typeof requestAnimationFrame === "function") requestAnimationFrame(run);
  else run();
};

/** The ops-room map: draws the latest PlayerView snapshot and reports node clicks; holds no rules. */
export class OpsRoomScene extends Phaser.Scene {
  private view: PlayerView | undefined;
  private layout: OpsRoomLayout | undefined;
  private selected: string | undefined;
  private reducedMotion = false;
  private shapes: Phaser.GameObjects.Graphics | undefined;
  private alarm: Phaser.GameObjects.Graphics | undefined;
  private selection: Phaser.GameObjects.Graphics | undefined;
  private labels: Phaser.Textures.CanvasTexture | undefined;
  private clock: Phaser.Textures.CanvasTexture | undefined;
  private images = new Map<string, Phaser.GameObjects.Image>();
  private alarmed = new Set<string>();
  private drawn = "";
  private labelsDrawn = "";
  private clockDrawn = "";
  private firstFrame = true;
  private idleFrames = 0;
  private retired = false;
  private wakeQueued = false;
  private redrawQueued = false;
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
    this.shapes = this.add.graphics();
    this.alarm = this.add.graphics();
    this.selection = this.add.graphics();
    this.scale.on("resize", () => this.redraw(true));
    this.input.on("pointerdown", (pointer: Phaser.Input.Pointer) => {
      const node = this.nodeAt(pointer.x, pointer.y);
      if (node) this.onSelect(node.key);
    });
    this.input.on("pointermove", (pointer: Phaser.Input.Pointer) => {
      this.input.setDefaultCursor(this.nodeAt(pointer.x, pointer.y) ? "pointer" : "default");
    });
    this.redraw();
    // why: the first frame that shows a snapshot has zones, boxes and colours; text is rasterised after it, so it
    // never waits on fonts. The map may boot before the drill is ready, and then waits for its first snapshot.
    this.game.events.on("postrender", () => {
      if (this.firstFrame && this.layout) {
        this.firstFrame = false;
        this.onReady();
        nextFrame(() => this.paintLabels());
      }
      this.sleepWhenIdle();
    });
  }

  /** Replaces the snapshot and redraws. */
  showView(view: PlayerView): void {
    this.view = view;
    if (!this.sys?.isActive() || this.redrawQueued) return;
    if (!this.layout) {
      this.redraw();
      return;
    }
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
    if (this.sys?.isActive()) {
      this.drawSelection();
      this.wake();
    }
  }

  /** Stops drawing for good; the game is being destroyed. */
  retire(): void {
    this.retired = true;
  }

  setReducedMotion(reduced: boolean): void {
    this.reducedMotion = reduced;
    if (reduced) this.tweens?.killAll();
    this.alarm?.setAlpha(1);
  }

  /** The node under a canvas point, if any. */
  private nodeAt(x: number, y: number): MapNode | undefined {
    return this.layout?.nodes.find(
      (node) => x >= node.x && x <= node.x + node.width && y >= node.y && y <= node.y + node.height,
    );
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

  /** Redraws shapes when anything but the clock changed, and repaints the labels unless the first frame is pending. */
  private redraw(force = false): void {
    if (this.retired || !this.shapes) return;
    this.wake();
    const { width, height } = this.scale.gameSize;
    this.layout = this.view ? layoutOpsRoom(this.view, width, height) : undefined;
    const signature = JSON.stringify([this.layout && { ...this.layout, clock: "" }, width, height]);
    if (force || signature !== this.drawn) {
      this.drawn = signature;
      this.drawShapes();
      this.drawSelection();
    }
    if (!this.firstFrame) this.paintLabels();
  }

  private drawShapes(): void {
    const shapes = this.shapes as Phaser.GameObjects.Graphics;
    const alarm = this.alarm as Phaser.GameObjects.Graphics;
    shapes.clear();
    alarm.clear();
    this.tweens.killAll();
    alarm.setAlpha(1);
    const layout = this.layout;
    if (!layout) return;
    for (const zone of layout.zones) {
      shapes.fillStyle(COLOURS.zone).fillRect(zone.x, zone.y, zone.width, zone.height);
      shapes
        .lineStyle(1, COLOURS.zoneStroke)
        .strokeRect(zone.x + 0.5, zone.y + 0.5, zone.width - 1, zone.height - 1);
    }
    const path = toneNumber(MAP_MARKS.path.colour);
    for (const edge of layout.edges) {
      shapes.lineStyle(2, path).lineBetween(edge.x1, edge.y1, edge.x2, edge.y2);
      const angle = Math.atan2(edge.y2 - edge.y1, edge.x2 - edge.x1);
      const back = (offset: number) => ({
        x: edge.x2 - 9 * Math.cos(angle + offset),
        y: edge.y2 - 9 * Math.sin(angle + offset),
      });
      const left = back(0.45);
      const right = back(-0.45);
      shapes.fillStyle(path).fillTriangle(edge.x2, edge.y2, left.x, left.y, right.x, right.y);
    }
    const alarmed: string[] = [];
    for (const node of layout.nodes) {
      shapes.fillStyle(toneNumber(node.fill)).fillRect(node.x, node.y, node.width, node.height);
      shapes
        .lineStyle(1, COLOURS.nodeStroke)
        .strokeRect(node.x + 0.5, node.y + 0.5, node.width - 1, node.height - 1);
      if (node.compromised && node.fill !== NODE_TONES.compromised.fill) {
        shapes.fillStyle(toneNumber(NODE_TONES.compromised.fill)).fillRect(node.x, node.y, 5, node.height);
      }
      if (node.pending) {
        shapes.lineStyle(2, toneNumber(NODE_TONES.pending.fill));
        shapes.strokeRect(node.x + 1, node.y + 1, node.width - 2, node.height - 2);
      }
      if (node.imaged) {
        const inset = node.pending ? 3 : 1;
        shapes.lineStyle(2, toneNumber(NODE_TONES.evidence.fill));
        shapes.strokeRect(node.x + inset, node.y + inset, node.width - 2 * inset, node.height - 2 * inset);
      }
      if (node.fill === NODE_TONES.compromised.fill) {
        alarmed.push(node.key);
        alarm.lineStyle(2, toneNumber(MAP_MARKS.path.colour));
        alarm.strokeRect(node.x - 2, node.y - 2, node.width + 4, node.height + 4);
      }
    }
    // why: a pulse draws attention to what was just found; every pulsing frame is a full redraw for a software
    // renderer, so it runs once, for a second, when a node is newly found compromised, and then the map sleeps again.
    const fresh = alarmed.some((key) => !this.alarmed.has(key));
    this.alarmed = new Set(alarmed);
    if (fresh && !this.reducedMotion)
      this.tweens.add({ targets: alarm, alpha: 0.2, duration: 500, yoyo: true, repeat: 0 });
  }

  private drawSelection(): void {
    const selection = this.selection;
    if (!selection) return;
    selection.clear();
    const node = this.layout?.nodes.find((candidate) => candidate.key === this.selected);
    if (!node) return;
    selection.lineStyle(3, toneNumber(MAP_MARKS.selected.colour));
    selection.strokeRect(node.x - 3, node.y - 3, node.width + 6, node.height + 6);
  }

  // why: one canvas texture holds every label, so a rebuild rasterises text once and uploads one texture instead of
  // one per label; the clock, which changes every tick, has its own small texture.
  private paintLabels(): void {
    const layout = this.layout;
    if (this.retired || !this.textures || !layout) return;
    const { width, height } = this.scale.gameSize;
    const signature = JSON.stringify([{ ...layout, clock: "" }, width, height]);
    if (signature !== this.labelsDrawn) {
      this.labelsDrawn = signature;
      this.labels = this.canvasTexture(LABELS, width, height, this.labels);
      const context = this.labels.getContext();
      context.clearRect(0, 0, width, height);
      context.textBaseline = "top";
      context.fillStyle = COLOURS.team;
      context.font = `13px ${TITLE_FONT.family}`;
      context.fillText(layout.team, 8, 6, Math.max(40, width - CLOCK_SIZE.width - 24));
      context.font = `bold ${TITLE_FONT.size}px ${TITLE_FONT.family}`;
      context.fillStyle = COLOURS.title;
      for (const zone of layout.zones)
        zone.title.forEach((line, index) => {
          context.fillText(line, zone.x + 6, zone.y + 6 + index * TITLE_FONT.line, zone.width - 12);
        });
      for (const node of layout.nodes) {
        context.font = `${node.font.size}px ${node.font.family}`;
        context.fillStyle = node.ink;
        const left = node.x + (node.compromised ? 8 : 5);
        node.lines.forEach((line, index) => {
          context.fillText(line, left, node.y + 4 + index * node.font.line, node.width - (left - node.x) - 3);
        });
      }
      this.labels.refresh();
    }
    const clock = layout.clock;
    if (clock !== this.clockDrawn) {
      this.clockDrawn = clock;
      this.clock = this.canvasTexture(CLOCK, CLOCK_SIZE.width, CLOCK_SIZE.height, this.clock);
      const context = this.clock.getContext();
      context.clearRect(0, 0, CLOCK_SIZE.width, CLOCK_SIZE.height);
      context.textBaseline = "top";
      context.textAlign = "right";
      context.fillStyle = COLOURS.clock;
      context.font = `bold 16px ${TITLE_FONT.family}`;
      context.fillText(clock, CLOCK_SIZE.width - 2, 3);
      this.clock.refresh();
    }
    this.images.get(CLOCK)?.setPosition(width - CLOCK_SIZE.width - 8, (STRIP - CLOCK_SIZE.height) / 2);
    this.wake();
  }

  /** A canvas texture of this size shown by an image at (x, y); replaced when the size changes. */
  private canvasTexture(
    key: string,
    width: number,
    height: number,
    existing: Phaser.Textures.CanvasTexture | undefined,
  ): Phaser.Textures.CanvasTexture {
    if (existing && existing.width === width && existing.height === height) return existing;
    this.images.get(key)?.destroy();
    if (existing) this.textures.remove(key);
    const texture = this.textures.createCanvas(key, width, height) as Phaser.Textures.CanvasTexture;
    this.images.set(key, this.add.image(0, 0, key).setOrigin(0));
    return texture;
  }
}
