// A stand-alone copy of a diagram on the page: the styles the page's CSS gives it written onto each element as
// presentation attributes (not style attributes, which the Content-Security-Policy refuses), the view box
// widened to the whole drawing (not the zoomed part on screen), and, for the SVG and PNG files, a header band
// with the marking, title and dates, and the marking again at the foot.

import { headerText } from "./meta";
import type { ExportMeta } from "./meta";

const SVG_NS = "http://www.w3.org/2000/svg";
const PAD = 12;
const MIN_WIDTH = 760;

// Inherited SVG properties (a child only needs one when it differs from its parent) and two that are not.
const INHERITED = [
  "fill", "fill-opacity", "stroke", "stroke-width", "stroke-dasharray", "stroke-linecap", "stroke-linejoin",
  "stroke-opacity", "font-family", "font-size", "font-weight", "font-style", "text-anchor", "dominant-baseline",
  "visibility", "paint-order", "letter-spacing",
];
const NOT_INHERITED = ["opacity"];

export interface SvgCopy {
  svg: SVGSVGElement;
  width: number;
  height: number;
}

function copyComputedStyles(original: Element, copy: Element, parentStyle: CSSStyleDeclaration | null): void {
  const style = getComputedStyle(original);
  if (style.display === "none") {
    copy.remove();
    return;
  }
  for (const name of INHERITED) {
    const value = style.getPropertyValue(name);
    if (value && (!parentStyle || parentStyle.getPropertyValue(name) !== value)) copy.setAttribute(name, value);
  }
  for (const name of NOT_INHERITED) {
    const value = style.getPropertyValue(name);
    if (value && value !== "1") copy.setAttribute(name, value);
  }
  copy.removeAttribute("tabindex");
  const originals = Array.from(original.children);
  const copies = Array.from(copy.children);
  originals.forEach((child, i) => copyComputedStyles(child, copies[i]!, style));
}

type Box = { x: number; y: number; width: number; height: number };

/** The box of one child of the SVG in the SVG's own units: its bounding box moved by its transform, if any. */
function childBox(child: SVGGraphicsElement): Box | null {
  const box = child.getBBox();
  if (box.width <= 0 && box.height <= 0) return null;
  const matrix = child.transform?.baseVal.consolidate()?.matrix;
  if (!matrix) return { x: box.x, y: box.y, width: box.width, height: box.height };
  const corners = [
    [box.x, box.y], [box.x + box.width, box.y], [box.x, box.y + box.height], [box.x + box.width, box.y + box.height],
  ].map(([x, y]) => ({ x: matrix.a * x! + matrix.c * y! + matrix.e, y: matrix.b * x! + matrix.d * y! + matrix.f }));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

/**
 * The whole drawing's box, whatever part of it the screen is zoomed to: the content size a diagram declares
 * (data-content-width and -height, as the genogram does), else the union of its children's boxes, leaving out
 * backgrounds (class "...background...", which may be drawn far larger than the picture), else its view box.
 */
function drawingBox(svg: SVGSVGElement): Box {
  const declaredWidth = Number(svg.dataset["contentWidth"]);
  const declaredHeight = Number(svg.dataset["contentHeight"]);
  if (declaredWidth > 0 && declaredHeight > 0) {
    return { x: Number(svg.dataset["contentX"] ?? 0), y: Number(svg.dataset["contentY"] ?? 0), width: declaredWidth, height: declaredHeight };
  }
  try {
    const boxes = Array.from(svg.children)
      .filter((c): c is SVGGraphicsElement => c instanceof SVGGraphicsElement && !/background/.test(c.getAttribute("class") ?? ""))
      .map(childBox)
      .filter((b): b is Box => b !== null);
    if (boxes.length > 0) {
      const x = Math.min(...boxes.map((b) => b.x));
      const y = Math.min(...boxes.map((b) => b.y));
      const width = Math.max(...boxes.map((b) => b.x + b.width)) - x;
      const height = Math.max(...boxes.map((b) => b.y + b.height)) - y;
      return { x: x - PAD, y: y - PAD, width: width + 2 * PAD, height: height + 2 * PAD };
    }
  } catch {
    // Not rendered (detached or hidden): fall back to what the SVG says about itself.
  }
  const view = svg.viewBox.baseVal;
  if (view && view.width > 0) return { x: view.x, y: view.y, width: view.width, height: view.height };
  return { x: 0, y: 0, width: svg.width.baseVal.value || 800, height: svg.height.baseVal.value || 600 };
}

/** The diagram alone, styled and whole, at one user unit to the pixel. */
export function styledCopy(svg: SVGSVGElement): SvgCopy {
  const box = drawingBox(svg);
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copyComputedStyles(svg, copy, null);
  copy.setAttribute("xmlns", SVG_NS);
  copy.setAttribute("viewBox", `${box.x} ${box.y} ${box.width} ${box.height}`);
  copy.setAttribute("width", String(box.width));
  copy.setAttribute("height", String(box.height));
  copy.removeAttribute("class");
  return { svg: copy, width: box.width, height: box.height };
}

function el(tag: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG_NS, tag) as SVGElement;
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The diagram with its header band and foot marking: what the SVG and PNG files hold. */
export function framedCopy(svg: SVGSVGElement, meta: ExportMeta): SvgCopy {
  const header = headerText(meta);
  const inner = styledCopy(svg);
  const width = Math.ceil(Math.max(inner.width, MIN_WIDTH) + 2 * PAD);
  const top = header.conference ? 112 : 92;
  const height = Math.ceil(top + inner.height + 40);
  const text = { "font-family": "Arial, Helvetica, sans-serif", fill: "#0b0c0c" };
  const outer = el("svg", { xmlns: SVG_NS, width, height, viewBox: `0 0 ${width} ${height}`, role: "img" }) as SVGSVGElement;
  outer.append(
    el("title", {}, `${header.heading} (${header.marking})`),
    el("desc", {}, [header.dates, header.conference ?? ""].filter(Boolean).join(" ")),
    el("rect", { x: 0, y: 0, width, height, fill: "#ffffff" }),
    el("text", { ...text, x: width / 2, y: 20, "text-anchor": "middle", "font-size": 15, "font-weight": "bold", "letter-spacing": 1 }, header.marking),
    el("line", { x1: PAD, y1: 30, x2: width - PAD, y2: 30, stroke: "#0b0c0c", "stroke-width": 1 }),
    el("text", { ...text, x: PAD, y: 58, "font-size": 22, "font-weight": "bold" }, header.heading),
    el("text", { ...text, x: PAD, y: 80, "font-size": 14 }, header.dates),
  );
  if (header.conference) outer.append(el("text", { ...text, x: PAD, y: 100, "font-size": 14, "font-weight": "bold" }, header.conference));
  inner.svg.setAttribute("x", String(PAD + (width - 2 * PAD - inner.width) / 2));
  inner.svg.setAttribute("y", String(top));
  outer.append(
    inner.svg,
    el("line", { x1: PAD, y1: height - 30, x2: width - PAD, y2: height - 30, stroke: "#0b0c0c", "stroke-width": 1 }),
    el("text", { ...text, x: width / 2, y: height - 10, "text-anchor": "middle", "font-size": 15, "font-weight": "bold", "letter-spacing": 1 }, header.marking),
  );
  return { svg: outer, width, height };
}

export function serialise(svg: SVGSVGElement): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}
