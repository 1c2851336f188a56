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
 * Generations relative to the focus person (parents -1, children +1), walked along the ties: a parent tie moves one
 * row, partners and siblings stay on the row. A person reached only by a RELATIVE_OF or significant-other tie gets
 * the row their relationship words give (grandmother -2, aunt -1, cousin 0, nephew +1).
 */
export function generationsFrom(network: PersonNetwork): Map<string, number> {
  const rows = new Map<string, number>([[network.focus.id, 0]]);
  const queue = [network.focus.id];
  const ties = [...network.ties].sort((a, b) => tieKey(a).localeCompare(tieKey(b)));
  while (queue.length) {
    const id = queue.shift()!;
    const row = rows.get(id)!;
    for (const t of ties) {
      let other: string | null = null;
      let step = 0;
      if (t.fromPersonId === id) other = t.toPersonId;
      else if (t.toPersonId === id) other = t.fromPersonId;
      if (other === null || rows.has(other)) continue;
      if (t.type === "PARENT_OF") step = t.fromPersonId === id ? 1 : -1;
      else if (t.type !== "PARTNER_OF" && t.type !== "SIBLING_OF") continue;
      rows.set(other, row + step);
      queue.push(other);
    }
  }
  for (const m of network.members) {
    if (!rows.has(m.person.id)) rows.set(m.person.id, generationFromWords(m.relationshipToFocus));
  }
  return rows;
}

function tieKey(t: NetworkTie): string {
  return `${t.type}\u0000${t.fromPersonId}\u0000${t.toPersonId}\u0000${t.kind}`;
}

export function generationFromWords(relationship: string): number {
  const r = relationship.toLowerCase();
  const greats = (r.match(/great-/g) ?? []).length;
  if (/grand(mother|father|parent)/.test(r)) return -2 - greats;
  if (/grand(daughter|son|child)/.test(r)) return 2 + greats;
  if (/\b(aunt|uncle|mother|father|parent|carer|guardian)\b/.test(r)) return -1;
  if (/\b(niece|nephew|daughter|son|child)\b/.test(r)) return 1;
  return 0;
}

/** Outside the close family: shown only in the wider family mode (for a conference). */
export function isWiderFamily(relationship: string): boolean {
  return /\b(aunt|uncle|cousin|niece|nephew|ex-partner|former partner|significant|friend|relative)\b|great-/i.test(relationship);
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
    .flatMap((t) => (t.confidence === null ? [] : [t.confidence]));
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
