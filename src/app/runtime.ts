export { createDrill } from "../engine/createDrill";
export { replay } from "../engine/headless/replay";
export { contentHashOf } from "./contentHash";
