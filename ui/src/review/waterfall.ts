// The explanation waterfall, hand-built SVG: one row per comparison, its bar running from the total before it to
// the total after it (right for evidence of a match, left against), then the final total. Every row is labelled
// in words, so neither the bars' direction nor their colour carries the meaning alone. Colours are classes
// (_review.scss): the Content-Security-Policy refuses style attributes.

import { h, svg } from "../dom";
import type { Contribution } from "./api";
import { comparisonName, percent, probabilityTicks, scale, steps, toProbability, weightWords } from "./waterfall-geometry";

const WIDTH = 1080;
const LABEL_WIDTH = 330;
const VALUE_WIDTH = 290;
const ROW = 36;
const TOP = 34;

export function waterfall(explanation: readonly Contribution[], idPrefix: string): HTMLElement {
  const all = steps(explanation);
  const chartLeft = LABEL_WIDTH;
  const chartWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const sc = scale(all, chartLeft, chartWidth);
  const total = all.at(-1)?.to ?? 0;
  const rows = all.length + 1;
  const height = TOP + rows * ROW + 40;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;

  const ticks = probabilityTicks(sc).map((t) =>
    svg(
      "g",
      null,
      svg("line", { x1: sc.x(t.bits), x2: sc.x(t.bits), y1: TOP - 6, y2: TOP + rows * ROW, class: "waterfall__grid" }),
      svg("text", { x: sc.x(t.bits), y: TOP - 12, "text-anchor": "middle", class: "waterfall__tick" }, percent(t.probability)),
    ),
  );

  const bars = all.map((s, i) => {
    const y = TOP + i * ROW;
    const left = Math.min(sc.x(s.from), sc.x(s.to));
    const width = Math.max(2, Math.abs(sc.x(s.to) - sc.x(s.from)));
    const kind = i === 0 ? "prior" : s.weight >= 0 ? "for" : "against";
    return svg(
      "g",
      { class: `waterfall__row waterfall__row--${kind}` },
      svg("text", { x: 0, y: y + ROW / 2 + 5, class: "waterfall__label" }, `${comparisonName(s.comparison)}: ${s.level}`),
      svg("rect", { x: left, y: y + 6, width, height: ROW - 12, class: `waterfall__bar waterfall__bar--${kind}` }),
      i > 0 ? svg("line", { x1: sc.x(s.from), x2: sc.x(s.from), y1: y - 6, y2: y + ROW - 6, class: "waterfall__join" }) : null,
      svg(
        "text",
        { x: WIDTH - VALUE_WIDTH + 10, y: y + ROW / 2 + 5, class: "waterfall__value" },
        i === 0 ? `starts at ${percent(s.probability)}` : `${weightWords(s.weight)}, now ${percent(s.probability)}`,
      ),
    );
  });

  const finalY = TOP + all.length * ROW;
  const final = svg(
    "g",
    { class: "waterfall__row waterfall__row--final" },
    svg("text", { x: 0, y: finalY + ROW / 2 + 5, class: "waterfall__label waterfall__label--final" }, "Final: the same person?"),
    svg("rect", {
      x: Math.min(sc.x(0), sc.x(total)),
      y: finalY + 6,
      width: Math.max(2, Math.abs(sc.x(total) - sc.x(0))),
      height: ROW - 12,
      class: "waterfall__bar waterfall__bar--final",
    }),
    svg("text", { x: WIDTH - VALUE_WIDTH + 10, y: finalY + ROW / 2 + 5, class: "waterfall__value waterfall__value--final" },
      `${percent(toProbability(total))} likely`),
  );

  const axisY = TOP + rows * ROW;
  const axis = svg(
    "g",
    null,
    svg("line", { x1: sc.x(0), x2: sc.x(0), y1: TOP - 6, y2: axisY, class: "waterfall__zero" }),
    svg("line", { x1: chartLeft, x2: chartLeft + chartWidth, y1: axisY, y2: axisY, class: "waterfall__axis" }),
    svg("text", { x: chartLeft, y: axisY + 22, class: "waterfall__tick" }, "← against a match"),
    svg("text", { x: chartLeft + chartWidth, y: axisY + 22, "text-anchor": "end", class: "waterfall__tick" }, "for a match →"),
  );

  const description = all
    .map((s, i) => (i === 0 ? `${comparisonName(s.comparison)} (${s.level}) starts at ${percent(s.probability)}` : `${comparisonName(s.comparison)}, ${s.level}, ${weightWords(s.weight)}, now ${percent(s.probability)}`))
    .join("; ");
  return h(
    "figure",
    { class: "waterfall" },
    svg(
      "svg",
      { class: "waterfall__svg", viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: "img", "aria-labelledby": `${titleId} ${descId}` },
      svg("title", { id: titleId }, "How each comparison moved the probability that the two records are one person"),
      svg("desc", { id: descId }, `${description}. Final: ${percent(toProbability(total))} likely the same person.`),
      ticks,
      bars,
      final,
      axis,
    ),
    h(
      "figcaption",
      { class: "govuk-hint" },
      "Bars to the right are evidence that the records are one person, to the left evidence against. Percentages across the top are the probability at that point.",
    ),
  );
}
