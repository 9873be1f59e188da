/** How much a server process says: each level includes the ones after it; `silent` says nothing. */
export const LOG_LEVELS = ["debug", "info", "warn", "error", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** What one log line may carry besides its event: the session it is about and any plain values. */
export type LogFields = { session?: string } & Record<string, string | number | boolean | undefined>;

/** A structured logger: one JSON object per line, with time, level, event and the node that wrote it. */
export interface Logger {
  debug(event: string, fields?: LogFields): void;
  info(event: string, fields?: LogFields): void;
  warn(event: string, fields?: LogFields): void;
  error(event: string, fields?: LogFields): void;
}

/** Whether a string names a log level. */
export function isLogLevel(value: string): value is LogLevel {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

/**
 * A logger writing one JSON line per event at `level` or above through `write`, each line stamped with the time
 * (`now`), the level, the event, the node id and the given fields.
 */
export function jsonLogger(
  write: (line: string) => void,
  level: LogLevel,
  node: string,
  now: () => Date = () => new Date(),
): Logger {
  const threshold = LOG_LEVELS.indexOf(level);
  const at =
    (name: Exclude<LogLevel, "silent">) =>
    (event: string, fields: LogFields = {}): void => {
      if (LOG_LEVELS.indexOf(name) < threshold) return;
      write(JSON.stringify({ time: now().toISOString(), level: name, event, node, ...fields }));
    };
  return { debug: at("debug"), info: at("info"), warn: at("warn"), error: at("error") };
}
