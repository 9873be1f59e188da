// why: the content compiler and its YAML parser load only when a scenario is not in the compiled cache, so resuming a
// drill does not wait for them.
export { compileScenario } from "../content/compileScenario";
