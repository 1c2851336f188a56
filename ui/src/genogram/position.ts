// Horizontal positions of the ordered rows. Each pass asks every person for a wished-for x (children centred
// under their parents' couple on the way down; couples centred over their children on the way up) and
// places the row as close to those wishes as the minimum spacing allows: a weighted least-squares fit under
// order constraints, solved exactly by the pool-adjacent-violators algorithm. Deterministic and O(n) a row.

import { CLUSTER_EXTRA, GAP } from "./geometry";
import type { GenogramModel } from "./model";
import type { Cluster } from "./order";

/** Minimise sum w_i (x_i - d_i)^2 subject to x_{i+1} - x_i >= gaps[i]. */
export function fitRow(desired: number[], weights: number[], gaps: number[]): number[] {
  const n = desired.length;
  const offset: number[] = [];
  let acc = 0;
  for (let i = 0; i < n; i++) {
    offset.push(acc);
    acc += gaps[i] ?? 0;
  }
  // Blocks of pooled values: mean (weighted), weight, count.
  const blocks: { v: number; w: number; n: number }[] = [];
  for (let i = 0; i < n; i++) {
    blocks.push({ v: desired[i]! - offset[i]!, w: weights[i]!, n: 1 });
    while (blocks.length > 1 && blocks[blocks.length - 2]!.v > blocks[blocks.length - 1]!.v) {
      const b = blocks.pop()!;
      const a = blocks.pop()!;
      const w = a.w + b.w;
      blocks.push({ v: (a.v * a.w + b.v * b.w) / w, w, n: a.n + b.n });
    }
  }
  const out: number[] = [];
  let i = 0;
  for (const b of blocks) for (let k = 0; k < b.n; k++, i++) out.push(b.v + offset[i]!);
  return out;
}

interface RowItems {
  ids: string[];
  gaps: number[];
  /** Index of each person's cluster. */
  cluster: number[];
}

function rowItems(clusters: Cluster[]): RowItems {
  const ids: string[] = [];
  const gaps: number[] = [];
  const cluster: number[] = [];
  clusters.forEach((c, ci) => {
    c.members.forEach((m, mi) => {
      if (ids.length > 0) gaps.push(mi === 0 ? GAP + CLUSTER_EXTRA : GAP);
      ids.push(m);
      cluster.push(ci);
    });
  });
  return { ids, gaps, cluster };
}

export function positionRows(model: GenogramModel, gens: number[], ordered: Map<number, Cluster[]>, passes = 6): Map<string, number> {
  const x = new Map<string, number>();
  const items = new Map(gens.map((g) => [g, rowItems(ordered.get(g)!)]));
  for (const g of gens) {
    const row = items.get(g)!;
    let acc = 0;
    row.ids.forEach((id, i) => {
      x.set(id, acc);
      acc += row.gaps[i] ?? 0;
    });
    const shift = acc / 2;
    for (const id of row.ids) x.set(id, x.get(id)! - shift);
  }
  const familyX = (fid: string) => {
    const f = model.families.get(fid)!;
    const xs = f.partners.map((p) => x.get(p)).filter((v): v is number => v !== undefined);
    return xs.length ? xs.reduce((s, v) => s + v, 0) / xs.length : null;
  };
  const families = [...model.families.values()].sort((a, b) => a.id.localeCompare(b.id));

  /** Wishes from anchored people spread to their cluster partners, who keep their distance. */
  const place = (g: number, wish: Map<string, { d: number; w: number }>) => {
    const row = items.get(g)!;
    const desired: number[] = [];
    const weights: number[] = [];
    row.ids.forEach((id, i) => {
      const own = wish.get(id);
      if (own) {
        desired.push(own.d);
        weights.push(own.w);
        return;
      }
      // Follow the nearest anchored member of the same cluster, at the spacing between them.
      let best: { d: number; w: number } | null = null;
      let bestDist = Infinity;
      row.ids.forEach((other, j) => {
        const o = wish.get(other);
        if (!o || row.cluster[j] !== row.cluster[i] || Math.abs(j - i) >= bestDist) return;
        bestDist = Math.abs(j - i);
        best = { d: o.d + (x.get(id)! - x.get(other)!), w: 0.5 };
      });
      const b = best as { d: number; w: number } | null;
      desired.push(b ? b.d : x.get(id)!);
      weights.push(b ? b.w : 0.05);
    });
    fitRow(desired, weights, row.gaps).forEach((v, i) => x.set(row.ids[i]!, v));
  };

  const down = () => {
    for (const g of gens.slice(1)) {
      const wish = new Map<string, { d: number; w: number }>();
      for (const f of families) {
        const fx = familyX(f.id);
        const kids = f.children.filter((c) => model.people.get(c)?.gen === g).sort((a, b) => x.get(a)! - x.get(b)!);
        if (fx === null || kids.length === 0) continue;
        const span = x.get(kids.at(-1)!)! - x.get(kids[0]!)!;
        const left = fx - span / 2;
        for (const c of kids) wish.set(c, { d: left + (x.get(c)! - x.get(kids[0]!)!), w: 1 });
      }
      place(g, wish);
    }
  };
  const up = () => {
    for (const g of gens.slice(0, -1).reverse()) {
      const shifts = new Map<string, number[]>();
      for (const f of families) {
        if (model.people.get(f.partners[0]!)?.gen !== g) continue;
        const kids = f.children.map((c) => x.get(c)).filter((v): v is number => v !== undefined);
        const fx = familyX(f.id);
        if (!kids.length || fx === null) continue;
        const target = (Math.min(...kids) + Math.max(...kids)) / 2;
        for (const p of f.partners) shifts.set(p, [...(shifts.get(p) ?? []), target - fx]);
      }
      const wish = new Map<string, { d: number; w: number }>();
      for (const [id, list] of shifts) wish.set(id, { d: x.get(id)! + list.reduce((s, v) => s + v, 0) / list.length, w: 1 });
      // Carers and possible carers with no children of their own drawn lean towards the children they care for.
      for (const l of model.extraLinks) {
        const f = model.families.get(l.familyId)!;
        const child = x.get(l.childId);
        if (child === undefined) continue;
        for (const p of f.partners) if (!wish.has(p) && model.people.get(p)?.gen === g) wish.set(p, { d: child, w: 0.3 });
      }
      place(g, wish);
    }
  };
  for (let i = 0; i < passes; i++) {
    up();
    down();
  }
  return x;
}
