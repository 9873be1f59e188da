import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { request } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const ROOT = join(import.meta.dirname, "../../..");
const HOTWASH = join(ROOT, "bin/hotwash.js");

/** A `hotwash serve` process the test started, on a free port with its own data dir. */
export interface ServerProcess {
  url: string;
  dataDir: string;
  child: ChildProcess;
  output: string[];
  /** Stops it with SIGKILL (no chance to flush or say goodbye) and waits until it is gone. */
  kill(): Promise<void>;
  /** Stops it politely and waits. */
  stop(): Promise<void>;
}

/** A fresh temporary data dir. */
export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "hotwash-sessions-"));
}

/** Starts `hotwash serve --port <port>` (0: a free one) and resolves once it listens. */
export function startServer(
  options: { dataDir?: string; appDir?: string; port?: number; extra?: string[] } = {},
): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  // why: tests read the human lines; the JSON event log stays quiet unless HOTWASH_LOG_LEVEL asks for it.
  const args = [
    HOTWASH,
    "serve",
    "--port",
    String(options.port ?? 0),
    "--data-dir",
    dataDir,
    "--log-level",
    process.env.HOTWASH_LOG_LEVEL ?? "warn",
  ];
  if (options.appDir) args.push("--app-dir", options.appDir);
  args.push(...(options.extra ?? []));
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
  const output: string[] = [];
  const gone = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`hotwash serve did not start:\n${output.join("")}`)),
      60_000,
    );
    const hear = (chunk: Buffer) => {
      output.push(chunk.toString());
      const match = /listening (http:\/\/[^\s]+)/.exec(output.join(""));
      if (!match) return;
      clearTimeout(timer);
      child.stdout?.off("data", hear);
      child.stdout?.on("data", (more: Buffer) => output.push(more.toString()));
      resolve({
        url: match[1] as string,
        dataDir,
        child,
        output,
        kill: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
          await gone;
        },
        stop: async () => {
          if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
          await gone;
        },
      });
    };
    child.stdout?.on("data", hear);
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`hotwash serve exited with ${code}:\n${output.join("")}`));
    });
  });
}

/** Runs `hotwash <args>` to completion; resolves to its exit code and output. */
export function runHotwash(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [HOTWASH, ...args], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...env },
    });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.once("exit", (code) => resolve({ code: code ?? 1, stdout, stderr }));
  });
}

/** The join links `hotwash session new` prints (the evaluator's link is `roles.evaluator`). */
export interface SessionLinks {
  session: string;
  facilitator: { url: string; token: string };
  display: { url: string; token: string };
  roles: Record<string, { url: string; token: string }>;
}

/** Creates a session with `hotwash session new` and returns its links. */
export async function newSession(url: string, scenario: string, extra: string[] = []): Promise<SessionLinks> {
  const made = await runHotwash(["session", "new", scenario, "--server", url, ...extra]);
  if (made.code !== 0) throw new Error(`session new failed: ${made.stderr}`);
  return JSON.parse(made.stdout) as SessionLinks;
}

/**
 * Creates a session the way the console does (POST /api/sessions from the server's own origin), without starting a
 * `hotwash session new` process: for benches that open hundreds.
 */
export function postSession(url: string, scenario: string): Promise<SessionLinks> {
  const target = new URL("/api/sessions", url);
  return new Promise((resolve, reject) => {
    const sent = request(
      {
        host: target.hostname,
        port: target.port,
        path: target.pathname,
        method: "POST",
        headers: { "Content-Type": "application/json", Origin: target.origin },
      },
      (response) => {
        let body = "";
        response.on("data", (chunk: Buffer) => (body += chunk.toString()));
        response.on("end", () =>
          response.statusCode === 201
            ? resolve(JSON.parse(body) as SessionLinks)
            : reject(new Error(`creating a session failed (${response.statusCode}): ${body}`)),
        );
      },
    );
    sent.on("error", reject);
    sent.end(JSON.stringify({ scenario }));
  });
}
