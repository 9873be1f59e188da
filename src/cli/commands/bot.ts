import type { Socket } from "socket.io-client";
import type { CompiledPlay } from "../../content/compiledPlay";
import type { PlayerAction } from "../../engine/actions";
import { createDrill } from "../../engine/createDrill";
import { isControlIntent } from "../../engine/drill/isControlIntent";
import type { DrillInput } from "../../engine/log";
import type { RoleId } from "../../engine/organisation";
import type { ScenarioDefinition } from "../../engine/scenario";
import type { PlayerProjection } from "../../facilitator/remote/audienceViews";
import {
  applyOp,
  createHostedState,
  type HostedSessionMeta,
  type HostedState,
} from "../../facilitator/remote/hostedState";
import type { SessionOp } from "../../facilitator/remote/sessionOp";
import { type CliIo, type Command, UsageError } from "../command";
import { type Ack, connectToSession, sendIntent } from "../sessionConnection";
import { ContentError, loadPlay, parseOptions } from "./drillFiles";

const USAGE = `Usage: hotwash bot --server URL --token T --script <play.yaml> [--name N]

Joins a team session as the token's audience and plays the steps of a play script that belong to it, at their
sim times: a player token plays its role's decisions and answers once the session's clock reaches each step; a
facilitator token starts the drill, moves the clock to each step, plays the steps that are no player's, approves
the players' proposals in the play's order (sessions with approval), and at the end runs the clock to the horizon.
Bots fill empty seats, and make sessions repeatable for tests.

Options:
  --server <url>    the session server
  --token <t>       a join token (its link's ?token=)
  --script <file>   the play script (scenarios/<scenario>.<name>.play.yaml)
  --name <n>        the name the bot's decisions carry (default "bot")
  -h, --help        show this help`;

const WAIT_MS = 120_000;

type Welcome = { audience: "facilitator" | "evaluator" | "display" | "player"; role?: RoleId };

/** Whether a play step is a player's (a decision or an answer of a role), not the facilitator's. */
export function isPlayerStep(input: DrillInput): input is DrillInput & { by: RoleId } {
  if (input.by === undefined) return false;
  const type = input.intent.type;
  if (type === "discussion.answer" || type === "hotwash.answer") return true;
  return !isControlIntent(input.intent) && !/^(clock\.advance|drill\.(pause|resume|end))$/.test(type);
}

/** Resolves when `ready()` holds after an event, or fails after a while. */
function until(socket: Socket, events: string[], ready: () => boolean, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      if (!ready()) return;
      clearTimeout(timer);
      for (const event of events) socket.off(event, check);
      resolve();
    };
    const timer = setTimeout(() => {
      for (const event of events) socket.off(event, check);
      reject(new Error(`gave up waiting for ${what}`));
    }, WAIT_MS);
    for (const event of events) socket.on(event, check);
    check();
  });
}

function must(ack: Ack, what: string): void {
  if (!ack.ok) throw new Error(`${what}: ${ack.error}`);
}

async function playAsPlayer(
  socket: Socket,
  follower: Follower,
  play: CompiledPlay,
  role: RoleId,
  name: string,
  io: CliIo,
) {
  const steps = play.inputs.filter((input) => isPlayerStep(input) && input.by === role);
  for (const step of steps) {
    await until(
      socket,
      ["projection"],
      () => {
        const view = follower.projection?.view;
        return Boolean(view && (view.now >= step.at || view.ended));
      },
      `T+${step.at}`,
    );
    if (follower.projection?.view.ended) break;
    const intent = step.intent;
    const message =
      intent.type === "discussion.answer" || intent.type === "hotwash.answer"
        ? { kind: "answer", intent, name: step.actorName ?? name }
        : { kind: "decide", action: intent as PlayerAction, name: step.actorName ?? name };
    const ack = await sendIntent(socket, message);
    if (!ack.ok) io.err(`step at ${step.at} (${intent.type}): ${ack.error}`);
  }
  io.out(`played ${steps.length} step(s) as ${role}`);
}

/** The value as JSON with every object's keys sorted, so two readings of one action compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    item && typeof item === "object" && !Array.isArray(item)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => a.localeCompare(b)))
      : item,
  );
}

function sameAction(a: unknown, b: unknown): boolean {
  return canonical(a) === canonical(b);
}

/** What a bot has heard from the server so far; it listens from before the connection opens, so nothing is missed. */
interface Follower {
  welcome?: Welcome;
  projection?: PlayerProjection;
  state?: HostedState;
}

function follow(socket: Socket): Follower {
  const follower: Follower = {};
  socket.on("welcome", (welcome: Welcome) => {
    follower.welcome = welcome;
  });
  socket.on("projection", (message: { projection: PlayerProjection }) => {
    follower.projection = message.projection;
  });
  socket.on(
    "facilitator.sync",
    (message: {
      scenario?: ScenarioDefinition;
      meta?: HostedSessionMeta;
      from: number;
      ops: SessionOp[];
    }) => {
      if (message.scenario && message.meta && !follower.state)
        follower.state = createHostedState({ createDrill }, message.scenario, message.meta);
      const state = follower.state;
      if (!state) return;
      for (const [index, op] of message.ops.entries())
        if (message.from + index === state.ops.length) applyOp(state, op);
    },
  );
  return follower;
}

async function playAsFacilitator(socket: Socket, follower: Follower, play: CompiledPlay, io: CliIo) {
  await until(socket, ["facilitator.sync"], () => follower.state !== undefined, "the session");
  const session = () => follower.state as HostedState;
  const op = async (value: SessionOp) => {
    const before = session().ops.length;
    must(await sendIntent(socket, { kind: "op", op: value }), value.op);
    await until(socket, ["facilitator.sync"], () => session().ops.length > before, "the op to come back");
  };
  if (!session().runner.isStarted()) await op({ op: "start" });
  let matched = session().ops.length;
  for (const step of play.inputs) {
    const view = () => session().runner.view();
    if (view().ended) break;
    if (step.at > view().now && view().phase === "live")
      await op({ op: "advance", minutes: step.at - view().now });
    const intent = step.intent;
    if (!isPlayerStep(step)) {
      if (intent.type === "drill.pause") await op({ op: "pause" });
      else if (intent.type === "drill.resume") await op({ op: "resume" });
      else if (intent.type === "drill.end") await op({ op: "end" });
      else if (intent.type === "clock.advance") continue;
      else if (isControlIntent(intent))
        await op({
          op: "control",
          intent,
          ...(step.by ? { by: step.by } : {}),
          ...(step.actorName ? { name: step.actorName } : {}),
        });
      else
        await op({
          op: "decide",
          action: intent as PlayerAction,
          ...(step.actorName ? { name: step.actorName } : {}),
        });
      matched = session().ops.length;
      continue;
    }
    if (
      session().approvalRequired &&
      intent.type !== "discussion.answer" &&
      intent.type !== "hotwash.answer"
    ) {
      let id: string | undefined;
      await until(
        socket,
        ["facilitator.sync"],
        () => {
          const waiting = session().proposals.find(
            (proposal) =>
              proposal.status === "waiting" && proposal.by === step.by && sameAction(proposal.action, intent),
          );
          id = waiting?.id;
          return id !== undefined;
        },
        `${step.by}'s proposal at T+${step.at}`,
      );
      await op({ op: "approve", id: id as string });
    } else {
      await until(
        socket,
        ["facilitator.sync"],
        () =>
          session()
            .ops.slice(matched)
            .some((candidate) =>
              candidate.op === "decide"
                ? candidate.by === step.by && sameAction(candidate.action, intent)
                : candidate.op === "control" &&
                  candidate.by === step.by &&
                  sameAction(candidate.intent, intent),
            ),
        `${step.by}'s step at T+${step.at}`,
      );
    }
    matched = session().ops.length;
  }
  const final = session().runner.view();
  if (
    !final.ended &&
    final.phase === "live" &&
    Number.isFinite(final.scenario.horizon) &&
    final.scenario.horizon > final.now
  )
    await op({ op: "advance", minutes: final.scenario.horizon - final.now });
  io.out(
    `played ${play.inputs.length} step(s) as the facilitator; the clock is at ${session().runner.view().now}`,
  );
}

/** `hotwash bot`: a scripted participant of a team session. */
export const bot: Command = {
  name: "bot",
  summary: "join a team session with a token and play a play script's steps for its role",
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ["server", "token", "script", "name"], "bot");
    if (positional.length > 0)
      throw new UsageError("bot takes no positional arguments; run hotwash bot --help");
    if (!options.server || !options.token || !options.script)
      throw new UsageError("--server, --token and --script are required");
    let play: CompiledPlay;
    try {
      play = loadPlay(options.script, io.cwd);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      for (const line of error.message.split("\n")) io.out(line);
      return 1;
    }
    const socket = connectToSession(options.server, options.token);
    const follower = follow(socket);
    try {
      const welcome = await new Promise<Welcome>((resolve, reject) => {
        if (follower.welcome) return resolve(follower.welcome);
        socket.once("welcome", resolve);
        socket.once("connect_error", (error) => reject(new UsageError(`cannot join: ${error.message}`)));
      });
      if (welcome.audience === "player" && welcome.role)
        await playAsPlayer(socket, follower, play, welcome.role, options.name ?? "bot", io);
      else if (welcome.audience === "facilitator") await playAsFacilitator(socket, follower, play, io);
      else throw new UsageError(`a ${welcome.audience} token cannot play`);
      return 0;
    } finally {
      socket.disconnect();
    }
  },
};
