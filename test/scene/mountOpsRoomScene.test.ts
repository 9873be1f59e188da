import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PlayerView } from "../../src/engine/playerView";
import { fixtureView } from "../ui/support/fakeDrill";

interface FakeObject {
  kind: string;
  text?: string;
  handlers: Record<string, () => void>;
  [method: string]: unknown;
}

const world = vi.hoisted(() => ({
  objects: [] as FakeObject[],
  tweens: [] as unknown[],
  games: [] as { config: Record<string, unknown>; destroyed: boolean }[],
}));

vi.mock("phaser", () => {
  const gameObject = (kind: string, text?: string): FakeObject => {
    const object: FakeObject = { kind, text, handlers: {} };
    const chain = () => object;
    for (const method of ["setOrigin", "setStrokeStyle", "setInteractive", "setPosition"])
      object[method] = chain;
    object.setText = (text: string) => {
      object.text = text;
      return object;
    };
    object.on = (event: string, handler: () => void) => {
      object.handlers[event] = handler;
      return object;
    };
    const children: FakeObject[] = [];
    object.add = (child: FakeObject | FakeObject[]) => {
      const added = Array.isArray(child) ? child : [child];
      children.push(...added);
      for (const item of added) item.parentContainer = object;
      return object;
    };
    object.remove = (child: FakeObject) => {
      children.splice(children.indexOf(child), 1);
      child.parentContainer = undefined;
      return object;
    };
    object.destroy = () => {
      world.objects = world.objects.filter(
        (candidate) => candidate !== object && !children.includes(candidate),
      );
    };
    world.objects.push(object);
    return object;
  };
  class Scene {
    add = {
      container: () => gameObject("container"),
      rectangle: () => gameObject("rectangle"),
      text: (_x: number, _y: number, text: string) => gameObject("text", text),
    };
    tweens = {
      add: (tween: unknown) => world.tweens.push(tween),
      killAll: () => world.tweens.splice(0),
      getTweens: () => world.tweens,
    };
    scale = { gameSize: { width: 900, height: 520 }, on: () => {} };
    cameras = { main: { setBackgroundColor: () => {} } };
    sys = { isActive: () => true };
    game: unknown;
  }
  class Game {
    config: Record<string, unknown>;
    destroyed = false;
    private listeners: Record<string, () => void> = {};
    events = {
      once: (event: string, handler: () => void) => (this.listeners[event] = handler),
      on: () => {},
    };
    loop = { sleep: () => {}, wake: () => {} };
    scale = { updateBounds: () => {} };
    constructor(config: Record<string, unknown>) {
      this.config = config;
      world.games.push(this);
      const scene = config.scene as Scene & { create(): void };
      scene.game = this;
      scene.create();
      queueMicrotask(() => this.listeners.postrender?.());
    }
    destroy() {
      this.destroyed = true;
    }
  }
  return { Scene, Game, AUTO: 0, Scale: { RESIZE: 5 } };
});

const { mountOpsRoomScene } = await import("../../src/scene/mountOpsRoomScene");

function fakeHost() {
  return {
    dataset: {} as Record<string, string>,
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
  } as unknown as HTMLElement;
}

const texts = () =>
  world.objects.filter((object) => object.kind === "text").map((object) => object.text ?? "");

describe("the ops-room scene glue (Phaser mocked)", () => {
  beforeEach(() => {
    world.objects = [];
    world.tweens.splice(0);
    world.games.splice(0);
  });

  it("boots Phaser into the host with a resizing canvas and resolves after the first frame", async () => {
    const host = fakeHost();
    const handle = await mountOpsRoomScene(host, {
      initialView: fixtureView(),
      reducedMotion: false,
      onSelect: () => {},
    });
    expect(world.games[0]?.config).toMatchObject({ parent: host, scale: { mode: 5 } });
    expect(host.dataset.sceneReady).toBe("true");
    expect(texts()).toContain("T+0:00");
    handle.destroy();
    expect(world.games[0]?.destroyed).toBe(true);
  });

  it("a click on a node emits its key as a selection intent", async () => {
    const onSelect = vi.fn();
    await mountOpsRoomScene(fakeHost(), { initialView: fixtureView(), reducedMotion: false, onSelect });
    const clickable = world.objects.filter((object) => object.handlers.pointerdown);
    expect(clickable).toHaveLength(4);
    for (const object of clickable) object.handlers.pointerdown?.();
    expect(onSelect.mock.calls.map(([key]) => key).sort()).toEqual(
      ["credential:ci-key", "instance:api-1", "provider:buildbarn", "service:payments"].sort(),
    );
  });

  it("redraws each snapshot it receives: the clock and node states follow the view", async () => {
    const handle = await mountOpsRoomScene(fakeHost(), {
      initialView: fixtureView(),
      reducedMotion: false,
      onSelect: () => {},
    });
    const later: PlayerView = { ...fixtureView(), now: 125 };
    later.credentials = [{ ...later.credentials[0]!, state: "revoked" }];
    handle.update(later);
    expect(texts()).toContain("T+2:05");
    expect(texts()).not.toContain("T+0:00");
  });

  it("a tick that only moves the clock updates the clock text without rebuilding the map", async () => {
    const handle = await mountOpsRoomScene(fakeHost(), {
      initialView: fixtureView(),
      reducedMotion: false,
      onSelect: () => {},
    });
    const before = [...world.objects];
    handle.update({ ...fixtureView(), now: 15 });
    expect(world.objects).toEqual(before);
    expect(texts()).toContain("T+0:15");
  });

  it("a state change rebuilds the map but draws again only the labels that changed", async () => {
    const handle = await mountOpsRoomScene(fakeHost(), {
      initialView: fixtureView(),
      reducedMotion: false,
      onSelect: () => {},
    });
    const textObjects = () => world.objects.filter((object) => object.kind === "text");
    const before = textObjects();
    const later: PlayerView = fixtureView();
    later.credentials = [{ ...later.credentials[0]!, state: "revoked" }];
    handle.update(later);
    const after = textObjects();
    expect(after).toHaveLength(before.length);
    expect(after.filter((object) => !before.includes(object)).map((object) => object.text)).toEqual([
      "T+0:00",
      expect.stringContaining("revoked"),
    ]);
  });

  it("pulses known-compromised nodes unless motion is reduced", async () => {
    const handle = await mountOpsRoomScene(fakeHost(), {
      initialView: fixtureView(),
      reducedMotion: false,
      onSelect: () => {},
    });
    expect(world.tweens).toHaveLength(1);
    handle.setReducedMotion(true);
    expect(world.tweens).toHaveLength(0);
  });
});
