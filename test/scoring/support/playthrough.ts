import { ACTION_CATALOG, type PlayerAction } from "../../../src/engine/actions";
import type { LogCause, LogEntry, StateSubjectKind } from "../../../src/engine/log";
import type { RoleId } from "../../../src/engine/organisation";
import type { ScenarioDefinition } from "../../../src/engine/scenario";
import type { SimMinutes } from "../../../src/engine/time";

type NewEntry = LogEntry extends infer E
  ? E extends LogEntry
    ? Omit<E, "seq" | "at" | "cause">
    : never
  : never;

/** Parses `T+1:30`, `T+3d`, `T-2h`, `T+45m` or a number of minutes. */
export function simTime(time: SimMinutes | string): SimMinutes {
  if (typeof time === "number") return time;
  const match = time.match(/^T([+-])(?:(\d+)d)?\s*(?:(\d+):(\d{2}))?(?:(\d+)h)?(?:(\d+)m)?$/);
  if (!match) throw new Error(`bad sim time ${time}`);
  const [, sign, d, h, m, hh, mm] = match;
  const minutes = Number(d ?? 0) * 1440 + Number(h ?? hh ?? 0) * 60 + Number(m ?? mm ?? 0);
  return sign === "-" ? -minutes : minutes;
}

interface Pending {
  at: SimMinutes;
  order: number;
  run: () => void;
}

/**
 * A tiny, readable stand-in for the engine that writes the log entries scoring reads: actions are accepted now
 * and complete after their catalog duration with the engine's documented consequences (state changes, footholds
 * closed, team joins, messages and leaks, statements, facts revealed by investigation and forensics).
 */
export class Playthrough {
  private readonly entries: LogEntry[] = [];
  private readonly pending: Pending[] = [];
  private now: SimMinutes = 0;
  private order = 0;
  private readonly team = new Set<string>();
  private readonly open = new Set<string>();
  private readonly suspended = new Set<string>();
  private readonly terminated = new Set<string>();
  private readonly images = new Map<string, SimMinutes>();
  private readonly stepsDone = new Set<string>();
  private room = false;
  private call = false;

  constructor(
    private readonly scenario: ScenarioDefinition,
    patientZero?: string,
  ) {
    this.emit(
      {
        type: "drill.started",
        seed: "1",
        scenario: scenario.id,
        contentHash: scenario.contentHash,
        ...(patientZero ? { patientZero } : {}),
      },
      { kind: "schedule" },
    );
    for (const foothold of scenario.world.footholds) if (foothold.openAtStart) this.open.add(foothold.id);
  }

  /** Moves the clock to `time`, completing every action due by then. */
  at(time: SimMinutes | string): this {
    const target = simTime(time);
    this.flush(target);
    this.now = Math.max(this.now, target);
    return this;
  }

  /** A player action: accepted now, completed after its catalog duration. */
  act(action: PlayerAction, by?: RoleId): this {
    const who = by ? { by } : {};
    const duration = ACTION_CATALOG.get(action.type)?.duration ?? 0;
    const accepted = this.emit(
      { type: "action.accepted", action, ...who, completesAt: this.now + duration },
      { kind: "input", input: this.order },
    );
    const complete = () => {
      this.emit(
        { type: "action.completed", action, ...who, acceptedSeq: accepted },
        { kind: "action", entry: accepted },
      );
      this.consequences(action, by, { kind: "action", entry: accepted });
    };
    if (duration === 0) complete();
    else this.pending.push({ at: this.now + duration, order: this.order++, run: complete });
    return this;
  }

  /** The attacker step ran, with its effects. */
  attacker(stepId: string): this {
    const step = this.scenario.attacker.find((candidate) => candidate.id === stepId);
    if (!step) throw new Error(`unknown step ${stepId}`);
    const cause: LogCause = { kind: "attacker", step: stepId };
    this.stepsDone.add(stepId);
    this.emit({ type: "attacker.step", step: stepId, title: step.title }, cause);
    for (const effect of step.effects) {
      if ("openFoothold" in effect) {
        this.open.add(effect.openFoothold);
        this.emit({ type: "foothold.opened", foothold: effect.openFoothold }, cause);
      }
      if ("exfiltrate" in effect) this.emit({ type: "exfiltration", ...effect.exfiltrate }, cause);
      if ("setFlag" in effect) this.emit({ type: "flag.set", flag: effect.setFlag }, cause);
    }
    return this;
  }

  /** The attacker step was skipped (prevented). */
  skipped(stepId: string): this {
    const step = this.scenario.attacker.find((candidate) => candidate.id === stepId);
    this.emit(
      { type: "attacker.skipped", step: stepId, title: step?.title ?? stepId, reason: "condition not met" },
      { kind: "attacker", step: stepId },
    );
    return this;
  }

  /** A flag was set (the engine evaluates `setWhen`; here the test says so). */
  flag(flag: string): this {
    this.emit({ type: "flag.set", flag }, { kind: "flag", flag });
    return this;
  }

  /** A facilitator override of a rule's finding. */
  override(
    rule: string,
    outcome: "met" | "partial" | "violated" | "n/a",
    rationale: string,
    credit?: number,
  ): this {
    this.emit(
      { type: "finding.overridden", rule, outcome, rationale, ...(credit !== undefined ? { credit } : {}) },
      { kind: "input", input: this.order },
    );
    return this;
  }

  /** Ends the drill at the current time (completing what is due). */
  end(): this {
    this.flush(this.now);
    this.emit({ type: "drill.ended", reason: "ended" }, { kind: "schedule" });
    return this;
  }

  /** The log so far, with every pending completion flushed. */
  log(): LogEntry[] {
    this.flush(Number.POSITIVE_INFINITY);
    return [...this.entries];
  }

  private flush(until: SimMinutes): void {
    for (;;) {
      this.pending.sort((a, b) => a.at - b.at || a.order - b.order);
      const next = this.pending[0];
      if (!next || next.at > until) return;
      this.pending.shift();
      this.now = Math.max(this.now, next.at);
      next.run();
    }
  }

  private emit(entry: NewEntry, cause: LogCause): number {
    const seq = this.entries.length;
    this.entries.push({ ...entry, seq, at: this.now, cause } as LogEntry);
    return seq;
  }

  private changed(subject: string, kind: StateSubjectKind, to: string, cause: LogCause): void {
    this.emit({ type: "state.changed", subject, kind, from: "", to }, cause);
  }

  private closeVia(id: string, by: string, cause: LogCause): void {
    for (const foothold of this.scenario.world.footholds)
      if (this.open.has(foothold.id) && foothold.via.includes(id)) {
        this.open.delete(foothold.id);
        this.emit({ type: "foothold.closed", foothold: foothold.id, by }, cause);
      }
  }

  private join(person: string, to: "call" | "room" | "page", cause: LogCause): void {
    this.team.add(person);
    const seq = this.emit({ type: "team.joined", person, to }, cause);
    if (to !== "page" && !this.scenario.needToKnow.includes(person))
      this.emit({ type: "leak", to: [person], channel: to, via: seq }, cause);
  }

  private terminate(instance: string, reason: string, cause: LogCause): void {
    if (this.terminated.has(instance)) return;
    this.terminated.add(instance);
    this.changed(instance, "instance", "terminated", cause);
    this.emit({ type: "evidence.destroyed", subject: instance, reason }, cause);
    for (const source of this.scenario.world.logSources.filter((s) => s.livesOn === instance)) {
      this.changed(source.id, "log-source", "destroyed", cause);
      this.emit({ type: "evidence.destroyed", subject: source.id, reason }, cause);
    }
    this.closeVia(instance, "terminate-instance", cause);
    const imaged = this.images.get(instance);
    for (const fact of this.scenario.facts)
      if (
        (fact.evidence.instance === instance && imaged === undefined) ||
        this.scenario.world.logSources.some((s) => s.livesOn === instance && s.id === fact.evidence.logSource)
      )
        if (!this.entries.some((e) => e.type === "fact.discovered" && e.fact === fact.id))
          this.emit({ type: "fact.lost", fact: fact.id, reason: `${instance} terminated` }, cause);
  }

  private reveal(
    matches: (fact: ScenarioDefinition["facts"][number]) => boolean,
    via: string,
    cause: LogCause,
  ): void {
    const herrings = new Set(this.scenario.variation.redHerrings);
    for (const fact of this.scenario.facts) {
      if (!matches(fact) || herrings.has(fact.id)) continue;
      if (fact.requiresStep && !this.stepsDone.has(fact.requiresStep)) continue;
      if (
        this.entries.some(
          (e) => (e.type === "fact.discovered" || e.type === "fact.lost") && e.fact === fact.id,
        )
      )
        continue;
      this.emit({ type: "fact.discovered", fact: fact.id, via }, cause);
    }
  }

  private consequences(action: PlayerAction, by: RoleId | undefined, cause: LogCause): void {
    const world = this.scenario.world;
    switch (action.type) {
      case "page-ic": {
        const commander = world.people.find((person) => person.role === "incident-commander");
        if (commander) this.join(commander.id, "page", cause);
        return;
      }
      case "start-voice-call":
        this.call = true;
        return;
      case "create-room":
        this.room = true;
        return;
      case "invite":
        for (const person of action.people) {
          if (action.to !== "room" && this.call) this.join(person, "call", cause);
          if (action.to !== "call" && this.room) this.join(person, "room", cause);
        }
        return;
      case "isolate-instance":
        this.changed(action.instance, "instance", "isolated", cause);
        this.closeVia(action.instance, action.type, cause);
        return;
      case "shutdown-instance": {
        this.changed(action.instance, "instance", "shut-down", cause);
        this.closeVia(action.instance, action.type, cause);
        const group = world.instances.find((i) => i.id === action.instance)?.autoscalingGroup;
        const rule = world.autoscalingGroups.find((g) => g.id === group);
        if (rule?.healthReplacement && !this.suspended.has(rule.id))
          this.terminate(action.instance, `${rule.id} replaced it`, cause);
        return;
      }
      case "terminate-instance":
        this.terminate(action.instance, "terminated by the players", cause);
        return;
      case "cycle-autoscaling-group":
        for (const instance of world.instances.filter((i) => i.autoscalingGroup === action.group))
          this.terminate(instance.id, `${action.group} cycled`, cause);
        return;
      case "suspend-autoscaling":
        this.suspended.add(action.group);
        this.changed(action.group, "autoscaling-group", "suspended", cause);
        return;
      case "kill-session":
      case "lock-users":
      case "restore-firewall-defaults":
      case "block-ip":
        this.closeVia(action.type === "block-ip" ? action.ip : action.instance, action.type, cause);
        return;
      case "rotate-credential":
      case "revoke-credential":
        this.changed(
          action.credential,
          "credential",
          action.type === "rotate-credential" ? "rotated" : "revoked",
          cause,
        );
        this.closeVia(action.credential, action.type, cause);
        return;
      case "purge-provider-accounts":
        this.changed(action.provider, "provider", "purged", cause);
        this.closeVia(action.provider, action.type, cause);
        return;
      case "disable-code-path":
        this.changed(action.codePath, "code-path", "disabled", cause);
        this.closeVia(action.codePath, action.type, cause);
        return;
      case "shutdown-service":
        this.changed(action.service, "service", "shut-down", cause);
        this.closeVia(action.service, action.type, cause);
        return;
      case "image-disk":
        this.images.set(action.instance, this.now);
        this.changed(action.instance, "image", action.offsite === false ? "imaged" : "imaged-offsite", cause);
        return;
      case "preserve-logs":
        this.changed(action.logSource, "log-source", "preserved", cause);
        return;
      case "investigate":
        this.reveal(
          (fact) => fact.evidence.logSource === action.logSource,
          `investigate:${action.logSource}`,
          cause,
        );
        return;
      case "forensic-analysis":
        if (this.images.has(action.instance))
          this.reveal(
            (fact) => fact.evidence.instance === action.instance,
            `forensic-analysis:${action.instance}`,
            cause,
          );
        return;
      case "send-message": {
        const channel = world.channels.find((c) => c.id === action.channel);
        const members =
          action.channel === "room" || action.channel === "call" ? [...this.team] : (channel?.members ?? []);
        const to = action.to && action.to.length > 0 ? action.to : members;
        const outsiders = to.filter((person) => !this.team.has(person));
        const broad = channel?.broad ?? false;
        const channelKind =
          action.channel === "room"
            ? "chat"
            : action.channel === "call"
              ? "voice"
              : (channel?.kind ?? "chat");
        const via = this.emit(
          {
            type: "message.sent",
            channel: action.channel,
            channelKind,
            to,
            ...(action.subject !== undefined ? { subject: action.subject } : {}),
            body: action.body,
            encrypted: action.encrypted === true,
            outsiders,
            broad,
          },
          cause,
        );
        const reached = broad ? [...new Set([...members, ...outsiders])] : outsiders;
        if (reached.length > 0) this.emit({ type: "leak", to: reached, channel: action.channel, via }, cause);
        return;
      }
      case "publish-statement":
        this.emit(
          { type: "statement.published", title: action.title, body: action.body, ...(by ? { by } : {}) },
          cause,
        );
        return;
      default:
        return;
    }
  }
}

/** Starts a playthrough of the scenario at T+0. */
export function playthrough(scenario: ScenarioDefinition, patientZero?: string): Playthrough {
  return new Playthrough(scenario, patientZero);
}
