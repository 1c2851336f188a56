// The words a screen reader hears (and a printout's description holds): the same facts the picture shows.

import { formatDate } from "../format";
import type { EcoMapModel, FamilyEntry, ServiceEntry } from "./model";

function who(person: FamilyEntry): string {
  return person.relationship ? `${person.name} (${person.relationship})` : person.name;
}

function listOf(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export function memberLabel(person: FamilyEntry, services: readonly ServiceEntry[]): string {
  const parts = [person.name];
  if (person.relationship) parts.push(person.relationship);
  if (person.age !== null) parts.push(`${person.age}`);
  if (person.deceased) parts.push("died");
  if (!person.focus && !person.livesWithFocus) parts.push("lives apart");
  if (person.inferred) parts.push("not confirmed as family");
  for (const status of ["CURRENT", "HISTORIC"] as const) {
    const names = services.filter((sv) => sv.links.some((l) => l.personId === person.id && l.status === status)).map((sv) => sv.name);
    if (names.length > 0) parts.push(`${status === "CURRENT" ? "current" : "historic"}: ${listOf(names)}`);
  }
  return parts.join(", ");
}

export function serviceLabel(service: ServiceEntry, family: readonly FamilyEntry[]): string {
  const parts = [service.name];
  for (const status of ["CURRENT", "HISTORIC"] as const) {
    const people = service.links
      .filter((l) => l.status === status)
      .map((l) => family.find((f) => f.id === l.personId))
      .filter((f): f is FamilyEntry => f !== undefined)
      .map(who);
    if (people.length > 0) parts.push(`${status === "CURRENT" ? "current with" : "historic with"} ${listOf(people)}`);
  }
  return parts.join(", ");
}

/** "1 current, 2 historic" inside a service's circle. */
export function serviceCounts(service: ServiceEntry): string {
  const current = service.links.filter((l) => l.status === "CURRENT").length;
  const historic = service.links.length - current;
  return [current > 0 ? `${current} current` : "", historic > 0 ? `${historic} historic` : ""].filter(Boolean).join(", ");
}

export function mapTitle(model: EcoMapModel): string {
  const focus = model.family.find((f) => f.focus);
  return focus ? `Eco-map for ${focus.name}` : "Eco-map";
}

export function mapDescription(model: EcoMapModel, today: string, conference: boolean): string {
  const focus = model.family.find((f) => f.focus);
  const sentences: string[] = [];
  if (focus) {
    const home = model.family.filter((f) => !f.focus && f.livesWithFocus).map(who);
    const apart = model.family.filter((f) => !f.focus && !f.livesWithFocus).map(who);
    sentences.push(home.length > 0 ? `${focus.name} lives with ${listOf(home)}.` : `No one is recorded as living with ${focus.name}.`);
    if (apart.length > 0) sentences.push(`Close family living apart: ${listOf(apart)}.`);
  }
  if (model.leftOut > 0) sentences.push(`${model.leftOut} more relatives are not drawn; see the genogram.`);
  sentences.push(
    model.services.length === 0
      ? "No services are recorded as working with the family."
      : `Services: ${model.services.map((sv) => serviceLabel(sv, model.family)).join("; ")}.`,
  );
  sentences.push(`As at ${formatDate(today)}.`);
  if (conference) sentences.push("Conference version: police and health services are left out.");
  return sentences.join(" ");
}
