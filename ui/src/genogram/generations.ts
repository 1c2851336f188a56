// Which row (generation) each member of a network belongs in, counted from the focus person (0): parents -1,
// children +1. Worked out from the ties, so that the rows follow the data and not the wording of
// relationshipToFocus, which is only a fallback for people no structural tie reaches.

import type { GenogramNetwork, GenogramTie } from "./network";

const CARER_KINDS = new Set(["foster", "special_guardian", "kinship_carer", "step"]);

/** Generation step from the tie's `from` person to its `to` person. */
function step(tie: GenogramTie): number | null {
  switch (tie.type) {
    case "PARENT_OF":
      return 1;
    case "PARTNER_OF":
    case "SIBLING_OF":
    case "SIGNIFICANT_OTHER_OF": // a family friend is drawn beside the person they matter to
      return 0;
    case "RELATIVE_OF":
      // from is the relative (the grandparent, the aunt) of to.
      if (tie.kind === "grandparent") return 2;
      if (tie.kind === "aunt_uncle") return 1;
      if (tie.kind === "cousin") return 0;
      return null;
  }
}

/** A generation guessed from the words, for people joined only by "other" ties. */
export function generationFromWords(relationship: string): number {
  const r = relationship.toLowerCase();
  const greats = (r.match(/great-/g) ?? []).length;
  if (/grand(mother|father|parent)/.test(r)) return -2 - greats;
  if (/grand(son|daughter|child)/.test(r)) return 2 + greats;
  if (/\b(mother|father|parent|aunt|uncle|carer|guardian)\b/.test(r) && !/child in|possible child/.test(r)) return -1 - greats;
  if (/\b(son|daughter|child|niece|nephew)\b/.test(r)) return 1;
  return 0;
}

const byId = <T extends { fromPersonId: string; toPersonId: string; type: string; kind: string }>(a: T, b: T) =>
  a.fromPersonId.localeCompare(b.fromPersonId) ||
  a.toPersonId.localeCompare(b.toPersonId) ||
  a.type.localeCompare(b.type) ||
  a.kind.localeCompare(b.kind);

/**
 * Breadth-first from the focus person, recorded structural ties first (parent, partner, sibling), then
 * relative ties, then the words. The first generation found for a person wins, and ties are visited in id
 * order, so the same network always gives the same rows.
 */
export function assignGenerations(network: GenogramNetwork, focusId: string = network.focus.id): Map<string, number> {
  const ids = new Set(network.members.map((m) => m.person.id));
  const gen = new Map<string, number>([[focusId, 0]]);
  const ties = network.ties.filter((t) => ids.has(t.fromPersonId) && ids.has(t.toPersonId)).sort(byId);
  // Birth and adoptive parents, partners and siblings place people first; a grandmother who is also a special
  // guardian belongs two rows up, not one.
  const structural = ties.filter(
    (t) => !t.inferred && (t.type === "PARTNER_OF" || t.type === "SIBLING_OF" || (t.type === "PARENT_OF" && !CARER_KINDS.has(t.kind))),
  );
  const walk = (list: GenogramTie[]) => {
    let frontier = [...gen.keys()].sort();
    while (frontier.length > 0) {
      const next: string[] = [];
      for (const id of frontier) {
        const g = gen.get(id)!;
        for (const t of list) {
          const s = step(t);
          if (s === null) continue;
          if (t.fromPersonId === id && !gen.has(t.toPersonId)) {
            gen.set(t.toPersonId, g + s);
            next.push(t.toPersonId);
          } else if (t.toPersonId === id && !gen.has(t.fromPersonId)) {
            gen.set(t.fromPersonId, g - s);
            next.push(t.fromPersonId);
          }
        }
      }
      frontier = next.sort();
    }
  };
  walk(structural);
  walk(ties);
  // The words describe the relationship to the network's own focus person: a fallback only when that is the
  // person the rows are counted from.
  for (const m of network.members) {
    if (!gen.has(m.person.id)) gen.set(m.person.id, focusId === network.focus.id ? generationFromWords(m.relationshipToFocus) : 0);
  }
  return gen;
}
