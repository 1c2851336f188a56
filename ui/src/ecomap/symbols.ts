// A person's small McGoldrick symbol on the eco-map: male square, female circle, other or unknown diamond, the
// person the map is for double-outlined, a death crossed through, the age inside.

import type { Sex } from "../api";
import { SYMBOL } from "./geometry";
import { s } from "./svg";

const INK = "#0b0c0c";

/** A person's outline; a dashed grey one for someone who may not be family (inferred, not confirmed). */
export function shapeFor(sex: Sex, x: number, y: number, half: number, inferred = false): SVGElement {
  const common = inferred
    ? { fill: "#ffffff", stroke: "#505a5f", "stroke-width": 2, "stroke-dasharray": "4 3" }
    : { fill: "#ffffff", stroke: INK, "stroke-width": 2 };
  if (sex === "MALE") return s("rect", { x: x - half, y: y - half, width: 2 * half, height: 2 * half, ...common });
  if (sex === "FEMALE") return s("circle", { cx: x, cy: y, r: half, ...common });
  const d = half * 1.2;
  return s("polygon", { points: `${x},${y - d} ${x + d},${y} ${x},${y + d} ${x - d},${y}`, ...common });
}

export function personSymbol(
  person: { sex: Sex; age: number | null; deceased: boolean; focus: boolean; inferred: boolean },
  x: number,
  y: number,
): SVGGElement {
  const half = SYMBOL / 2;
  const g = s("g", { class: "ecomap__symbol" });
  if (person.focus) g.appendChild(shapeFor(person.sex, x, y, half + 5));
  g.appendChild(shapeFor(person.sex, x, y, half, person.inferred));
  if (person.inferred) g.appendChild(s("text", { x: x + half + 3, y: y - half + 8, "font-size": 15, "font-weight": "bold", fill: INK }, "?"));
  if (person.deceased) {
    g.appendChild(s("path", { d: `M${x - half} ${y - half}L${x + half} ${y + half}M${x + half} ${y - half}L${x - half} ${y + half}`, stroke: INK, "stroke-width": 2 }));
  }
  if (person.age !== null && !person.deceased) {
    g.appendChild(s("text", { x, y: y + 4.5, "text-anchor": "middle", "font-size": 13, "font-weight": "bold", fill: INK }, String(person.age)));
  }
  return g;
}
