// Charts drawn as SVG by hand (no chart library): a bar chart of families by number of indicators and a heat map
// of services that go together. Colours come from classes in app.css; a withheld figure is hatched and written
// as [c], never told by colour alone. Each chart has a table of the same figures beside it for screen readers,
// print and copying.

import { h, svg } from "../dom";
import type { CoOccurrence, CoOccurrenceCell, Figure } from "./api";
import { serviceName } from "./filter";

export interface Bar {
  label: string;
  figure: Figure;
}

/** Whole-number steps of 1, 2 or 5 times a power of ten, about `count` of them up to max. */
export function niceStep(max: number, count = 5): number {
  if (max <= 0) return 1;
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= raw)!;
  return Math.max(1, step);
}

/**
 * The value axis of a bar chart: a scale from 0 up to a round number at or above max, in about `steps` whole steps,
 * and its grid lines with their labels.
 */
export function valueAxis(
  max: number,
  steps: number,
  frame: { left: number; right: number; top: number; plotHeight: number },
): { y: (v: number) => number; grid: SVGElement[] } {
  const step = niceStep(max, steps);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const y = (v: number) => frame.top + frame.plotHeight - (v / top) * frame.plotHeight;
  const grid: SVGElement[] = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(
      svg("line", { x1: frame.left, x2: frame.right, y1: y(v), y2: y(v), class: v === 0 ? "chart__axis" : "chart__grid" }),
      svg("text", { x: frame.left - 8, y: y(v) + 5, "text-anchor": "end", class: "chart__tick" }, String(v)),
    );
  }
  return { y, grid };
}

function hatchPattern(id: string): SVGElement {
  return svg(
    "defs",
    null,
    svg(
      "pattern",
      { id, width: 8, height: 8, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
      svg("rect", { width: 8, height: 8, class: "hatch__ground" }),
      svg("line", { x1: 0, y1: 0, x2: 0, y2: 8, class: "hatch__line" }),
    ),
  );
}

/** Why a figure has no number, in words, for a tooltip or a screen reader. */
export function figureWords(figure: Figure): string {
  switch (figure.text) {
    case "[c]":
      return "withheld ([c])";
    case "[k]":
      return "not zero but rounds to zero ([k])";
    case "[z]":
      return "not applicable ([z])";
    default:
      return figure.text;
  }
}

export function barChart(options: { id: string; title: string; bars: Bar[]; xTitle: string; yTitle: string }): SVGSVGElement {
  const { id, bars } = options;
  const width = 640;
  const height = 320;
  const margin = { top: 24, right: 12, bottom: 60, left: 60 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  // With every count withheld there is nothing to scale to: an axis to 10 keeps the chart readable.
  const max = Math.max(0, ...bars.map((b) => b.figure.value ?? 0)) || 10;
  const { y, grid } = valueAxis(max, 5, { left: margin.left, right: width - margin.right, top: margin.top, plotHeight });
  const band = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.min(56, band * 0.62);
  const hatch = `${id}-hatch`;

  const marks = bars.map((bar, i) => {
    const centre = margin.left + band * i + band / 2;
    const label = svg("text", { x: centre, y: height - margin.bottom + 22, "text-anchor": "middle", class: "chart__tick" }, bar.label);
    const value = bar.figure.value;
    if (value === null) {
      // No bar for a figure with no number: the whole column is hatched and says why, so it reads as unknown, not small.
      return svg(
        "g",
        { class: "chart__withheld" },
        svg("title", null, `${bar.label}: ${figureWords(bar.figure)}`),
        svg("rect", { x: centre - barWidth / 2, y: margin.top, width: barWidth, height: plotHeight, fill: `url(#${hatch})`, class: "chart__withheld-band" }),
        svg("rect", { x: centre - 18, y: margin.top + plotHeight - 34, width: 36, height: 22, class: "chart__label-ground" }),
        svg("text", { x: centre, y: margin.top + plotHeight - 18, "text-anchor": "middle", class: "chart__value" }, bar.figure.text),
        label,
      );
    }
    return svg(
      "g",
      null,
      svg("title", null, `${bar.label}: ${bar.figure.text}`),
      svg("rect", { x: centre - barWidth / 2, y: y(value), width: barWidth, height: Math.max(0, y(0) - y(value)), class: "chart__bar" }),
      svg("text", { x: centre, y: y(value) - 6, "text-anchor": "middle", class: "chart__value" }, bar.figure.text),
      label,
    );
  });

  return svg(
    "svg",
    {
      class: "chart",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      id,
    },
    svg("title", { id: `${id}-title` }, options.title),
    svg("desc", { id: `${id}-desc` }, "The same figures are in the table under the chart. Hatched columns are withheld ([c])."),
    hatchPattern(hatch),
    grid,
    marks,
    svg("text", { x: margin.left + plotWidth / 2, y: height - 10, "text-anchor": "middle", class: "chart__title" }, options.xTitle),
    svg(
      "text",
      { x: 0, y: 0, transform: `translate(16 ${margin.top + plotHeight / 2}) rotate(-90)`, "text-anchor": "middle", class: "chart__title" },
      options.yTitle,
    ),
  );
}

/** Lift in six bands, below 1 (less often than by chance) to well above (go together). */
export const LIFT_BANDS: readonly { upTo: number; label: string }[] = [
  { upTo: 0.5, label: "under 0.5" },
  { upTo: 0.9, label: "0.5 to 0.9" },
  { upTo: 1.1, label: "0.9 to 1.1 (as by chance)" },
  { upTo: 2, label: "1.1 to 2" },
  { upTo: 4, label: "2 to 4" },
  { upTo: Infinity, label: "4 or more" },
];

export function liftBand(lift: number): number {
  return LIFT_BANDS.findIndex((band) => lift < band.upTo);
}

export function cellOf(table: CoOccurrence): (row: string, column: string) => CoOccurrenceCell | undefined {
  const cells = new Map(table.cells.map((c) => [`${c.row}\u0000${c.column}`, c]));
  return (row, column) => cells.get(`${row}\u0000${column}`);
}

function liftText(lift: Figure): string {
  return lift.value === null ? lift.text : `×${lift.text}`;
}

export function heatMap(table: CoOccurrence, id: string): SVGSVGElement {
  const services = table.services;
  const n = services.length;
  const cellWidth = 60;
  const cellHeight = 44;
  const left = 200;
  const top = 150;
  const width = left + n * cellWidth + 120;
  const height = top + n * cellHeight + 10;
  const hatch = `${id}-hatch`;
  const cell = cellOf(table);

  const columnLabels = services.map((service, j) => {
    const x = left + j * cellWidth + cellWidth / 2;
    return svg("text", { x, y: top - 10, transform: `rotate(-45 ${x} ${top - 10})`, class: "chart__tick" }, serviceName(service));
  });
  const rowLabels = services.map((service, i) =>
    svg("text", { x: left - 10, y: top + i * cellHeight + cellHeight / 2 + 5, "text-anchor": "end", class: "chart__tick" }, serviceName(service)),
  );

  const cells: SVGElement[] = [];
  services.forEach((row, i) =>
    services.forEach((column, j) => {
      const c = cell(row, column);
      if (!c) return;
      const x = left + j * cellWidth;
      const yTop = top + i * cellHeight;
      const diagonal = row === column;
      const withheld = c.families.withheld === "SUPPRESSED" || (!diagonal && c.lift.withheld === "SUPPRESSED");
      const oneLine = diagonal || c.families.value === null;
      const band = c.lift.value === null ? null : liftBand(c.lift.value);
      const kind = diagonal ? "heat__cell--diagonal" : band === null ? "heat__cell--none" : `heat__cell--lift-${band}`;
      const words = diagonal
        ? `${serviceName(row)}: ${figureWords(c.families)} families`
        : `${serviceName(row)} with ${serviceName(column)}: ${figureWords(c.families)} families, lift ${figureWords(c.lift)}`;
      cells.push(
        svg(
          "g",
          { class: withheld ? "heat__cell heat__cell--withheld" : "heat__cell" },
          svg("title", null, words),
          svg("rect", { x, y: yTop, width: cellWidth, height: cellHeight, class: `heat__rect ${kind}` }),
          withheld ? svg("rect", { x, y: yTop, width: cellWidth, height: cellHeight, fill: `url(#${hatch})`, class: "heat__hatch" }) : null,
          // One line when there is no lift to give (the diagonal, or a withheld pair): the count alone, centred.
          svg("text", { x: x + cellWidth / 2, y: yTop + (oneLine ? 27 : 20), "text-anchor": "middle", class: "heat__count" }, c.families.text),
          oneLine ? null : svg("text", { x: x + cellWidth / 2, y: yTop + 36, "text-anchor": "middle", class: "heat__lift" }, liftText(c.lift)),
        ),
      );
    }),
  );

  return svg(
    "svg",
    {
      class: "chart chart--heat",
      viewBox: `0 0 ${width} ${height}`,
      width,
      height,
      role: "img",
      "aria-labelledby": `${id}-title ${id}-desc`,
      id,
    },
    svg("title", { id: `${id}-title` }, "Services that go together: families with both services, coloured by lift"),
    svg(
      "desc",
      { id: `${id}-desc` },
      "Each cell gives the families working with both services and, under it, the lift. Hatched cells marked [c] are withheld. The same figures are in the table view.",
    ),
    hatchPattern(hatch),
    columnLabels,
    rowLabels,
    cells,
  );
}

export function heatLegend(): HTMLElement {
  return h(
    "div",
    { class: "legend" },
    h("p", { class: "legend__title" }, "Lift (colour): how many times more often than by chance"),
    h(
      "ul",
      { class: "legend__items" },
      LIFT_BANDS.map((band, i) => h("li", null, h("span", { class: `swatch heat__cell--lift-${i}`, "aria-hidden": "true" }), band.label)),
      h("li", null, h("span", { class: "swatch swatch--hatched", "aria-hidden": "true" }), "[c] withheld"),
      h("li", null, h("span", { class: "swatch heat__cell--none", "aria-hidden": "true" }), "[z] no lift"),
      h("li", null, h("span", { class: "swatch heat__cell--diagonal", "aria-hidden": "true" }), "diagonal: families with the service"),
    ),
  );
}
