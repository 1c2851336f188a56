// Routing a line that must pass a whole generation row (a grandparent special guardian's line to the
// grandchildren, a household's outline joined across rows): a smooth curve straight across would run over
// the people and couples in between, so the line goes down a free vertical "channel" instead: clear of every
// person's symbol and labels, preferably not through a couple's partnership line, as near as possible to
// where it starts and ends. Pure: tested directly.

import type { GenogramLayout } from "./layout";
import { LABEL_WIDTH } from "./person-node";

/** Room kept on each side of a person in a row the line passes (their labels and household outline). */
const PERSON_CLEAR = LABEL_WIDTH / 2 + 24;
/** Room kept around another vertical line (a couple's children hanging from it). */
const LINE_CLEAR = 12;
/** What crossing a partnership line costs, in units of extra line length. */
const CROSSING_COST = 150;

/**
 * An x where a vertical line from yFrom down to yTo passes the rows in between without touching anyone,
 * nearest to the targets (sum of distances to each target span [from, to]) and crossing as few partnerships as
 * it can; ties go left.
 * Null when no row lies in between (the line need not dodge anyone). `margin` keeps further from people, so a
 * second line through the same gap runs beside the first rather than on it.
 */
export function freeChannel(layout: GenogramLayout, yFrom: number, yTo: number, targets: [number, number][], avoidX: number[] = [], margin = 0): number | null {
  const [top, bottom] = yFrom < yTo ? [yFrom, yTo] : [yTo, yFrom];
  const rows = layout.rows.filter((r) => {
    const y = r.ids.length ? layout.people.get(r.ids[0]!)!.y : null;
    return y !== null && y > top && y < bottom;
  });
  if (rows.length === 0) return null;
  const blocked: [number, number][] = [];
  const couples: [number, number][] = [];
  for (const r of rows) for (const id of r.ids) {
    const x = layout.people.get(id)!.x;
    blocked.push([x - PERSON_CLEAR - margin, x + PERSON_CLEAR + margin]);
  }
  const inRows = new Set(rows.flatMap((r) => r.ids));
  for (const f of layout.model.families.values()) {
    if (f.partners.length < 2 || !f.partners.every((p) => inRows.has(p))) continue;
    const xs = f.partners.map((p) => layout.people.get(p)!.x);
    couples.push([Math.min(...xs), Math.max(...xs)]);
    // The couple's children hang from the middle of their line.
    if (f.children.length) blocked.push([layout.familyX.get(f.id)! - LINE_CLEAR, layout.familyX.get(f.id)! + LINE_CLEAR]);
  }
  for (const x of avoidX) blocked.push([x - LINE_CLEAR, x + LINE_CLEAR]);
  const free = (x: number) => blocked.every(([a, b]) => x <= a || x >= b);
  const cost = (x: number) => targets.reduce((s, [a, b]) => s + Math.max(0, a - x, x - b), 0) + CROSSING_COST * couples.filter(([a, b]) => x > a && x < b).length;
  const candidates = [...targets.flat(), ...blocked.flat()].filter(free).sort((a, b) => a - b);
  let best = candidates[0]!;
  for (const x of candidates) if (cost(x) < cost(best)) best = x;
  return Math.round(best);
}

/** Just below a row's labels and above the next row's child bars: where a routed line runs across. */
export function laneBelow(rowY: number, nextRowY: number): number {
  return Math.round((rowY + 110 + nextRowY - 74) / 2);
}
