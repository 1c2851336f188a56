// McGoldrick symbols, centred on (0, 0): male square, female circle, unknown or other diamond; the focus
// person double-outlined; a cross through someone who has died; placeholders and inferred people dashed grey.

import { R } from "./geometry";
import { svg, type Attrs } from "./svg";
import type { Sex } from "../api";

export const INK = "#0b0c0c";
/** Grey for what is not a fact (inferred, unknown): 7:1 on white, so still well above 3:1. */
export const GREY = "#505a5f";

export function shape(sex: Sex, r: number, attrs: Attrs): SVGElement {
  if (sex === "MALE") return svg("rect", { x: -r, y: -r, width: 2 * r, height: 2 * r, ...attrs });
  if (sex === "FEMALE") return svg("circle", { cx: 0, cy: 0, r, ...attrs });
  const d = r * 1.2;
  return svg("polygon", { points: `0,${-d} ${d},0 0,${d} ${-d},0`, ...attrs });
}

export interface SymbolStyle {
  sex: Sex;
  focus: boolean;
  deceased: boolean;
  uncertain: boolean;
  /** Text inside: the age, or "?" for a placeholder. */
  inner: string;
  scale?: number;
}

export function personSymbol(s: SymbolStyle): SVGGElement {
  const r = R * (s.scale ?? 1);
  const colour = s.uncertain ? GREY : INK;
  const g = svg("g", { class: "gg-symbol" });
  if (s.focus) g.append(shape(s.sex, r + 5 * (s.scale ?? 1), { fill: "none", stroke: INK, "stroke-width": 2 }));
  g.append(
    shape(s.sex, r, {
      fill: "#ffffff",
      stroke: colour,
      "stroke-width": s.focus ? 3 : 2,
      "stroke-dasharray": s.uncertain ? "5 3" : null,
    }),
  );
  if (s.inner) {
    g.append(
      svg("text", { x: 0, y: 0, dy: "0.35em", "text-anchor": "middle", "font-family": "Arial, Helvetica, sans-serif", "font-size": Math.round(15 * (s.scale ?? 1)), "font-weight": "bold", fill: colour }, s.inner),
    );
  }
  if (s.deceased) {
    const d = r * 0.9;
    g.append(svg("path", { d: `M${-d},${-d}L${d},${d}M${d},${-d}L${-d},${d}`, stroke: INK, "stroke-width": 2, fill: "none" }));
  }
  return g;
}
