// Relationship-quality lines a practitioner recorded: close (double line), conflict (zigzag), cut off (a line
// broken by a gap between two bars), distant (dotted), supportive (thin line with a dot mid-way). Drawn a
// little to the side of the straight line between the two people so they do not hide family lines.

import { R } from "./geometry";
import type { GenogramLayout } from "./layout";
import type { RelationshipQualityKind } from "./network";
import { svg, title } from "./svg";
import type { LegendUse } from "./legend";

export const QUALITY_STYLE: Record<Exclude<RelationshipQualityKind, "UNKNOWN">, { colour: string; words: string }> = {
  CLOSE: { colour: "#00703c", words: "close" },
  SUPPORTIVE: { colour: "#1d70b8", words: "supportive" },
  DISTANT: { colour: "#505a5f", words: "distant" },
  CONFLICT: { colour: "#d4351c", words: "conflict" },
  CUT_OFF: { colour: "#0b0c0c", words: "cut off" },
};

/** The path of a quality line from (0,0) to (len,0); rotated into place by the caller. */
export function qualityPath(q: Exclude<RelationshipQualityKind, "UNKNOWN">, len: number): { d: string; dash: string | null; width: number } {
  switch (q) {
    case "CLOSE":
      return { d: `M0,-3H${len}M0,3H${len}`, dash: null, width: 2 };
    case "CONFLICT": {
      let d = "M0,0";
      const step = 8;
      const n = Math.max(2, Math.floor(len / step));
      for (let i = 1; i < n; i++) d += `L${(i * len) / n},${i % 2 ? -6 : 6}`;
      return { d: `${d}L${len},0`, dash: null, width: 2 };
    }
    case "CUT_OFF": {
      const m = len / 2;
      return { d: `M0,0H${m - 7}M${m + 7},0H${len}M${m - 7},-8V8M${m + 7},-8V8`, dash: null, width: 2 };
    }
    case "DISTANT":
      return { d: `M0,0H${len}`, dash: "2 5", width: 2 };
    case "SUPPORTIVE":
      return { d: `M0,0H${len}M${len / 2 - 3},0a3,3 0 1,0 6,0a3,3 0 1,0 -6,0`, dash: null, width: 2 };
  }
}

export function qualityLines(layout: GenogramLayout, use: LegendUse): SVGGElement {
  const g = svg("g", { class: "gg-qualities" });
  const names = (id: string) => layout.people.get(id)?.member?.person.name ?? id;
  const seen = new Set<string>();
  let bracket = 0;
  const list = [...layout.model.qualities].sort((a, b) => a.fromPersonId.localeCompare(b.fromPersonId) || a.toPersonId.localeCompare(b.toPersonId));
  for (const q of list) {
    if (!(q.quality in QUALITY_STYLE)) continue; // UNKNOWN, or a kind this drawing does not know
    const kind = q.quality as keyof typeof QUALITY_STYLE;
    const key = [q.fromPersonId, q.toPersonId].sort().join("+");
    if (seen.has(key)) continue;
    seen.add(key);
    const a = layout.people.get(q.fromPersonId);
    const b = layout.people.get(q.toPersonId);
    if (!a || !b) continue;
    const [p, r] = a.x <= b.x ? [a, b] : [b, a];
    const style = QUALITY_STYLE[kind];
    const tip = title(`${names(q.fromPersonId)} and ${names(q.toPersonId)}: ${style.words}${q.note ? ` – ${q.note}` : ""} (recorded by ${q.recordedBy}, ${q.recordedAt.slice(0, 10)})`);
    use.quality.add(kind);
    const between = p.y === r.y && [...layout.people.values()].some((o) => o.y === p.y && o.x > p.x && o.x < r.x);
    if (between) {
      // Over the heads of the people between them: up, across with the pattern, and down.
      // In the band between generations above the children's lines, where only vertical lines pass.
      const top = p.y - R - 60 - (bracket++ % 3) * 8;
      const path = qualityPath(kind, r.x - p.x - 24);
      g.append(
        svg(
          "g",
          { class: `gg-quality gg-quality--${kind.toLowerCase()}` },
          tip,
          svg("path", { d: `M${p.x},${p.y - R - 4}V${top}H${p.x + 12}M${r.x - 12},${top}H${r.x}V${r.y - R - 4}`, fill: "none", stroke: style.colour, "stroke-width": 2 }),
          svg("path", { d: path.d, transform: `translate(${p.x + 12},${top})`, fill: "none", stroke: style.colour, "stroke-width": path.width, "stroke-dasharray": path.dash }),
        ),
      );
      continue;
    }
    const dx = r.x - p.x;
    const dy = r.y - p.y;
    const dist = Math.hypot(dx, dy);
    if (dist < 2 * R + 12) continue;
    const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    // Pushed off the centre line: below a couple's partnership line (its years are above), beside a parent-child line.
    const off = 14;
    // Clear of the fold control low on a symbol's right when the line runs along a row.
    const start = Math.abs(angle) < 30 ? R + 30 : R + 8;
    const len = dist - 2 * start;
    const path = qualityPath(kind, len);
    g.append(
      svg(
        "g",
        { class: `gg-quality gg-quality--${kind.toLowerCase()}`, transform: `translate(${p.x},${p.y}) rotate(${angle}) translate(${start},${off})` },
        tip,
        svg("path", { d: path.d, fill: "none", stroke: style.colour, "stroke-width": path.width, "stroke-dasharray": path.dash }),
      ),
    );
  }
  return g;
}
