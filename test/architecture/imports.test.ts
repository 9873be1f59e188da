import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const SRC = join(import.meta.dirname, "../../src");

/** Who may import whom (DESIGN.md §1): folder → allowed src folders and allowed packages. */
const RULES: Record<string, { folders: string[]; packages: string[] }> = {
  engine: { folders: ["engine"], packages: ["xstate", "seedrandom"] },
  content: { folders: ["content", "engine"], packages: ["yaml"] },
  scoring: { folders: ["scoring", "engine"], packages: [] },
  report: { folders: ["report", "scoring", "engine"], packages: [] },
  presentation: { folders: ["presentation", "engine"], packages: [] },
  scene: { folders: ["scene", "presentation", "engine"], packages: ["phaser"] },
  ui: { folders: ["ui", "presentation", "engine", "scoring", "report"], packages: [] },
  facilitator: {
    folders: ["facilitator", "ui", "presentation", "engine", "scoring", "report"],
    packages: [],
  },
  // why: `hotwash view` prints the team display's projection, and serve/bot drive sessions, all in the facilitator folder.
  cli: {
    folders: ["cli", "engine", "content", "scoring", "report", "facilitator", "server"],
    packages: ["yaml", "seedrandom", "xstate", "socket.io-client", "playwright-core"],
  },
  // why: the session server is a Node shell around the same engine and session runner the console uses; a
  // cluster node keeps sessions in Redis and shares Socket.IO rooms through the Redis streams adapter.
  server: {
    folders: ["server", "engine", "content", "scoring", "report", "facilitator", "app"],
    packages: ["socket.io", "better-sqlite3", "vite", "redis", "@socket.io/redis-streams-adapter"],
  },
  app: {
    folders: ["app", "engine", "content", "scoring", "report", "presentation", "scene", "ui", "facilitator"],
    packages: [],
  },
};
const PURE = ["engine", "content", "scoring", "report"];
// why: what the map and the panels show of a view is derived once, without a DOM, so both shells can share it.
const NO_DOM = [...PURE, "presentation"];
const NODE_BUILTIN = /^node:/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:import|export)\s[^"'`]*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s*["']([^"']+)["']/gm;
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2] ?? match[3]) as string);
  return found;
}

const files = sourceFiles(SRC).map((path) => {
  const rel = relative(SRC, path);
  return { rel, folder: rel.split("/")[0] as string, source: readFileSync(path, "utf8") };
});

describe("architecture", () => {
  it("every src folder is one the import table knows", () => {
    const unknown = files.filter((file) => !(file.folder in RULES)).map((file) => file.rel);
    expect(unknown).toEqual([]);
  });

  it("each folder imports only what DESIGN.md §1 allows", () => {
    const violations: string[] = [];
    for (const file of files) {
      const rule = RULES[file.folder];
      if (!rule) continue;
      for (const spec of importsOf(file.source)) {
        if (spec.startsWith(".")) {
          const target = relative(SRC, join(SRC, file.rel, "..", spec)).split("/")[0] as string;
          if (!rule.folders.includes(target)) violations.push(`${file.rel} imports ${spec} (src/${target})`);
        } else if (NODE_BUILTIN.test(spec)) {
          if (PURE.includes(file.folder)) violations.push(`${file.rel} imports the Node builtin ${spec}`);
        } else {
          const pkg = spec.startsWith("@")
            ? spec.split("/").slice(0, 2).join("/")
            : (spec.split("/")[0] as string);
          if (file.folder !== "app" && !rule.packages.includes(pkg))
            violations.push(`${file.rel} imports package ${pkg}`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it("the pure core and the shared presentation touch no DOM, wall clock, timers or unseeded randomness", () => {
    const banned =
      /\b(document|window|localStorage|sessionStorage)\.[A-Za-z_]|Math\.random|Date\.now|new Date\(\)|setTimeout|setInterval|requestAnimationFrame/;
    const offenders = files
      .filter((file) => NO_DOM.includes(file.folder))
      .flatMap((file) =>
        file.source
          .split("\n")
          .map((line, index) => ({ line, index }))
          .filter(({ line }) => banned.test(line) && !/^\s*(\/\/|\*)/.test(line))
          .map(({ index }) => `${file.rel}:${index + 1}`),
      );
    expect(offenders).toEqual([]);
  });

  it("nothing but the server, the command line and the composition root reaches the server or a socket", () => {
    const SHELLS_WITH_SOCKETS = ["server", "cli", "app"];
    const offenders = files
      .filter((file) => !SHELLS_WITH_SOCKETS.includes(file.folder))
      .flatMap((file) =>
        importsOf(file.source)
          .filter(
            (spec) =>
              /^(socket\.io|socket\.io-client|better-sqlite3|engine\.io.*|redis|@socket\.io\/.*)$/.test(
                spec,
              ) ||
              (spec.startsWith(".") &&
                relative(SRC, join(SRC, file.rel, "..", spec)).split("/")[0] === "server"),
          )
          .map((spec) => `${file.rel} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it("the server takes only the security headers from the browser's composition root", () => {
    const offenders = files
      .filter((file) => file.folder === "server")
      .flatMap((file) =>
        importsOf(file.source)
          .filter(
            (spec) =>
              spec.startsWith(".") && relative(SRC, join(SRC, file.rel, "..", spec)).startsWith("app/"),
          )
          .filter((spec) => !spec.endsWith("/app/securityHeaders"))
          .map((spec) => `${file.rel} imports ${spec}`),
      );
    expect(offenders).toEqual([]);
  });

  it("the session server never reaches the DOM", () => {
    const offenders = files
      .filter((file) => file.folder === "server")
      .flatMap((file) =>
        importsOf(file.source)
          .filter((spec) => spec.startsWith("."))
          .map((spec) => relative(SRC, join(SRC, file.rel, "..", spec)))
          .filter(
            (target) =>
              /^(ui|scene)\//.test(target) ||
              /^facilitator\/(console|display\/teamDisplay$|player|evaluator)/.test(target),
          )
          .map((target) => `${file.rel} imports ${target}`),
      );
    expect(offenders).toEqual([]);
  });

  it("the import checker itself catches a forbidden import", () => {
    expect(importsOf('import Phaser from "phaser";\nconst m = await import("./x");')).toEqual([
      "phaser",
      "./x",
    ]);
  });
});
