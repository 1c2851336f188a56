// The services an eco-map can show, in the fixed order they go round the family (clockwise from the top), so
// that the same service is always in the same place and maps of two families can be compared at a glance.

/** Service enum values (involvement.graphqls), grouped: children's services, adults', then justice and health. */
export const SERVICE_ORDER: readonly string[] = [
  "CHILDRENS_SOCIAL_CARE",
  "EARLY_HELP",
  "EARLY_YEARS",
  "EDUCATION",
  "YOUNG_CARERS",
  "HOUSING",
  "ADULT_SOCIAL_CARE",
  "YOUTH_OFFENDING",
  "PROBATION",
  "POLICE",
  "HEALTH_VISITOR",
  "GP",
  "ADULT_MENTAL_HEALTH",
  "DRUG_AND_ALCOHOL",
];

/**
 * Left out of a conference version (issue 7: "a conference version without police and health details"): the
 * family is in the room, and these are the details partner agencies share for safeguarding, not for the family.
 */
export const CONFERENCE_HIDDEN: ReadonlySet<string> = new Set([
  "POLICE",
  "HEALTH_VISITOR",
  "GP",
  "ADULT_MENTAL_HEALTH",
  "DRUG_AND_ALCOHOL",
]);

export function shownInVersion(service: string, conference: boolean): boolean {
  return !(conference && CONFERENCE_HIDDEN.has(service));
}

/** Where a service goes round the circle; services the list does not know go last, by name. */
export function serviceRank(service: string): number {
  const i = SERVICE_ORDER.indexOf(service);
  return i === -1 ? SERVICE_ORDER.length : i;
}
