import type { Browser } from "playwright-core";
import type { ViteDevServer } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { META_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "../../src/app/securityHeaders";
import config from "../../vite.config";
import { browserSkipReason, launchBrowser, startViteServer } from "../support/browser";

describe("security headers", () => {
  let server: ViteDevServer;
  let url: string;

  beforeAll(async () => {
    ({ server, url } = await startViteServer());
  }, 120_000);

  afterAll(async () => {
    await server?.close();
  });

  it("the content security policy forbids framing, and the meta tag says the rest", () => {
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toContain("frame-ancestors 'none'");
    expect(SECURITY_HEADERS["Content-Security-Policy"]).toContain(META_CONTENT_SECURITY_POLICY);
    expect(META_CONTENT_SECURITY_POLICY).not.toContain("frame-ancestors");
  });

  it.each(["", "src/app/main.ts", "scenarios/borrowed-keys.yaml?raw"])(
    "the dev server sends them on /%s",
    async (path) => {
      const response = await fetch(`${url}${path}`, { method: "HEAD" });
      expect(response.status).toBe(200);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name)).toBe(value);
    },
  );

  it("vite preview sends the same ones", () => {
    expect(config.preview?.headers).toEqual(SECURITY_HEADERS);
    expect(config.server?.headers).toEqual(SECURITY_HEADERS);
  });

  it("the page carries the policy in a meta tag too, before anything it governs", async () => {
    const page = await (await fetch(url)).text();
    const head = page.slice(0, page.indexOf("<script"));
    expect(head).toContain('http-equiv="Content-Security-Policy"');
    expect(head.replaceAll("&#39;", "'")).toContain(META_CONTENT_SECURITY_POLICY);
  });

  const skip = browserSkipReason();
  it.skipIf(skip !== undefined)(
    "another page cannot frame the facilitator console",
    async () => {
      const browser: Browser = await launchBrowser();
      try {
        const page = await browser.newPage();
        await page.setContent(`<iframe src="${url}#/facilitator" width="800" height="600"></iframe>`);
        await page.waitForTimeout(2000);
        const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
        // why: a blocked frame holds Chromium's "… is blocked" error page (or one the test cannot even read).
        const heading = await frame
          ?.evaluate(() => document.querySelector("h1")?.textContent ?? "")
          .catch(() => "blocked");
        expect(heading).toMatch(/blocked/);
        expect(heading).not.toMatch(/facilitator console/i);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
