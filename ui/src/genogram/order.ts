// Left-to-right order of the people in each generation row: a small deterministic layered layout in the
// spirit of Sugiyama (barycentre sweeps), written here rather than taken from d3-dag because a genogram
// needs rows fixed by generation, partners kept side by side in date order, and siblings together in birth
// order — constraints d3-dag's sugiyama (layering and decrossing of a DAG) does not keep without fighting it.
//
// Units of ordering are "clusters": a person with their partners (a partnership chain), arranged once:
// a couple man left, woman right unless their parents pull the other way; someone with several partners in
// the middle, the first partner on their left and the later ones to the right in date order. Clusters are
// sorted by the mean position of their parents' couple (downward sweeps) or of their children (upward
// sweeps); ties go by parents' couple, birth date and id, so the result never depends on input order.

import type { GenogramModel } from "./model";

export interface Cluster {
  members: string[];
  /** Couples keep a free orientation (flipped towards their parents); chains of partners are fixed. */
  flexible: boolean;
}

function partnersIn(model: GenogramModel, id: string, gen: number): { id: string; date: string }[] {
  const out: { id: string; date: string }[] = [];
  for (const f of model.families.values()) {
    if (f.partners.length !== 2 || !f.partners.includes(id)) continue;
    const other = f.partners.find((p) => p !== id)!;
    if (model.people.get(other)?.gen === gen) out.push({ id: other, date: f.sortDate });
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

const sexRank = (model: GenogramModel, id: string) => ({ MALE: 0, UNKNOWN: 1, OTHER: 1, FEMALE: 2 })[model.people.get(id)!.sex];

/** Partner clusters of one row, each arranged. */
export function clustersOf(model: GenogramModel, row: string[], gen: number): Cluster[] {
  const seen = new Set<string>();
  const clusters: Cluster[] = [];
  for (const start of [...row].sort()) {
    if (seen.has(start)) continue;
    const component: string[] = [];
    const stack = [start];
    seen.add(start);
    while (stack.length) {
      const id = stack.pop()!;
      component.push(id);
      for (const p of partnersIn(model, id, gen)) if (!seen.has(p.id)) (seen.add(p.id), stack.push(p.id));
    }
    if (component.length === 1) clusters.push({ members: component, flexible: false });
    else if (component.length === 2) {
      const [a, b] = component.sort((x, y) => sexRank(model, x) - sexRank(model, y) || x.localeCompare(y));
      clusters.push({ members: [a!, b!], flexible: true });
    } else clusters.push({ members: arrangeChain(model, component, gen), flexible: false });
  }
  return clusters;
}

/** Someone with several partners in the middle; partners in date order, the first on the left. */
function arrangeChain(model: GenogramModel, component: string[], gen: number): string[] {
  const real = (id: string) => (id.startsWith("?") ? 1 : 0);
  const hub = [...component].sort(
    (a, b) => partnersIn(model, b, gen).length - partnersIn(model, a, gen).length || real(a) - real(b) || a.localeCompare(b),
  )[0]!;
  const placed = new Set([hub]);
  const left: string[] = [];
  const right: string[] = [];
  const place = (id: string, side: string[]) => {
    placed.add(id);
    side.push(id);
    for (const p of partnersIn(model, id, gen)) if (!placed.has(p.id)) place(p.id, side);
  };
  partnersIn(model, hub, gen).forEach((p, i) => {
    if (!placed.has(p.id)) place(p.id, i === 0 ? left : right);
  });
  return [...left.reverse(), hub, ...right];
}

const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;

/** Orders every row; returns the ids of each row left to right, rows by generation. */
export function orderRows(model: GenogramModel, gens: number[], rows: Map<number, string[]>, sweeps = 4): Map<number, Cluster[]> {
  const clusters = new Map<number, Cluster[]>();
  const x = new Map<string, number>();
  const pack = (gen: number) => {
    const list = clusters.get(gen)!;
    const ids = list.flatMap((c) => c.members);
    ids.forEach((id, i) => x.set(id, i - (ids.length - 1) / 2));
  };
  for (const gen of gens) {
    clusters.set(gen, clustersOf(model, rows.get(gen) ?? [], gen));
    pack(gen);
  }
  const birth = (id: string) => model.people.get(id)?.member?.person.birthDate ?? "";
  const familyX = (fid: string | undefined) => {
    const f = fid ? model.families.get(fid) : undefined;
    if (!f) return null;
    const xs = f.partners.map((p) => x.get(p)).filter((v): v is number => v !== undefined);
    return xs.length ? mean(xs) : null;
  };
  // Indexes built once: each person's children (through their families) and the people they are otherwise
  // drawn to (children they care for, a tied friend or relative), who pull them closer when nothing else does.
  const kids = new Map<string, string[]>();
  const associates = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, k: string, v: string) => map.set(k, [...(map.get(k) ?? []), v]);
  for (const f of model.families.values()) for (const p of f.partners) for (const c of f.children) add(kids, p, c);
  for (const l of model.extraLinks) for (const p of model.families.get(l.familyId)?.partners ?? []) (add(associates, p, l.childId), add(associates, l.childId, p));
  for (const t of model.otherTies) (add(associates, t.a, t.b), add(associates, t.b, t.a));
  const xsOf = (ids: string[] | undefined) => (ids ?? []).map((c) => x.get(c)).filter((v): v is number => v !== undefined);
  const childrenX = (id: string) => xsOf(kids.get(id));
  const associatesX = (c: Cluster) => {
    const gen = model.people.get(c.members[0]!)!.gen;
    const xs = c.members.flatMap((m) => xsOf((associates.get(m) ?? []).filter((a) => model.people.get(a)?.gen !== gen)));
    return xs.length ? mean(xs) : null;
  };
  const clusterOf = new Map<string, Cluster>();

  const sortRow = (gen: number, key: (c: Cluster) => number | null) => {
    const list = clusters.get(gen)!;
    for (const c of list) for (const m of c.members) clusterOf.set(m, c);
    const own = new Map(list.map((c) => [c, key(c)] as const));
    // Someone tied only to a person in their own row (a family friend) goes right after that person's cluster.
    const sameRow = (c: Cluster) => {
      for (const m of c.members) {
        for (const a of associates.get(m) ?? []) {
          const other = clusterOf.get(a);
          const k = other && other !== c && list.includes(other) ? (own.get(other) ?? mean(other.members.map((o) => x.get(o)!))) : null;
          if (k !== null && k !== undefined) return k + 1e-6;
        }
      }
      return null;
    };
    const keyed = list.map((c) => {
      const k = own.get(c) ?? sameRow(c);
      const first = c.members.find((m) => model.primaryFamily.has(m));
      return {
        c,
        k: k ?? mean(c.members.map((m) => x.get(m)!)),
        fam: first ? model.primaryFamily.get(first)! : "~",
        birth: birth(c.members[0]!),
        id: c.members[0]!,
      };
    });
    keyed.sort((a, b) => a.k - b.k || a.fam.localeCompare(b.fam) || a.birth.localeCompare(b.birth) || a.id.localeCompare(b.id));
    clusters.set(gen, keyed.map((k) => k.c));
    pack(gen);
  };
  const orient = (gen: number) => {
    for (const c of clusters.get(gen)!) {
      if (!c.flexible) continue;
      const [a, b] = c.members as [string, string];
      const fa = familyX(model.primaryFamily.get(a));
      const fb = familyX(model.primaryFamily.get(b));
      const centre = (x.get(a)! + x.get(b)!) / 2;
      const flip = fa !== null && fb !== null ? fa > fb : fa !== null ? fa > centre : fb !== null ? fb < centre : false;
      if (flip) c.members = [b, a];
    }
    pack(gen);
  };

  const down = () => {
    for (const gen of gens.slice(1)) {
      sortRow(gen, (c) => {
        const xs = c.members.map((m) => familyX(model.primaryFamily.get(m))).filter((v): v is number => v !== null);
        return xs.length ? mean(xs) : associatesX(c);
      });
      orient(gen);
    }
  };
  const up = () => {
    for (const gen of gens.slice(0, -1).reverse()) {
      sortRow(gen, (c) => {
        const xs = c.members.flatMap(childrenX);
        return xs.length ? mean(xs) : associatesX(c);
      });
    }
  };
  for (let i = 0; i < sweeps; i++) {
    down();
    up();
  }
  down();
  return clusters;
}
