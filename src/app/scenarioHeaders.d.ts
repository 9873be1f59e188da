/** Built by vite.config.ts from scenarios/*.yaml: file path → the picker fields of its header and its content hash. */
declare module "virtual:hotwash-scenario-headers" {
  import type { ScenarioHeader } from "./scenarioHeader";

  const headers: Readonly<Record<string, ScenarioHeader & { contentHash: string }>>;
  export default headers;
}
