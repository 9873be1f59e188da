import { io, type Socket } from "socket.io-client";
import type { ScenarioDefinition } from "../engine/scenario";
import type { ConsoleDeps } from "../facilitator/console/consoleDeps";
import { mountFacilitatorConsoleFor } from "../facilitator/console/facilitatorConsole";
import { type ConsoleJoinLink, teamSessionPanel } from "../facilitator/console/teamSessionPanel";
import { DISPLAY_CSS } from "../facilitator/display/displayStyles";
import { renderTeamDisplay } from "../facilitator/display/teamDisplay";
import { mountEvaluatorScreen } from "../facilitator/evaluator/evaluatorScreen";
import { mountPlayerScreen } from "../facilitator/player/playerScreen";
import type {
  AudienceProjection,
  EvaluatorProjection,
  PlayerProjection,
} from "../facilitator/remote/audienceViews";
import {
  applyOp,
  createHostedState,
  type HostedSessionMeta,
  type HostedState,
} from "../facilitator/remote/hostedState";
import { remoteRunner } from "../facilitator/remote/remoteRunner";
import { type Ack, type ConnectionState, connectionText } from "../facilitator/remote/sessionConnection";
import type { SessionOp } from "../facilitator/remote/sessionOp";
import { el } from "../ui/dom";
import { type Core, loadCore, reportFiles } from "./facilitatorRoutes";
import { qrCodeSvg } from "./qrCode";

type Welcome = {
  audience: "facilitator" | "evaluator" | "display" | "player";
  session: string;
  scenarioTitle: string;
};
type Sync = { scenario?: ScenarioDefinition; meta?: HostedSessionMeta; from: number; ops: SessionOp[] };

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

function storedName(key: string): string | undefined {
  try {
    return localStorage.getItem(key) ?? undefined;
  } catch {
    return undefined;
  }
}

function storeName(key: string, name: string): void {
  try {
    localStorage.setItem(key, name);
  } catch {
    // why: the name then lasts for this page only.
  }
}

/**
 * Boots a device that opened a join link (`#/join?token=…`): it connects to the session server over Socket.IO
 * with the token, learns its audience, and mounts that audience's screen (facilitator console, team display,
 * evaluator sheet or player screen). The connection comes back by itself after a network drop or a server
 * restart and catches up from what it last saw.
 */
export function bootJoin(root: HTMLElement, token: string | null): void {
  if (!token || !TOKEN.test(token)) {
    root.replaceChildren(
      el("h1", { text: "Hotwash team session" }),
      el("p", { text: "This address holds no join link. Ask the facilitator for yours." }),
    );
    return;
  }
  const status = el("p", { role: "status", text: connectionText("connecting") });
  root.replaceChildren(el("h1", { text: "Hotwash team session" }), status);
  let since = 0;
  const socket: Socket = io({
    path: "/socket.io/",
    auth: (callback) => callback({ token, since }),
    reconnectionDelay: 250,
    reconnectionDelayMax: 2000,
  });
  const send = (message: unknown): Promise<Ack> =>
    new Promise((resolve) => {
      if (!socket.connected) return resolve({ ok: false, error: "not connected; try again in a moment" });
      socket
        .timeout(10_000)
        .emit("intent", message, (error: Error | null, ack: Ack) =>
          resolve(error ? { ok: false, error: "no answer from the server" } : ack),
        );
    });
  let onState: (state: ConnectionState) => void = (state) => {
    status.textContent = connectionText(state);
  };
  let onProjection: (projection: AudienceProjection) => void = () => {};
  let onSync: (sync: Sync) => void = () => {};
  let onLinks: (links: ConsoleJoinLink[]) => void = () => {};
  let lastVersion = -1;
  let mounted = false;

  socket.on("connect", () => onState("online"));
  socket.on("disconnect", () => onState("reconnecting"));
  socket.on("connect_error", (error) => {
    if (error.message === "unauthorized") {
      onState("refused");
      socket.disconnect();
    } else onState("reconnecting");
  });
  socket.on("revoked", () => {
    onState("refused");
    socket.disconnect();
  });
  socket.on("projection", (message: { version: number; projection: AudienceProjection }) => {
    if (message.version < lastVersion) return;
    lastVersion = message.version;
    since = message.version;
    onProjection(message.projection);
  });
  socket.on("facilitator.sync", (message: Sync) => onSync(message));
  socket.on("facilitator.links", (message: { links: ConsoleJoinLink[] }) => onLinks(message.links));
  socket.on("welcome", (welcome: Welcome) => {
    if (mounted) return;
    mounted = true;
    document.title = `Hotwash — ${welcome.scenarioTitle}`;
    const nameKey = `hotwash.session.${welcome.session}.${welcome.audience}.name`;
    if (welcome.audience === "display") {
      document.title = "Hotwash — team display";
      const screen = el("div", { class: "td", role: "region", "aria-label": "Team display" });
      const line = el("p", { role: "status", class: "display-connection", text: connectionText("online") });
      const lineCss =
        ".display-connection { margin: 0; padding: 4px 12px; background: #000; color: #d0d4da; font: 14px/1.4 system-ui, sans-serif; }";
      root.replaceChildren(el("style", { text: DISPLAY_CSS + lineCss }), line, screen);
      renderTeamDisplay(screen, undefined);
      onState = (state) => {
        line.textContent = connectionText(state);
      };
      onProjection = (projection) => {
        if (projection.audience === "display") renderTeamDisplay(screen, projection.view);
      };
      return;
    }
    if (welcome.audience === "player" || welcome.audience === "evaluator") {
      const deps = {
        channel: { send },
        savedName: () => storedName(nameKey),
        saveName: (name: string) => storeName(nameKey, name),
      };
      const page =
        welcome.audience === "player" ? mountPlayerScreen(root, deps) : mountEvaluatorScreen(root, deps);
      page.connection("online");
      onState = (state) => page.connection(state);
      onProjection = (projection) => {
        if (projection.audience === "player" && welcome.audience === "player")
          (page as ReturnType<typeof mountPlayerScreen>).update(projection as PlayerProjection);
        if (projection.audience === "evaluator" && welcome.audience === "evaluator")
          (page as ReturnType<typeof mountEvaluatorScreen>).update(projection as EvaluatorProjection);
      };
      return;
    }
    void mountFacilitator(
      root,
      socket,
      send,
      (handlers) => {
        onSync = handlers.sync;
        onLinks = handlers.links;
        onState = handlers.state;
      },
      (count) => {
        since = count;
      },
    );
  });
}

/** The console for a hosted session: a mirror of the session fed by the server's ops, and the console's panels. */
async function mountFacilitator(
  root: HTMLElement,
  socket: Socket,
  send: (message: unknown) => Promise<Ack>,
  listen: (handlers: {
    sync(sync: Sync): void;
    links(links: ConsoleJoinLink[]): void;
    state(state: ConnectionState): void;
  }) => void,
  seen: (ops: number) => void,
): Promise<void> {
  const status = el("p", { role: "status", text: "Loading the console…" });
  root.replaceChildren(el("h1", { text: "Hotwash facilitator console" }), status);
  let state: HostedState | undefined;
  let links: ConsoleJoinLink[] = [];
  const early: Sync[] = [];
  let apply: (sync: Sync) => void = (sync) => early.push(sync);
  let showLinks: (links: ConsoleJoinLink[]) => void = () => {};
  let showState: (connection: ConnectionState) => void = (connection) => {
    status.textContent = connectionText(connection);
  };
  listen({
    sync: (sync) => apply(sync),
    links: (next) => {
      links = next;
      showLinks(next);
    },
    state: (connection) => showState(connection),
  });
  const core: Core = await loadCore();
  const runOps = (sync: Sync): boolean => {
    if (sync.scenario && sync.meta && !state)
      state = createHostedState({ createDrill: core.createDrill }, sync.scenario, sync.meta);
    if (!state) return false;
    let changed = false;
    for (const [index, op] of sync.ops.entries()) {
      if (sync.from + index !== state.ops.length) continue;
      applyOp(state, op);
      changed = true;
    }
    seen(state.ops.length);
    return changed;
  };
  for (const sync of early.splice(0)) runOps(sync);
  if (!state) {
    await new Promise<void>((resolve) => {
      apply = (sync) => {
        runOps(sync);
        if (state) resolve();
      };
    });
  }
  const hosted = state as HostedState;
  const alertOf = (ack: Ack) => {
    if (!ack.ok) window.alert(`The server refused: ${ack.error}`);
  };
  const runner = remoteRunner(
    () => hosted,
    (op) => void send({ kind: "op", op }).then(alertOf),
  );
  const notices = {
    notice: (message: string) => (status.textContent = message),
    alert: (message: string) => window.alert(message),
  };
  const sessionPanel = teamSessionPanel(
    {
      state: () => hosted,
      send: (op) => void send({ kind: "op", op }).then(alertOf),
      revoke: (token, reissue) => void send({ kind: reissue ? "reissue" : "revoke", token }).then(alertOf),
      copy: (text) => void navigator.clipboard?.writeText(text).catch(() => {}),
      qr: qrCodeSvg,
    },
    notices,
  );
  const display = () => links.find((link) => link.audience === "display" && !link.revoked);
  const deps: ConsoleDeps = {
    scenarios: [hosted.runner.scenario],
    services: { createDrill: core.createDrill },
    score: core.scoreDrill,
    report: (request) => reportFiles(core, request),
    sessionFiles: core.sessionFiles,
    transport: () => ({ post: () => {}, subscribe: () => () => {}, close: () => {} }),
    sessionKey: "0".repeat(32),
    openDisplay: () => {
      const link = display();
      if (link) window.open(link.url, `hotwash-display-${hosted.meta.id}`);
    },
    randomSeed: () => hosted.meta.seed,
    newSessionId: () => hosted.meta.id,
    today: () => hosted.meta.createdAt.slice(0, 10),
    hosted: {
      panels: [sessionPanel],
      leave: () => {
        const go = window.confirm(
          "This session keeps running on the session server; this page's address brings you back to its console. Open the setup screen to create another session?",
        );
        if (!go) return;
        location.href = `${location.pathname}${location.search}#/facilitator`;
        location.reload();
      },
    },
  };
  mountFacilitatorConsoleFor(root, deps, runner);
  const line = el("p", { role: "status", class: "connection", text: connectionText("online") });
  root.prepend(line);
  showState = (connection) => {
    line.textContent = connectionText(connection);
  };
  showLinks = (next) => sessionPanel.links(next);
  showLinks(links);
  apply = (sync) => {
    if (runOps(sync)) runner.changed();
    else sessionPanel.update({ runner, view: runner.view(), log: runner.log() });
  };
  void socket;
}
