// Service badges: a short code for each service (the legend spells them out), and which are police or
// health details that a conference version leaves out.

import type { GenogramInvolvement } from "./network";

export const SERVICE_CODES: Record<string, string> = {
  CHILDRENS_SOCIAL_CARE: "CSC",
  ADULT_SOCIAL_CARE: "ASC",
  EDUCATION: "SCH",
  EARLY_HELP: "EH",
  EARLY_YEARS: "EY",
  HOUSING: "HSG",
  POLICE: "POL",
  YOUTH_OFFENDING: "YOS",
  HEALTH_VISITOR: "HV",
  GP: "GP",
  ADULT_MENTAL_HEALTH: "AMH",
  DRUG_AND_ALCOHOL: "DAS",
  YOUNG_CARERS: "YC",
  PROBATION: "PRB",
};

/** Left out of the conference version: police and health details. */
export const CONFERENCE_HIDDEN = new Set(["POLICE", "HEALTH_VISITOR", "GP", "ADULT_MENTAL_HEALTH", "DRUG_AND_ALCOHOL"]);

export interface Badge {
  service: string;
  code: string;
  name: string;
  current: boolean;
}

/** One badge a service, current if any involvement with it is current; in the order of SERVICE_CODES. */
export function badgesOf(involvements: GenogramInvolvement[], conference: boolean): Badge[] {
  const byService = new Map<string, Badge>();
  for (const i of involvements) {
    if (conference && CONFERENCE_HIDDEN.has(i.service)) continue;
    const code = SERVICE_CODES[i.service] ?? i.service.slice(0, 3);
    const prev = byService.get(i.service);
    byService.set(i.service, { service: i.service, code, name: i.serviceName, current: (prev?.current ?? false) || i.status === "CURRENT" });
  }
  const rank = (s: string) => {
    const k = Object.keys(SERVICE_CODES).indexOf(s);
    return k < 0 ? 99 : k;
  };
  return [...byService.values()].sort((a, b) => rank(a.service) - rank(b.service) || a.service.localeCompare(b.service));
}
