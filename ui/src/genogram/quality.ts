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
  const list = [...layout.model.qualities].sort((a, b) => a.fromPersonId.localeCompare(b.fromPersonId) || a.toPersonId.localeCompare(b.toPersonId));
  for (const q of list) {
    if (q.quality === "UNKNOWN") continue;
    const key = [q.fromPersonId, q.toPersonId].sort().join("+");
    if (seen.has(key)) continue;
    seen.add(key);
    const a = layout.people.get(q.fromPersonId);
    const b = layout.people.get(q.toPersonId);
    if (!a || !b) continue;
    const [p, r] = a.x <= b.x ? [a, b] : [b, a];
    const dx = r.x - p.x;
    const dy = r.y - p.y;
    const dist = Math.hypot(dx, dy);
    if (dist < 2 * R + 12) continue;
    const angle = (Math.atan2(dy, dx) * 180) / Math.PI;
    // Pushed off the centre line: below a couple's partnership line (its years are above), beside a parent-child line.
    const off = 14;
    const start = R + 8;
    const len = dist - 2 * start;
    const path = qualityPath(q.quality, len);
    use.quality.add(q.quality);
    g.append(
      svg(
        "g",
        { class: `gg-quality gg-quality--${q.quality.toLowerCase()}`, transform: `translate(${p.x},${p.y}) rotate(${angle}) translate(${start},${off})` },
        title(`${names(q.fromPersonId)} and ${names(q.toPersonId)}: ${QUALITY_STYLE[q.quality].words}${q.note ? ` – ${q.note}` : ""} (recorded by ${q.recordedBy}, ${q.recordedAt.slice(0, 10)})`),
        svg("path", { d: path.d, fill: "none", stroke: QUALITY_STYLE[q.quality].colour, "stroke-width": path.width, "stroke-dasharray": path.dash }),
      ),
    );
  }
  return g;
}
