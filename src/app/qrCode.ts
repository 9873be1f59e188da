import qrcode from "qrcode-generator";

const SVG = "http://www.w3.org/2000/svg";
const QUIET_ZONE = 4;

/**
 * A QR code of the text as an SVG drawn module by module (no markup string is parsed), labelled for screen
 * readers; `caption` says what it opens.
 */
export function qrCodeSvg(text: string, caption: string): SVGSVGElement {
  const code = qrcode(0, "M");
  code.addData(text);
  code.make();
  const count = code.getModuleCount();
  const size = count + QUIET_ZONE * 2;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("viewBox", `0 0 ${size} ${size}`);
  svg.setAttribute("width", "180");
  svg.setAttribute("height", "180");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", caption);
  svg.setAttribute("shape-rendering", "crispEdges");
  const background = document.createElementNS(SVG, "rect");
  background.setAttribute("width", String(size));
  background.setAttribute("height", String(size));
  background.setAttribute("fill", "#fff");
  svg.append(background);
  const path: string[] = [];
  for (let row = 0; row < count; row++)
    for (let column = 0; column < count; column++)
      if (code.isDark(row, column)) path.push(`M${column + QUIET_ZONE} ${row + QUIET_ZONE}h1v1h-1z`);
  const modules = document.createElementNS(SVG, "path");
  modules.setAttribute("d", path.join(""));
  modules.setAttribute("fill", "#000");
  svg.append(modules);
  return svg;
}
