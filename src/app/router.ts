export type RouteName = "picker" | "briefing" | "drill" | "debrief" | "facilitator";

export interface Route {
  name: RouteName;
  params: URLSearchParams;
}

/** Reads the hash (`#/`, `#/briefing?…`, `#/drill`, `#/debrief`) into a route; anything unknown is the picker. */
export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#/, "");
  const [path = "/", query = ""] = body.split("?", 2);
  const params = new URLSearchParams(query);
  if (path.startsWith("/facilitator") || path.startsWith("/display") || path.startsWith("/join"))
    return { name: "facilitator", params };
  switch (path) {
    case "/briefing":
      return { name: "briefing", params };
    case "/drill":
      return { name: "drill", params };
    case "/debrief":
      return { name: "debrief", params };
    default:
      return { name: "picker", params };
  }
}

/** The hash for a route with optional query parameters. */
export function routeHash(name: Exclude<RouteName, "facilitator">, query?: string): string {
  const path = name === "picker" ? "/" : `/${name}`;
  return `#${path}${query ? `?${query}` : ""}`;
}
