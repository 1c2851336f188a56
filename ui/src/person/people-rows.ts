// The "People" tab's rows, worked out from the family network without the DOM: the same people as the diagram,
// each with their relationship to the child, age, whether they live with the child, services and how sure.

import type { Involvement } from "../api";
import type { NetworkMember, NetworkTie, PersonNetwork } from "./network";
import { shownInConference } from "./panel-summary";
import type { PersonView } from "./view-params";

export interface PersonRow {
  id: string;
  name: string;
  relationship: string;
  /** "34", "Died aged 80", or "" when not known. */
  age: string;
  livesWithChild: "Yes" | "No" | "Not known";
  current: string[];
  historic: string[];
  /** "" for a recorded relative; "Possible relative, 60% sure" for one reached through an inferred tie. */
  inferred: string;
  generation: number;
  isFocus: boolean;
}

/**
 * Generations relative to the focus person (parents -1, children +1). The API's relationship words say it best
 * ("maternal grandmother and special guardian" is two rows up, though her special guardianship is a parent tie);
 * for words that do not ("partner", "household member", or a chain like "mother's partner's son"), walk the birth
 * and adoptive parent ties, partners and siblings from the focus person.
 */
export function generationsFrom(network: PersonNetwork): Map<string, number> {
  const walked = walkGenerations(network);
  const rows = new Map<string, number>();
  for (const m of network.members) {
    const id = m.person.id;
    const words = id === network.focus.id || /'s .*'s /.test(m.relationshipToFocus) ? null : generationFromWords(m.relationshipToFocus);
    rows.set(id, words ?? walked.get(id) ?? 0);
  }
  return rows;
}

const LINEAGE_KINDS = new Set(["birth", "adoptive", "unknown", ""]);

function walkGenerations(network: PersonNetwork): Map<string, number> {
  const rows = new Map<string, number>([[network.focus.id, 0]]);
  const queue = [network.focus.id];
  const ties = [...network.ties].sort((a, b) => tieKey(a).localeCompare(tieKey(b)));
  while (queue.length) {
    const id = queue.shift()!;
    const row = rows.get(id)!;
    for (const t of ties) {
      const other = t.fromPersonId === id ? t.toPersonId : t.toPersonId === id ? t.fromPersonId : null;
      if (other === null || rows.has(other)) continue;
      let step: number;
      if (t.type === "PARENT_OF" && LINEAGE_KINDS.has(t.kind)) step = t.fromPersonId === id ? 1 : -1;
      else if (t.type === "PARTNER_OF" || t.type === "SIBLING_OF") step = 0;
      else continue;
      rows.set(other, row + step);
      queue.push(other);
    }
  }
  return rows;
}

function tieKey(t: NetworkTie): string {
  return `${t.type}\u0000${t.fromPersonId}\u0000${t.toPersonId}\u0000${t.kind}`;
}

/** The row the relationship words give, from the first kinship word in them; null when they name none. */
export function generationFromWords(relationship: string): number | null {
  const r = relationship.toLowerCase();
  const first = /(great-)*grand(?:mother|father|parent|daughter|son|child)|\b(?:aunt|uncle|mother|father|parent|carer|guardian|niece|nephew|daughter|son|child|brother|sister|sibling|cousin|partner|wife|husband)\b/.exec(r);
  if (!first) return null;
  const word = first[0];
  const greats = (word.match(/great-/g) ?? []).length;
  if (/grand(mother|father|parent)/.test(word)) return -2 - greats;
  if (/grand(daughter|son|child)/.test(word)) return 2 + greats;
  if (/^(aunt|uncle|mother|father|parent|carer|guardian)$/.test(word)) return -1;
  if (/^(niece|nephew|daughter|son|child)$/.test(word)) return 1;
  return 0;
}

/** Outside the close family: shown only in the wider family mode (for a conference). */
export function isWiderFamily(relationship: string): boolean {
  return /\b(aunt|uncle|cousin|niece|nephew|ex-partner|former partner|significant|friend|relative)\b|great-|grand\w*'s /i.test(relationship);
}

export function shownMembers(network: PersonNetwork, view: PersonView): NetworkMember[] {
  const rows = generationsFrom(network);
  return network.members.filter((m) => {
    if (m.person.id === network.focus.id) return true;
    if (m.inferred && !view.inferred) return false;
    const row = rows.get(m.person.id) ?? 0;
    if (row < -view.up || row > view.down) return false;
    return view.wider || !isWiderFamily(m.relationshipToFocus);
  });
}

/** Ids of the people who live with the focus person in a current household (or, with asOf, in one on that day). */
export function livingWithFocus(network: PersonNetwork): Set<string> | null {
  const homes = network.households.filter((h) =>
    h.members.some((s) => s.person.id === network.focus.id && (network.asOf ? true : s.current)),
  );
  if (homes.length === 0) return null;
  const ids = new Set<string>();
  for (const home of homes) {
    for (const stay of home.members) if (network.asOf || stay.current) ids.add(stay.person.id);
  }
  return ids;
}

function servicesBy(involvements: Involvement[], status: Involvement["status"], conference: boolean): string[] {
  const names = involvements.filter((i) => i.status === status && shownInConference(i.service, conference)).map((i) => i.serviceName);
  return [...new Set(names)];
}

/** How sure an inferred person is: the best confidence among the inferred ties that reach them. */
export function inferredText(member: NetworkMember, ties: NetworkTie[]): string {
  if (!member.inferred) return "";
  const id = member.person.id;
  const confidences = ties
    .filter((t) => t.inferred && (t.fromPersonId === id || t.toPersonId === id))
    .map((t) => t.confidence);
  if (confidences.length === 0) return "Possible relative, not confirmed";
  return `Possible relative, ${Math.round(Math.max(...confidences) * 100)}% sure`;
}

export function ageText(person: { age: number | null; deathDate: string | null }): string {
  if (person.age === null || person.age === undefined) return person.deathDate ? "Died" : "";
  return person.deathDate ? `Died aged ${person.age}` : String(person.age);
}

export function peopleRows(network: PersonNetwork, view: PersonView): PersonRow[] {
  const living = livingWithFocus(network);
  const rows = generationsFrom(network);
  return shownMembers(network, view).map((m) => {
    const p = m.person;
    const isFocus = p.id === network.focus.id;
    return {
      id: p.id,
      name: p.name,
      relationship: isFocus ? "This person" : m.relationshipToFocus || "relationship not known",
      age: ageText(p),
      livesWithChild: isFocus || !living ? (isFocus ? "Yes" : "Not known") : living.has(p.id) ? "Yes" : "No",
      current: servicesBy(p.involvements, "CURRENT", view.conference),
      historic: servicesBy(p.involvements, "HISTORIC", view.conference),
      inferred: inferredText(m, network.ties),
      generation: rows.get(p.id) ?? 0,
      isFocus,
    };
  });
}
