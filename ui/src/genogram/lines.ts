// The lines between people: partnerships (solid married, dashed cohabiting, slashes when separated or
// divorced, with years), children hanging from their parents' couple (solid birth, dashed adoptive, dotted
// foster, labelled special guardianship and kinship care; twins from one point), carers' and inferred links,
// and ties the structure cannot show (siblings without recorded parents, relatives, friends).

import { GAP, R } from "./geometry";
import type { GenogramLayout, PlacedPerson } from "./layout";
import type { ExtraLink, Family } from "./model";
import { GREY, INK } from "./symbols";
import { label, svg, title } from "./svg";
import type { ParentLine } from "./ties";
import type { LegendUse } from "./legend";
import { freeChannel, laneBelow } from "./routes";

export const PARENT_LINE_STYLE: Record<ParentLine, { dash: string | null; tag: string | null; words: string; colour: string }> = {
  birth: { dash: null, tag: null, words: "birth child", colour: INK },
  adoptive: { dash: "8 4", tag: null, words: "adopted child", colour: INK },
  foster: { dash: "2 4", tag: null, words: "foster child", colour: INK },
  special_guardian: { dash: null, tag: "SGO", words: "special guardianship", colour: INK },
  kinship_carer: { dash: "8 3 2 3", tag: "KIN", words: "kinship care", colour: INK },
  step: { dash: "3 3", tag: "step", words: "step-parent", colour: INK },
  inferred: { dash: "5 4", tag: "?", words: "possible parent or carer (inferred)", colour: GREY },
};

export const PARTNERSHIP_DASH: Record<string, string | null> = { married: null, cohabiting: "8 5", not_recorded: "10 4 2 4" };

/** How high above the row a partnership line runs when someone stands between the partners. */
const OVER_ROW = R + 20;

function line(d: string, attrs: Record<string, string | number | null> = {}): SVGPathElement {
  return svg("path", { d, fill: "none", stroke: INK, "stroke-width": 2, ...attrs });
}

/** A small white-backed tag on a line ("SGO", "? 62%"). */
function tag(x: number, y: number, text: string, colour: string): SVGGElement {
  const w = text.length * 6.5 + 8;
  return svg(
    "g",
    { class: "gg-line-tag" },
    svg("rect", { x: x - w / 2, y: y - 9, width: w, height: 18, rx: 3, fill: "#ffffff", stroke: colour, "stroke-width": 1 }),
    label(x, y + 4, text, { "font-size": 11, "font-weight": "bold", fill: colour, stroke: null }),
  );
}

function slashes(x: number, y: number, count: number): string {
  let d = "";
  for (let i = 0; i < count; i++) {
    const dx = (i - (count - 1) / 2) * 7;
    d += `M${x + dx - 5},${y + 9}L${x + dx + 5},${y - 9}`;
  }
  return d;
}

function partnershipLine(f: Family, layout: GenogramLayout, use: LegendUse): SVGGElement | null {
  if (f.partners.length < 2) return null;
  const [a, b] = f.partners.map((id) => layout.people.get(id)!).sort((p, q) => p.x - q.x) as [PlacedPerson, PlacedPerson];
  const style = f.partnership?.style ?? "not_recorded";
  const placeholder = !a.member || !b.member;
  use.partnership.add(placeholder ? "placeholder" : style);
  const g = svg("g", { class: "gg-partnership", "data-family": f.id });
  const tipText = [
    `${a.member?.person.name ?? a.placeholderLabel} and ${b.member?.person.name ?? b.placeholderLabel}`,
    f.partnership ? f.partnership.ties.map((t) => `${t.kind.replace(/_/g, " ")}${t.from ? ` from ${t.from}` : ""}${t.to ? ` to ${t.to}` : ""} (source: ${t.source})`).join("; ") : "partnership not recorded",
  ].join(": ");
  g.append(title(tipText));
  const y = (a.y + b.y) / 2;
  const between = [...layout.people.values()].some((p) => p.y === a.y && p.x > a.x && p.x < b.x);
  const colour = placeholder ? GREY : INK;
  const dash = placeholder ? "5 4" : PARTNERSHIP_DASH[style];
  let midX: number;
  let midY: number;
  if (between) {
    const top = y - OVER_ROW;
    g.append(line(`M${a.x},${a.y - R}V${top}H${b.x}V${b.y - R}`, { stroke: colour, "stroke-dasharray": dash }));
    midX = (a.x + b.x) / 2;
    midY = top;
  } else {
    g.append(line(`M${a.x + R},${a.y}L${b.x - R},${b.y}`, { stroke: colour, "stroke-dasharray": dash }));
    midX = (a.x + b.x) / 2;
    midY = y;
  }
  const cuts = f.partnership?.slashes ?? 0;
  if (cuts) {
    use.partnership.add(cuts === 2 ? "divorced" : "separated");
    g.append(line(slashes(midX, midY, cuts), { "stroke-width": 2 }));
  }
  if (f.partnership?.label) g.append(label(midX, midY - 12, f.partnership.label, { "font-size": 11 }));
  return g;
}

/**
 * Where a family's children hang from: the couple's line, or beside a single parent (clear of their labels).
 * When someone stands between the partners (a third partner), the couple's line runs over the row and the
 * children hang from it in the gap beside the partner on the right, not down through the person in between.
 */
export function familyAnchor(f: Family, layout: GenogramLayout): { x: number; y: number } {
  const partners = f.partners.map((id) => layout.people.get(id)!);
  if (partners.length === 1) return { x: partners[0]!.x + GAP / 2, y: partners[0]!.y };
  const [a, b] = [...partners].sort((p, q) => p.x - q.x) as [PlacedPerson, PlacedPerson];
  const between = [...layout.people.values()].filter((p) => p.y === a.y && p.x > a.x && p.x < b.x);
  if (a.y === b.y && between.length) {
    const nearest = between.reduce((m, p) => (p.x > m.x ? p : m));
    const x = (nearest.x + b.x) / 2;
    // Beside, not on, another couple's line to their children in that gap.
    const taken = [...layout.familyX.entries()].some(([id, fx]) => id !== f.id && Math.abs(fx - x) < 12);
    return { x: taken ? x + 16 : x, y: a.y - OVER_ROW };
  }
  return { x: layout.familyX.get(f.id)!, y: partners.reduce((s, p) => s + p.y, 0) / partners.length };
}

function childLines(f: Family, layout: GenogramLayout, barOffset: number, use: LegendUse): SVGGElement | null {
  const kids = f.children.map((id) => layout.people.get(id)).filter((p): p is PlacedPerson => p !== undefined);
  if (kids.length === 0) return null;
  const g = svg("g", { class: "gg-children", "data-family": f.id });
  const anchor = familyAnchor(f, layout);
  const single = f.partners.length === 1;
  const top = Math.min(...kids.map((k) => k.y)) - R;
  const barY = top - 30 - barOffset;
  const placeholder = f.partners.some((id) => !layout.people.get(id)!.member);
  let d = single ? `M${anchor.x - GAP / 2 + R},${anchor.y}H${anchor.x}V${barY}` : `M${anchor.x},${anchor.y}V${barY}`;
  const twinOf = new Map<string, string[]>();
  for (const group of f.twins) for (const id of group) twinOf.set(id, group);
  const points = kids.map((k) => {
    const group = twinOf.get(k.id);
    const apex = group ? group.map((id) => layout.people.get(id)?.x ?? k.x).reduce((s, x) => s + x, 0) / group.length : k.x;
    return { k, apex };
  });
  const xs = [anchor.x, ...points.map((p) => p.apex)];
  d += `M${Math.min(...xs)},${barY}H${Math.max(...xs)}`;
  g.append(line(d, { stroke: placeholder ? INK : INK }));
  if (f.twins.length) use.child.add("twins");
  for (const { k, apex } of points) {
    const kind = f.childLines.get(k.id) ?? "birth";
    const style = PARENT_LINE_STYLE[kind];
    use.child.add(kind);
    g.append(line(`M${apex},${barY}L${k.x},${k.y - R}`, { stroke: style.colour, "stroke-dasharray": style.dash }));
    if (style.tag) g.append(tag(k.x, (barY + k.y - R) / 2, style.tag, style.colour));
  }
  return g;
}

/**
 * Carers' lines: from the carers (their couple's line, or beside a single carer) to the children they care for.
 * Several children of one row cared for the same way share one line that ends in a bar over them, so a
 * grandparent couple with a special guardianship order for three grandchildren draws one line, not three.
 */
function extraLinks(layout: GenogramLayout, use: LegendUse): SVGGElement {
  const g = svg("g", { class: "gg-carers" });
  const groups = new Map<string, ExtraLink[]>();
  for (const link of layout.model.extraLinks) {
    const child = layout.people.get(link.childId);
    if (!child || !layout.model.families.has(link.familyId)) continue;
    const key = [link.familyId, link.line, link.endedYear ?? "", link.confidence ?? "", child.y].join("|");
    groups.set(key, [...(groups.get(key) ?? []), link]);
  }
  for (const links of groups.values()) {
    const first = links[0]!;
    const f = layout.model.families.get(first.familyId)!;
    const kids = links.map((l) => layout.people.get(l.childId)!).sort((a, b) => a.x - b.x);
    const from = familyAnchor(f, layout);
    const style = PARENT_LINE_STYLE[first.line];
    const colour = first.endedYear ? GREY : style.colour;
    use.child.add(first.line);
    if (first.endedYear) use.child.add("ended");
    const sx = f.partners.length === 1 ? from.x - GAP / 2 + R : from.x;
    const sy = from.y;
    const kid = kids[0]!;
    const barY = kid.y - R - 12;
    const [barFrom, barTo] = [kids[0]!.x + R / 2, kids.at(-1)!.x + R / 2];
    // Across a whole row (grandparents to grandchildren): down a free channel, clear of the row between.
    const ownDrop = f.children.some((c) => layout.people.has(c)) ? [from.x] : [];
    const channel = freeChannel(layout, sy, kid.y, [[sx, sx], [barFrom, barTo]], ownDrop);
    let d: string;
    let at: { x: number; y: number };
    if (channel !== null) {
      // Leave the couple's line beside the drop to their own children, on the channel's side.
      const start = ownDrop.length && f.partners.length > 1 ? sx + (channel < sx ? -14 : 14) : sx;
      const nextRow = Math.min(...[...layout.people.values()].map((p) => p.y).filter((y) => y > sy));
      const lane = laneBelow(sy, nextRow);
      d = `M${start},${sy}V${lane}H${channel}V${barY}M${Math.min(barFrom, channel)},${barY}H${Math.max(barTo, channel)}`;
      for (const k of kids) d += `M${k.x + R / 2},${barY}V${k.y - R + 3}`;
      at = { x: channel, y: nextRow };
    } else {
      // One child: to the corner of their symbol facing the carers. Several: to the middle of a bar over them.
      const ex = kids.length > 1 ? (barFrom + barTo) / 2 : kid.x + (sx < kid.x ? -R / 2 : sx > kid.x ? R / 2 : 0);
      const ey = kids.length > 1 ? barY : kid.y - R;
      const c = (ey - sy) / 2;
      d = `M${sx},${sy}C${sx},${sy + c} ${ex},${ey - c} ${ex},${ey}`;
      if (kids.length > 1) {
        d += `M${barFrom},${ey}H${barTo}`;
        for (const k of kids) d += `M${k.x + R / 2},${ey}V${k.y - R + 3}`;
      }
      // The tag sits near the children, where it is clear which children the line is for.
      const t = 0.8;
      const bez = (a: number, b: number, c1: number, c2: number) => (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * c1 + 3 * (1 - t) * t * t * c2 + t ** 3 * b;
      at = { x: bez(sx, ex, sx, ex), y: bez(sy, ey, sy + c, ey - c) };
    }
    const text =
      first.line === "inferred"
        ? `? ${first.confidence !== null ? `${Math.round(first.confidence * 100)}%` : ""}`.trim()
        : first.endedYear
          ? `${style.tag ?? first.line} to ${first.endedYear}`
          : (style.tag ?? "");
    const names = f.partners.map((id) => layout.people.get(id)?.member?.person.name ?? "unknown").join(" and ");
    const children = kids.map((k) => k.member?.person.name ?? "").join(", ");
    const item = svg(
      "g",
      { class: `gg-carer gg-carer--${first.line}` },
      title(`${names}: ${style.words} of ${children}${first.basis ? ` (${first.basis})` : ""}${first.endedYear ? `, ended ${first.endedYear}` : ""}`),
      line(d, { stroke: colour, "stroke-dasharray": style.dash }),
    );
    if (text) item.append(tag(at.x, at.y, text, colour));
    g.append(item);
  }
  return g;
}

function otherTies(layout: GenogramLayout, use: LegendUse): SVGGElement {
  const g = svg("g", { class: "gg-other-ties" });
  for (const t of layout.model.otherTies) {
    const a = layout.people.get(t.a);
    const b = layout.people.get(t.b);
    if (!a || !b) continue;
    use.other.add(t.inferred ? "inferred" : "other");
    const text = t.inferred && t.confidence !== null ? `${t.label} ? ${Math.round(t.confidence * 100)}%` : t.label;
    const dash = t.inferred ? "5 4" : "2 3";
    let d: string;
    let at: { x: number; y: number };
    if (a.y === b.y) {
      // Same row: an arc over their heads, the words at its top.
      const cx = (a.x + b.x) / 2;
      const cy = a.y - R - 46;
      d = `M${a.x},${a.y - R}Q${cx},${cy} ${b.x},${b.y - R}`;
      at = { x: cx, y: (a.y - R + cy) / 2 };
    } else {
      // Across rows: from the side of the upper person down to the top of the lower one, the words near the lower.
      const [up, low] = a.y < b.y ? [a, b] : [b, a];
      const sx = up.x + (low.x >= up.x ? R : -R);
      const ex = low.x + (up.x >= low.x ? R / 2 : -R / 2);
      const ey = low.y - R;
      const c = (ey - up.y) / 2;
      d = `M${sx},${up.y}C${sx + (ex - sx) / 3},${up.y + c} ${ex},${ey - c} ${ex},${ey}`;
      at = { x: sx + (ex - sx) * 0.8, y: up.y + (ey - up.y) * 0.85 };
    }
    g.append(
      svg(
        "g",
        { class: "gg-other-tie" },
        title(`${a.member?.person.name}, ${b.member?.person.name}: ${text}`),
        line(d, { stroke: GREY, "stroke-dasharray": dash }),
        tag(at.x, at.y, text, GREY),
      ),
    );
  }
  return g;
}

export function familyLines(layout: GenogramLayout, use: LegendUse): SVGGElement {
  const g = svg("g", { class: "gg-lines" });
  const families = [...layout.model.families.values()].sort((a, b) => layout.familyX.get(a.id)! - layout.familyX.get(b.id)! || a.id.localeCompare(b.id));
  const offsetInRow = new Map<number, number>();
  for (const f of families) {
    const p = partnershipLine(f, layout, use);
    if (p) g.append(p);
    if (f.children.length) {
      const n = offsetInRow.get(f.gen) ?? 0;
      offsetInRow.set(f.gen, n + 1);
      const c = childLines(f, layout, (n % 3) * 8, use);
      if (c) g.append(c);
    }
  }
  g.append(extraLinks(layout, use), otherTies(layout, use));
  return g;
}
