// A line between a person and a service: current solid and thick, historic dashed and thin (pattern and width
// carry the meaning, not colour), each with its word on it.

import type { InvolvementStatus } from "../api";
import type { PlacedLink, Point } from "./geometry";
import { HALO, s } from "./svg";

export function linkLine(from: Point, to: Point, status: InvolvementStatus): SVGLineElement {
  const current = status === "CURRENT";
  return s("line", {
    x1: from.x,
    y1: from.y,
    x2: to.x,
    y2: to.y,
    stroke: current ? "#0b0c0c" : "#505a5f",
    "stroke-width": current ? 3.5 : 1.5,
    "stroke-dasharray": current ? null : "7 5",
    "stroke-linecap": "round",
  });
}

export function linkLabel(link: PlacedLink): SVGTextElement {
  return s(
    "text",
    {
      x: link.label.x,
      y: link.label.y + 4,
      "text-anchor": "middle",
      "font-size": 11,
      "font-weight": link.status === "CURRENT" ? "bold" : "normal",
      fill: "#0b0c0c",
      ...HALO,
    },
    link.status === "CURRENT" ? "current" : "historic",
  );
}
