// The "People" tab's rows, worked out from the family network without the DOM: the same people as the diagram,
// each with their relationship to the child, age, whether they live with the child, services and how sure.

import type { Involvement } from "../api";
import { selectMembers } from "../genogram";
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
 * The members the diagram draws, chosen by the genogram's own selection so the table and the diagram always
 * hold the same people (folded branches aside: the table lists everyone in the generations asked for).
 */
export function shownMembers(network: PersonNetwork, view: PersonView): { members: NetworkMember[]; generation: Map<string, number> } {
  const selection = selectMembers(network, {
    focusId: network.focus.id,
    generationsUp: view.up,
    generationsDown: view.down,
    wider: view.wider,
    collapsed: new Set(),
  });
  // Possible relatives come only when asked for (includeInferred); a network fetched with them stays drawable without.
  const members = network.members.filter((m) => selection.ids.has(m.person.id) && (view.inferred || !m.inferred));
  return { members, generation: selection.generation };
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
  const { members, generation } = shownMembers(network, view);
  return members.map((m) => {
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
      generation: generation.get(p.id) ?? 0,
      isFocus,
    };
  });
}
