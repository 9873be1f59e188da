/**
 * The page's content security policy, one directive each. why: nothing may leave the origin (DESIGN.md §5),
 * scripts come only from the bundle, styles may be inline (the map and panels set them), and no other site may
 * frame a page (the facilitator console holds scores and evaluator notes).
 */
const POLICY: Record<string, string> = {
  "default-src": "'self'",
  "script-src": "'self'",
  "style-src": "'self' 'unsafe-inline'",
  "img-src": "'self' data: blob:",
  "font-src": "'self'",
  "connect-src": "'self'",
  "worker-src": "'self'",
  "object-src": "'none'",
  "base-uri": "'self'",
  "form-action": "'none'",
  "frame-ancestors": "'none'",
};

/** Directives a browser ignores in a `<meta>` tag (and warns about): only a header can carry them. */
const HEADER_ONLY = new Set(["frame-ancestors"]);

function policy(include: (directive: string) => boolean): string {
  return Object.entries(POLICY)
    .filter(([directive]) => include(directive))
    .map(([directive, sources]) => `${directive} ${sources}`)
    .join("; ");
}

/** The policy for the page's `<meta>` tag, which keeps built copies served without headers protected. */
export const META_CONTENT_SECURITY_POLICY = policy((directive) => !HEADER_ONLY.has(directive));

/** The headers every page Hotwash serves carries (Vite's dev server and `vite preview`). */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Content-Security-Policy": policy(() => true),
  "X-Content-Type-Options": "nosniff",
  "X-Frame-Options": "DENY",
  "Referrer-Policy": "no-referrer",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
};
