// Which members of a network the genogram shows: a pure function of the network and the options, so the
// person page, the exports and the tests all get the same selection.
//
// Close family (wider = false): the focus person's parents and carers, their parents' current partners,
// siblings (full, half, step), grandparents and further ancestors, children and further descendants, the
// focus person's current partner, the other parents of those children and siblings, and the people living
// with the focus person. Wider family (conference mode) adds everyone else within the generations asked
// for: aunts, uncles, cousins, ex-partners, significant others.

import { assignGenerations } from "./generations";
import type { GenogramNetwork } from "./network";
import { CARE_KINDS, partnershipEnded } from "./ties";

export interface SelectionOptions {
  focusId: string;
  generationsUp: number;
  generationsDown: number;
  wider: boolean;
  collapsed: ReadonlySet<string>;
}

export interface Selection {
  /** Members shown, in the network's order. */
  ids: Set<string>;
  /** Generation of every member of the network (0 = focus row). */
  generation: Map<string, number>;
  /** People with descendants shown or folded away: they get a +/- control. */
  hasDescendants: Set<string>;
  /** For each collapsed person, how many people folding hides. */
  hiddenCount: Map<string, number>;
}

interface Links {
  parents: Map<string, string[]>;
  children: Map<string, string[]>;
  partners: Map<string, { id: string; ended: boolean }[]>;
  siblings: Map<string, string[]>;
  /** Child to their carers (foster, special guardian, kinship, step) and inferred possible carers. */
  carers: Map<string, string[]>;
  neighbours: Map<string, string[]>;
}

function push<V>(map: Map<string, V[]>, key: string, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function links(network: GenogramNetwork): Links {
  const l: Links = { parents: new Map(), children: new Map(), partners: new Map(), siblings: new Map(), carers: new Map(), neighbours: new Map() };
  for (const t of network.ties) {
    push(l.neighbours, t.fromPersonId, t.toPersonId);
    push(l.neighbours, t.toPersonId, t.fromPersonId);
    // Lines of descent are birth and adoptive parents (and parents of unrecorded kind): a foster carer, a special
    // guardian or an inferred "possible parent or carer" neither makes siblings nor an ancestor.
    if (t.type === "PARENT_OF" && (t.inferred || CARE_KINDS.has(t.kind) || t.kind === "step")) push(l.carers, t.toPersonId, t.fromPersonId);
    else if (t.type === "PARENT_OF") {
      push(l.parents, t.toPersonId, t.fromPersonId);
      push(l.children, t.fromPersonId, t.toPersonId);
    } else if (t.type === "PARTNER_OF") {
      push(l.partners, t.fromPersonId, { id: t.toPersonId, ended: partnershipEnded(t) });
      push(l.partners, t.toPersonId, { id: t.fromPersonId, ended: partnershipEnded(t) });
    } else if (t.type === "SIBLING_OF") {
      push(l.siblings, t.fromPersonId, t.toPersonId);
      push(l.siblings, t.toPersonId, t.fromPersonId);
    }
  }
  // People living in the same household are neighbours too: a lodger with no tie still belongs to the picture.
  for (const h of network.households) {
    const ids = h.members.map((m) => m.person.id).sort();
    for (const a of ids) for (const b of ids) if (a !== b) push(l.neighbours, a, b);
  }
  return l;
}

function closure(start: Iterable<string>, next: (id: string) => readonly string[] | undefined): Set<string> {
  const seen = new Set<string>();
  const stack = [...start];
  while (stack.length > 0) {
    const id = stack.pop()!;
    for (const n of next(id) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        stack.push(n);
      }
    }
  }
  return seen;
}

function closeFamily(network: GenogramNetwork, l: Links, focus: string): Set<string> {
  const ancestors = closure([focus], (id) => l.parents.get(id));
  const descendants = closure([focus], (id) => l.children.get(id));
  const core = new Set<string>([focus, ...ancestors, ...descendants]);
  const currentPartners = (id: string) => (l.partners.get(id) ?? []).filter((p) => !p.ended).map((p) => p.id);
  for (const id of [focus, ...ancestors]) for (const p of currentPartners(id)) core.add(p);
  // Siblings: recorded ones, and the children of the focus person's parents and of their partners.
  const siblings = new Set(l.siblings.get(focus) ?? []);
  for (const parent of l.parents.get(focus) ?? []) {
    for (const c of l.children.get(parent) ?? []) siblings.add(c);
    for (const p of currentPartners(parent)) for (const c of l.children.get(p) ?? []) siblings.add(c);
  }
  siblings.delete(focus);
  for (const s of siblings) core.add(s);
  // Carers and the people living with the focus person, by their ties and by the words the API uses for them.
  for (const c of l.carers.get(focus) ?? []) core.add(c);
  for (const m of network.members) {
    if (/carer|guardian|household member/.test(m.relationshipToFocus)) core.add(m.person.id);
  }
  for (const h of network.households) {
    const ids = h.members.filter((m) => m.current || network.asOf !== null).map((m) => m.person.id);
    if (ids.includes(focus)) for (const id of ids) core.add(id);
  }
  // The other parent of each child or sibling shown, so half-siblings hang under the right couple.
  for (const id of [...siblings, ...descendants]) for (const p of l.parents.get(id) ?? []) core.add(p);
  return core;
}

export function selectMembers(network: GenogramNetwork, options: SelectionOptions): Selection {
  const generation = assignGenerations(network, options.focusId);
  const l = links(network);
  const focus = options.focusId;
  const inRows = (id: string) => {
    const g = generation.get(id) ?? 0;
    return g >= -options.generationsUp && g <= options.generationsDown;
  };
  const all = network.members.map((m) => m.person.id);
  const core = options.wider ? new Set(all) : closeFamily(network, l, focus);
  let chosen = new Set(all.filter((id) => id === focus || (core.has(id) && inRows(id))));

  const hasDescendants = new Set([...chosen].filter((id) => (l.children.get(id) ?? []).some((c) => chosen.has(c))));

  // Folding a branch hides its descendants, but never the focus person or the line up to them, nor what hangs
  // below that line: folding a grandmother hides her other children's branches, not the focus person's siblings.
  const keep = new Set([focus, ...closure([focus], (id) => l.parents.get(id))]);
  const hiddenBy = new Map<string, Set<string>>();
  for (const id of [...options.collapsed].sort()) {
    if (!chosen.has(id)) continue;
    const hidden = new Set([...closure([id], (c) => (c === id || !keep.has(c) ? l.children.get(c) : []))].filter((c) => chosen.has(c) && !keep.has(c)));
    hiddenBy.set(id, hidden);
  }
  for (const hidden of hiddenBy.values()) for (const id of hidden) chosen.delete(id);

  // Drop anyone left without a way to the focus person (a folded child's partner, a cousin whose parents are
  // beyond the rows asked for and who has no other tie).
  const before = new Set(chosen);
  const reachable = new Set([focus, ...closure([focus], (id) => (l.neighbours.get(id) ?? []).filter((n) => before.has(n)))]);
  chosen = new Set(all.filter((id) => before.has(id) && reachable.has(id)));

  const hiddenCount = new Map<string, number>();
  for (const [id, hidden] of hiddenBy) hiddenCount.set(id, hidden.size);
  return { ids: chosen, generation, hasDescendants, hiddenCount };
}
