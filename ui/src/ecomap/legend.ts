// The key, drawn inside the SVG so that every export and printout carries it.

import type { Point } from "./geometry";
import { LEGEND_WIDTH } from "./geometry";
import { linkLine } from "./links";
import { s } from "./svg";
import { shapeFor } from "./symbols";

const INK = "#0b0c0c";
const ROW = 30;

function row(y: number, x: number, picture: SVGElement, text: string): SVGElement[] {
  return [picture, s("text", { x: x + 56, y: y + 4.5, "font-size": 13, fill: INK }, text)];
}

export function legend(at: Point, conference: boolean, inferred: boolean): SVGGElement {
  const x = at.x + 15;
  let y = at.y + 30;
  const parts: SVGElement[] = [s("text", { x, y, "font-size": 16, "font-weight": "bold", fill: INK }, "Key")];
  const next = (): number => (y += ROW);
  let ry = next();
  parts.push(...row(ry, x, linkLine({ x, y: ry }, { x: x + 44, y: ry }, "CURRENT"), "Current: works with them now"));
  ry = next();
  parts.push(...row(ry, x, linkLine({ x, y: ry }, { x: x + 44, y: ry }, "HISTORIC"), "Historic: worked with them before"));
  ry = next();
  parts.push(...row(ry, x, s("circle", { cx: x + 22, cy: ry, r: 12, fill: "#ffffff", stroke: INK, "stroke-width": 2 }), "A service"));
  ry = next();
  parts.push(...row(ry, x, s("circle", { cx: x + 22, cy: ry, r: 12, fill: "#f3f2f1", stroke: INK, "stroke-width": 2, "stroke-dasharray": "2 3" }), "The family: home and closest kin"));
  ry = next();
  parts.push(...row(ry, x, shapeFor("MALE", x + 22, ry, 10), "Male"));
  ry = next();
  parts.push(...row(ry, x, shapeFor("FEMALE", x + 22, ry, 10), "Female"));
  ry = next();
  parts.push(...row(ry, x, shapeFor("UNKNOWN", x + 22, ry, 10), "Other or not recorded"));
  ry = next();
  parts.push(...row(ry, x, s("g", {}, shapeFor("FEMALE", x + 22, ry, 13), shapeFor("FEMALE", x + 22, ry, 9)), "The person the map is for"));
  ry = next();
  parts.push(
    ...row(ry, x, s("g", {}, shapeFor("MALE", x + 22, ry, 10), s("path", { d: `M${x + 12} ${ry - 10}L${x + 32} ${ry + 10}M${x + 32} ${ry - 10}L${x + 12} ${ry + 10}`, stroke: INK, "stroke-width": 2 })), "Died"),
  );
  if (inferred) {
    ry = next();
    parts.push(...row(ry, x, s("g", {}, shapeFor("UNKNOWN", x + 22, ry, 10, true), s("text", { x: x + 36, y: ry - 2, "font-size": 13, "font-weight": "bold", fill: INK }, "?")), "Possibly family, not confirmed"));
  }
  ry = next();
  parts.push(s("text", { x, y: ry + 4.5, "font-size": 13, fill: INK }, "Number inside a symbol: age"));
  if (conference) {
    ry = next();
    parts.push(s("text", { x, y: ry + 4.5, "font-size": 13, "font-weight": "bold", fill: INK }, "Conference version:"));
    ry = next();
    parts.push(s("text", { x, y: ry + 4.5 - 10, "font-size": 13, fill: INK }, "police and health left out"));
  }
  const box = s("rect", { x: at.x, y: at.y, width: LEGEND_WIDTH - 10, height: y - at.y + 20, fill: "#ffffff", stroke: INK, "stroke-width": 1 });
  return s("g", { class: "ecomap__legend", "aria-hidden": "true" }, box, parts);
}
