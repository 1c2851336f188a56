// One bar per day, drawn as SVG by hand like the cohort charts (cohort/charts.ts): a count per day of one kind of
// use. A long range labels every few days so the labels never overlap; every bar keeps its day and count in a
// title, and the table under the charts holds the same figures.

import { svg } from "../dom";
import { valueAxis } from "../cohort/charts";

export interface DayBar {
  day: string;
  value: number;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** 3 Mar: a day short enough to sit under a bar. */
export function shortDay(day: string): string {
  const [, month, date] = day.split("-");
  return `${Number(date)} ${MONTHS[Number(month) - 1] ?? month}`;
}

/** Every how many days a label fits: about 8 labels at most. */
export function labelEvery(days: number): number {
  return Math.max(1, Math.ceil(days / 8));
}

export function dailyBarChart(options: { id: string; title: string; bars: DayBar[]; what: string }): SVGSVGElement {
  const { id, bars } = options;
  // Drawn small, so that its text stays readable when two charts sit side by side.
  const width = 440;
  const height = 220;
  const margin = { top: 20, right: 10, bottom: 40, left: 40 };
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const max = Math.max(0, ...bars.map((b) => b.value)) || 5;
  const { y, grid } = valueAxis(max, 4, { left: margin.left, right: width - margin.right, top: margin.top, plotHeight });
  const band = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.max(1, Math.min(40, band * 0.7));
  const every = labelEvery(bars.length);
  const marks = bars.map((bar, i) => {
    const centre = margin.left + band * i + band / 2;
    return svg(
      "g",
      null,
      svg("title", null, `${shortDay(bar.day)}: ${bar.value} ${options.what}`),
      svg("rect", { x: centre - barWidth / 2, y: y(bar.value), width: barWidth, height: Math.max(0, y(0) - y(bar.value)), class: "chart__bar" }),
      bars.length <= 16 && bar.value > 0
        ? svg("text", { x: centre, y: y(bar.value) - 5, "text-anchor": "middle", class: "chart__value" }, String(bar.value))
        : null,
      i % every === 0
        ? svg("text", { x: centre, y: height - margin.bottom + 20, "text-anchor": "middle", class: "chart__tick" }, shortDay(bar.day))
        : null,
    );
  });
  const total = bars.reduce((sum, b) => sum + b.value, 0);
  return svg(
    "svg",
    { class: "chart chart--daily", viewBox: `0 0 ${width} ${height}`, width, height, role: "img", "aria-labelledby": `${id}-title ${id}-desc`, id },
    svg("title", { id: `${id}-title` }, options.title),
    svg("desc", { id: `${id}-desc` }, `${total} ${options.what} in all over ${bars.length} days. The same figures are in the table below.`),
    grid,
    marks,
  );
}
