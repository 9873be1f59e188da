import { beforeEach, describe, expect, it, vi } from "vitest";
import type { PlayerView } from "../../src/engine/playerView";
import { fixtureView } from "../ui/support/fakeDrill";

interface FakeTexture {
  key: string;
  width: number;
  height: number;
  texts: string[];
  uploads: number;
}

const world = vi.hoisted(() => ({
  textures: new Map<string, FakeTexture>(),
  /** Rectangles filled by each Graphics object, in creation order (the first draws zones and nodes). */
  graphics: [] as { x: number; y: number; width: number; height: number }[][],
  tweens: [] as unknown[],
  input: {} as Record<string, (pointer: { x: number; y: number }) => void>,
  games: [] as { config: Record<string, unknown>; destroyed: boolean; render(): void }[],
  firstFrameTexts: -1,
}));

vi.mock("phaser", () => {
  const chain = <T extends object>(target: T): T =>
    new Proxy(target, {
      get: (object, name) => (name in object ? object[name as keyof T] : () => chain(object)),
    });
  class Scene {
    add = {
      graphics: () => {
        const index = world.graphics.push([]) - 1;
        return chain({
          fillRect: (x: number, y: number, width: number, height: number) => {
            world.graphics[index]?.push({ x, y, width, height });
            return undefined;
          },
          clear: () => {
            world.graphics[index] = [];
          },
        });
      },
      image: () => chain({}),
    };
    textures = {
      createCanvas: (key: string, width: number, height: number) => {
        const texture: FakeTexture = { key, width, height, texts: [], uploads: 0 };
        world.textures.set(key, texture);
        const context = chain({
          clearRect: () => {
            texture.texts = [];
          },
          fillText: (text: string) => {
            texture.texts.push(text);
          },
        });
        return { ...texture, getContext: () => context, refresh: () => (texture.uploads += 1) };
      },
      remove: (key: string) => world.textures.delete(key),
    };
    input = {
      on: (event: string, handler: (pointer: { x: number; y: number }) => void) =>
        (world.input[event] = handler),
      setDefaultCursor: () => {},
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
    private listeners: Record<string, (() => void)[]> = {};
    private listen = (event: string, handler: () => void) => {
      this.listeners[event] = [...(this.listeners[event] ?? []), handler];
    };
    events = { once: this.listen, on: this.listen };
    loop = { sleep: () => {}, wake: () => {} };
    scale = { updateBounds: () => {}, refresh: () => {}, getParentBounds: () => false };
    constructor(config: Record<string, unknown>) {
      this.config = config;
      world.games.push(this);
      const scene = config.scene as Scene & { create(): void };
      scene.game = this;
      scene.create();
      queueMicrotask(() => this.render());
    }
    render() {
      world.firstFrameTexts = [...world.textures.values()].reduce(
        (sum, texture) => sum + texture.texts.length,
        0,
      );
      for (const handler of [...(this.listeners.postrender ?? [])]) handler();
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

const labels = () => world.textures.get("ops-room-labels")?.texts ?? [];
const clock = () => world.textures.get("ops-room-clock");

describe("the ops-room scene glue (Phaser mocked)", () => {
  beforeEach(() => {
    world.textures.clear();
    world.graphics = [];
    world.tweens.splice(0);
    world.games.splice(0);
    world.input = {};
  });

  const mount = async (onSelect: (key: string) => void = () => {}) => {
    const handle = mountOpsRoomScene(fakeHost(), {
      initialView: fixtureView(),
      reducedMotion: false,
      onSelect,
    });
    await handle.ready;
    return handle;
  };

  it("boots Phaser into the host with a resizing canvas; the first frame has boxes but waits for no text", async () => {
    const host = fakeHost();
    const handle = await mountOpsRoomScene(host, {
      initialView: fixtureView(),
      reducedMotion: false,
      onSelect: () => {},
    });
    expect(world.games[0]?.config).toMatchObject({ parent: host, scale: { mode: 5 } });
    expect(host.dataset.sceneReady).toBe("true");
    expect(world.firstFrameTexts).toBe(0);
    expect(world.graphics[0]?.length).toBeGreaterThan(4);
    expect(labels()).toEqual(expect.arrayContaining(["api-1", "ci-aws-deploy", "Production"]));
    expect(clock()?.texts).toEqual(["T+0:00"]);
    handle.destroy();
    expect(world.games[0]?.destroyed).toBe(true);
  });

  it("boots before the drill is ready and counts as drawn only once a snapshot has been drawn", async () => {
    const host = fakeHost();
    const handle = mountOpsRoomScene(host, { reducedMotion: false, onSelect: () => {} });
    let ready = false;
    void handle.ready.then(() => {
      ready = true;
    });
    world.games[0]?.render();
    await Promise.resolve();
    expect(ready).toBe(false);
    expect(host.dataset.sceneReady).toBeUndefined();
    handle.update(fixtureView());
    world.games[0]?.render();
    await handle.ready;
    expect(host.dataset.sceneReady).toBe("true");
    expect(labels()).toContain("api-1");
  });

  it("a click on a node emits its key as a selection intent; a click beside the nodes does nothing", async () => {
    const onSelect = vi.fn();
    await mount(onSelect);
    const box = world.graphics[0]!.at(-1)!;
    world.input.pointerdown?.({ x: box.x + 2, y: box.y + 2 });
    world.input.pointerdown?.({ x: 1, y: 1 });
    expect(onSelect).toHaveBeenCalledOnce();
    expect(onSelect.mock.calls[0]?.[0]).toMatch(/^(instance|service|credential|provider):/);
  });

  it("redraws each snapshot it receives: the clock and node states follow the view", async () => {
    const handle = await mount();
    const later: PlayerView = { ...fixtureView(), now: 125 };
    later.credentials = [{ ...later.credentials[0]!, state: "revoked" }];
    handle.update(later);
    expect(clock()?.texts).toEqual(["T+2:05"]);
    expect(labels()).toContain("revoked");
  });

  it("the clock's texture holds a whole date and time in its bold 16px font, weekday included", async () => {
    const handle = await mount();
    const view = fixtureView();
    handle.update({
      ...view,
      now: 60,
      scenario: { ...view.scenario, start: { date: "2026-09-30", time: "23:00", zone: "UTC" } },
    });
    expect(clock()?.texts).toEqual(["Thu 1 Oct 00:00"]);
    // a bold 16px sans averages about 0.6 em a character; the 96-pixel texture cut "Tue 17 Nov" to "Nov"
    expect(clock()?.width).toBeGreaterThanOrEqual(Math.ceil("Wed 30 Sep 23:59".length * 16 * 0.6));
  });

  it("a tick that only moves the clock repaints the clock and uploads nothing else", async () => {
    const handle = await mount();
    const uploads = world.textures.get("ops-room-labels")?.uploads;
    handle.update({ ...fixtureView(), now: 15 });
    expect(clock()?.texts).toEqual(["T+0:15"]);
    expect(world.textures.get("ops-room-labels")?.uploads).toBe(uploads);
  });

  it("pulses a node newly found compromised once, not for ever, and not at all with reduced motion", async () => {
    const handle = await mount();
    expect(world.tweens).toEqual([expect.objectContaining({ repeat: 0, yoyo: true })]);
    handle.update({ ...fixtureView(), now: 30 });
    expect(world.tweens).toHaveLength(1);
    handle.setReducedMotion(true);
    expect(world.tweens).toHaveLength(0);
    const later = fixtureView();
    later.credentials = [{ ...later.credentials[0]!, knownCompromised: true }];
    handle.update(later);
    expect(world.tweens).toHaveLength(0);
  });
});
