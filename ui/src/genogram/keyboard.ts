// Where the arrow keys go from each person: up to a parent, down to a child, left and right along the row.
// Pure, from the layout, so it is tested without a browser. Placeholders (unknown parents) are skipped.

import type { GenogramLayout } from "./layout";

export interface Moves {
  up: string | null;
  down: string | null;
  left: string | null;
  right: string | null;
}

export function navigationMap(layout: GenogramLayout): Map<string, Moves> {
  const real = (id: string) => !!layout.people.get(id)?.member;
  const x = (id: string) => layout.people.get(id)!.x;
  const rows = layout.rows.map((r) => r.ids.filter(real));
  const rowOf = new Map<string, number>();
  rows.forEach((ids, i) => ids.forEach((id) => rowOf.set(id, i)));
  const nearest = (ids: string[], to: number) =>
    ids.length ? ids.reduce((best, id) => (Math.abs(x(id) - to) < Math.abs(x(best) - to) ? id : best)) : null;

  const parents = new Map<string, string[]>();
  const children = new Map<string, string[]>();
  for (const f of layout.model.families.values()) {
    const ps = f.partners.filter(real);
    const kids = f.children.filter((c) => layout.people.has(c));
    for (const c of kids) parents.set(c, [...(parents.get(c) ?? []), ...ps]);
    for (const p of ps) children.set(p, [...(children.get(p) ?? []), ...kids]);
  }
  const moves = new Map<string, Moves>();
  for (const [id, r] of rowOf) {
    const row = rows[r]!;
    const i = row.indexOf(id);
    const ps = (parents.get(id) ?? []).sort((a, b) => x(a) - x(b));
    const cs = (children.get(id) ?? []).sort((a, b) => x(a) - x(b));
    // Up: a parent, else the nearest person in the row above; down likewise with children.
    const up = ps.length ? nearest(ps, x(id)) : r > 0 ? nearest(rows[r - 1]!, x(id)) : null;
    const down = cs.length ? nearest(cs, x(id)) : r < rows.length - 1 ? nearest(rows[r + 1]!, x(id)) : null;
    moves.set(id, { up, down, left: row[i - 1] ?? null, right: row[i + 1] ?? null });
  }
  return moves;
}
