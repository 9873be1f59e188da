// why: the content compiler and its YAML parser load only when a scenario is not in the compiled cache, so resuming a
// drill does not wait for them. The debrief loads them too, to offer the drill as a play script.
export { compileScenario } from "../content/compileScenario";
export { writePlayFile } from "../content/writePlayFile";
