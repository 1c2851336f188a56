// Which people sit in the family circle and which services work with them: pure, so it is tested without a page.

import type { InvolvementStatus, Sex } from "../api";
import { serviceRank, shownInVersion } from "./services";
import type { EcoMapNetwork } from "./types";

/** More people than this and the circle is unreadable; the rest are counted in the description. */
export const MAX_FAMILY = 12;

export interface FamilyEntry {
  id: string;
  name: string;
  sex: Sex;
  age: number | null;
  deceased: boolean;
  relationship: string;
  focus: boolean;
  livesWithFocus: boolean;
  /** The way to them crosses an inferred tie: they may not be family at all, and are drawn so. */
  inferred: boolean;
}

export interface ServiceLink {
  personId: string;
  status: InvolvementStatus;
}

export interface ServiceEntry {
  service: string;
  name: string;
  /** One link per person the service works with, current when any of their involvements is current. */
  links: ServiceLink[];
}

export interface EcoMapModel {
  family: FamilyEntry[];
  /** People close enough to be in the circle but left out to keep it readable. */
  leftOut: number;
  services: ServiceEntry[];
}

/** The people living with the focus person now (by the current households), the focus person included. */
export function householdOf(network: EcoMapNetwork, focusId: string): Set<string> {
  const ids = new Set<string>([focusId]);
  for (const household of network.households) {
    if (!household.current) continue;
    const stays = household.members.filter((m) => m.current);
    if (!stays.some((m) => m.person.id === focusId)) continue;
    for (const stay of stays) ids.add(stay.person.id);
  }
  return ids;
}

/**
 * The family circle: the focus person, everyone living with them now, and the closest kin (one step away:
 * parents, siblings, children, partners) wherever they live. Focus first, then the household, then the rest;
 * within each by closeness, oldest first, then name and id, so the same data always gives the same order.
 */
export function selectFamily(network: EcoMapNetwork, focusId: string): { family: FamilyEntry[]; leftOut: number } {
  const home = householdOf(network, focusId);
  const chosen = network.members.filter((m) => m.person.id === focusId || home.has(m.person.id) || m.distance <= 1);
  const entries = chosen.map((m) => ({
    entry: {
      id: m.person.id,
      name: m.person.name,
      sex: m.person.sex,
      age: m.person.age,
      deceased: m.person.deathDate !== null,
      relationship: m.person.id === focusId ? "" : m.relationshipToFocus,
      focus: m.person.id === focusId,
      livesWithFocus: home.has(m.person.id),
      inferred: m.inferred === true,
    },
    distance: m.distance,
  }));
  entries.sort(
    (a, b) =>
      Number(b.entry.focus) - Number(a.entry.focus) ||
      Number(b.entry.livesWithFocus) - Number(a.entry.livesWithFocus) ||
      a.distance - b.distance ||
      (b.entry.age ?? -1) - (a.entry.age ?? -1) ||
      a.entry.name.localeCompare(b.entry.name, "en-GB") ||
      (a.entry.id < b.entry.id ? -1 : a.entry.id > b.entry.id ? 1 : 0),
  );
  const family = entries.slice(0, MAX_FAMILY).map((e) => e.entry);
  return { family, leftOut: entries.length - family.length };
}

/** The services working (now or before) with the people in the circle, in the fixed order round the map. */
export function servicesFor(network: EcoMapNetwork, family: readonly FamilyEntry[], conference: boolean): ServiceEntry[] {
  const byService = new Map<string, ServiceEntry>();
  const inCircle = new Set(family.map((f) => f.id));
  for (const entry of family) {
    const member = network.members.find((m) => m.person.id === entry.id);
    if (!member || !inCircle.has(entry.id)) continue;
    for (const involvement of member.person.involvements) {
      if (!shownInVersion(involvement.service, conference)) continue;
      let service = byService.get(involvement.service);
      if (!service) {
        service = { service: involvement.service, name: involvement.serviceName, links: [] };
        byService.set(involvement.service, service);
      }
      const link = service.links.find((l) => l.personId === entry.id);
      if (!link) service.links.push({ personId: entry.id, status: involvement.status });
      else if (involvement.status === "CURRENT") link.status = "CURRENT";
    }
  }
  return [...byService.values()].sort(
    (a, b) => serviceRank(a.service) - serviceRank(b.service) || a.name.localeCompare(b.name, "en-GB"),
  );
}

export function buildModel(network: EcoMapNetwork, focusId: string, conference: boolean): EcoMapModel {
  const { family, leftOut } = selectFamily(network, focusId);
  return { family, leftOut, services: servicesFor(network, family, conference) };
}
