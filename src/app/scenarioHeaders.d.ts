/** Built by vite.config.ts from scenarios/*.yaml: file path → the picker fields read from its header. */
declare module "virtual:hotwash-scenario-headers" {
  import type { ScenarioHeader } from "./scenarioHeader";

  const headers: Readonly<Record<string, ScenarioHeader>>;
  export default headers;
}
