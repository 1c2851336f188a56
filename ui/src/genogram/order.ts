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

type PartnerIndex = Map<string, { id: string; date: string }[]>;

/** Each person's partners (couples of two in the model), in date order; built once per layout. */
function partnerIndex(model: GenogramModel): PartnerIndex {
  const index: PartnerIndex = new Map();
  for (const f of model.families.values()) {
    if (f.partners.length !== 2) continue;
    const [a, b] = f.partners as [string, string];
    index.set(a, [...(index.get(a) ?? []), { id: b, date: f.sortDate }]);
    index.set(b, [...(index.get(b) ?? []), { id: a, date: f.sortDate }]);
  }
  for (const list of index.values()) list.sort((x, y) => x.date.localeCompare(y.date) || x.id.localeCompare(y.id));
  return index;
}

function partnersIn(model: GenogramModel, index: PartnerIndex, id: string, gen: number): { id: string; date: string }[] {
  return (index.get(id) ?? []).filter((p) => model.people.get(p.id)?.gen === gen);
}

const sexRank = (model: GenogramModel, id: string) => ({ MALE: 0, UNKNOWN: 1, OTHER: 1, FEMALE: 2 })[model.people.get(id)!.sex];

/** Partner clusters of one row, each arranged. */
export function clustersOf(model: GenogramModel, row: string[], gen: number, index: PartnerIndex = partnerIndex(model)): Cluster[] {
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
      for (const p of partnersIn(model, index, id, gen)) if (!seen.has(p.id)) (seen.add(p.id), stack.push(p.id));
    }
    if (component.length === 1) clusters.push({ members: component, flexible: false });
    else if (component.length === 2) {
      const [a, b] = component.sort((x, y) => sexRank(model, x) - sexRank(model, y) || x.localeCompare(y));
      clusters.push({ members: [a!, b!], flexible: true });
    } else clusters.push({ members: arrangeChain(model, index, component, gen), flexible: false });
  }
  return clusters;
}

/** Someone with several partners in the middle; partners in date order, the first on the left. */
function arrangeChain(model: GenogramModel, index: PartnerIndex, component: string[], gen: number): string[] {
  const real = (id: string) => (id.startsWith("?") ? 1 : 0);
  const hub = [...component].sort(
    (a, b) => partnersIn(model, index, b, gen).length - partnersIn(model, index, a, gen).length || real(a) - real(b) || a.localeCompare(b),
  )[0]!;
  const placed = new Set([hub]);
  const left: string[] = [];
  const right: string[] = [];
  const place = (id: string, side: string[]) => {
    placed.add(id);
    side.push(id);
    for (const p of partnersIn(model, index, id, gen)) if (!placed.has(p.id)) place(p.id, side);
  };
  partnersIn(model, index, hub, gen).forEach((p, i) => {
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
  const index = partnerIndex(model);
  for (const gen of gens) {
    clusters.set(gen, clustersOf(model, rows.get(gen) ?? [], gen, index));
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

  /**
   * Sorts a row. Clusters with parents or children in view ("anchored") are sorted by their key; the others
   * (a carer, a family friend, a possible carer: "attached") then go in at the edge of a sibling group nearest
   * to the people they are tied to, never between siblings.
   */
  const sortRow = (gen: number, key: (c: Cluster) => number | null) => {
    const list = clusters.get(gen)!;
    for (const c of list) for (const m of c.members) clusterOf.set(m, c);
    const famsOf = (c: Cluster) => new Set(c.members.map((m) => model.primaryFamily.get(m)).filter((f): f is string => f !== undefined));
    const currentX = (c: Cluster) => mean(c.members.map((m) => x.get(m)!));
    const entry = (c: Cluster, k: number) => {
      const first = c.members.find((m) => model.primaryFamily.has(m));
      return { c, k, fam: first ? model.primaryFamily.get(first)! : "~", fams: famsOf(c), birth: birth(c.members[0]!), id: c.members[0]! };
    };
    type Entry = ReturnType<typeof entry>;
    const byKey = (a: Entry, b: Entry) => a.k - b.k || a.fam.localeCompare(b.fam) || a.birth.localeCompare(b.birth) || a.id.localeCompare(b.id);
    const anchored: Entry[] = [];
    const attached: Cluster[] = [];
    for (const c of list) {
      const k = key(c);
      if (k !== null) anchored.push(entry(c, k));
      else attached.push(c);
    }
    anchored.sort(byKey);
    const keyOf = new Map(anchored.map((e) => [e.c, e.k]));
    const wanted = attached
      .map((c) => {
        // Tied to someone in this row: beside them; else towards the people in other rows; else where it was.
        const sameRow = c.members.flatMap((m) => (associates.get(m) ?? []).map((a) => clusterOf.get(a))).find((o) => o && o !== c && list.includes(o));
        const k = sameRow ? (keyOf.get(sameRow) ?? currentX(sameRow)) : (associatesX(c) ?? currentX(c));
        return entry(c, k);
      })
      .sort(byKey);
    const out = [...anchored];
    for (const e of wanted) {
      let best = 0;
      let bestDist = Infinity;
      for (let i = 0; i <= out.length; i++) {
        const before = out[i - 1];
        const after = out[i];
        if (before && after && [...before.fams].some((f) => after.fams.has(f))) continue; // inside a sibling group
        const pos = before && after ? (before.k + after.k) / 2 : before ? before.k + 0.5 : after ? after.k - 0.5 : 0;
        const dist = Math.abs(pos - e.k);
        if (dist < bestDist) (best = i), (bestDist = dist);
      }
      out.splice(best, 0, e);
    }
    clusters.set(gen, out.map((e) => e.c));
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
        return xs.length ? mean(xs) : null;
      });
      orient(gen);
    }
  };
  const up = () => {
    for (const gen of gens.slice(0, -1).reverse()) {
      sortRow(gen, (c) => {
        const xs = c.members.flatMap(childrenX);
        return xs.length ? mean(xs) : null;
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
