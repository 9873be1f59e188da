import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./src/app/securityHeaders";

/** Puts the content security policy in the page itself too, for copies of the build served without headers. */
function contentSecurityPolicyMeta(): Plugin {
  return {
    name: "hotwash-content-security-policy",
    transformIndexHtml: () => [
      {
        tag: "meta",
        attrs: { "http-equiv": "Content-Security-Policy", content: META_CONTENT_SECURITY_POLICY },
        injectTo: "head-prepend",
      },
    ],
  };
}

export default defineConfig({
  base: "./",
  plugins: [contentSecurityPolicyMeta()],
  build: {
    target: "es2022",
    chunkSizeWarningLimit: 2000,
  },
  server: { port: 5173, headers: { ...SECURITY_HEADERS } },
  preview: { headers: { ...SECURITY_HEADERS } },
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: "forks",
  },
});
