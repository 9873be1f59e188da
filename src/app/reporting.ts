export { buildReport } from "../report/buildReport";
export { renderCsv } from "../report/render/renderCsv";
export { renderHtml } from "../report/render/renderHtml";
export { renderJson } from "../report/render/renderJson";
export { renderMarkdown } from "../report/render/renderMarkdown";
export { scoreDrill } from "../scoring/scoreDrill";
