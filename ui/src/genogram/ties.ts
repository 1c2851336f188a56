// Small readings of ties shared by the filter, the layout model and the drawing.

import type { GenogramNetwork, GenogramTie } from "./network";

/** Kinds of PARENT_OF tie that make someone a carer rather than a parent the child hangs from. */
export const CARE_KINDS = new Set(["foster", "special_guardian", "kinship_carer"]);

export type ParentLine = "birth" | "adoptive" | "foster" | "special_guardian" | "kinship_carer" | "step" | "inferred";

/** How a PARENT_OF tie is drawn: birth (and unknown or other kinds, which we cannot tell apart) solid, and so on. */
export function parentLine(tie: GenogramTie): ParentLine {
  if (tie.inferred) return "inferred";
  switch (tie.kind) {
    case "adoptive":
    case "foster":
    case "special_guardian":
    case "kinship_carer":
    case "step":
      return tie.kind;
    default:
      return "birth";
  }
}

/** A partnership that has ended (separated, divorced, or given an end date). */
export function partnershipEnded(tie: GenogramTie): boolean {
  return tie.kind === "separated" || tie.kind === "divorced" || tie.to !== null;
}

export function tiesAmong(network: GenogramNetwork, ids: ReadonlySet<string>): GenogramTie[] {
  return network.ties.filter((t) => ids.has(t.fromPersonId) && ids.has(t.toPersonId));
}

/** The year of an ISO date, possibly partial; null when absent or unreadable. */
export function yearOf(iso: string | null | undefined): string | null {
  const m = iso ? /^(\d{4})/.exec(iso) : null;
  return m ? m[1]! : null;
}

/** Whole years from an ISO date (possibly partial: the youngest the person can be) to an ISO day. */
export function yearsBetween(fromIso: string, toIso: string): number | null {
  const f = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(fromIso);
  const t = /^(\d{4})-(\d{2})-(\d{2})/.exec(toIso);
  if (!f || !t) return null;
  // A partial date is taken at its latest possible day, which gives the youngest possible age.
  const fm = f[2] ? Number(f[2]) : 12;
  const fd = f[3] ? Number(f[3]) : 31;
  let years = Number(t[1]) - Number(f[1]);
  if (Number(t[2]) < fm || (Number(t[2]) === fm && Number(t[3]) < fd)) years -= 1;
  return years < 0 ? null : years;
}

/** Age on `today` (or at death), from the birth date when there is one, else the API's age. */
export function ageOn(person: { birthDate: string | null; deathDate: string | null; age: number | null }, today: string): number | null {
  if (person.birthDate) {
    const end = person.deathDate && /^\d{4}-\d{2}-\d{2}/.test(person.deathDate) ? person.deathDate : today;
    return yearsBetween(person.birthDate, end);
  }
  return person.age;
}
