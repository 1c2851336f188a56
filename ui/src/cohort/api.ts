// The cohort queries (api/src/main/resources/graphql/cohort.graphqls): counts of families, every figure already
// through disclosure control on the server. The page shows each Figure's text as it is and never works a
// withheld figure out from others.

import { graphql } from "../api";

/** One published figure: value is null when withheld ([c]), rounded to zero ([k]) or not applicable ([z]). */
export interface Figure {
  value: number | null;
  withheld: string | null;
  text: string;
}

export interface BreakdownRow {
  key: string;
  families: Figure;
}

export interface Breakdown {
  dimension: string;
  rows: BreakdownRow[];
  total: Figure;
  csv: string;
}

export interface IndicatorDefinition {
  name: string;
  description: string;
  available: boolean;
}

export interface Cohort {
  families: Figure;
  byIndicatorCount: Breakdown;
  byArea: Breakdown;
  byService: Breakdown;
  byIndicator: Breakdown;
  indicators: IndicatorDefinition[];
  notes: string[];
}

export interface CoOccurrenceCell {
  row: string;
  column: string;
  families: Figure;
  lift: Figure;
}

export interface CoOccurrence {
  services: string[];
  families: Figure;
  cells: CoOccurrenceCell[];
  csv: string;
  notes: string[];
}

export interface RelatedFamilyGroup {
  rank: number;
  families: Figure;
  people: Figure;
  openCases: Figure;
  childrenInCare: Figure;
}

export interface RelatedFamilies {
  families: Figure;
  familiesInGroups: Figure;
  bySize: Breakdown;
  largestGroups: RelatedFamilyGroup[];
  notes: string[];
}

export interface CareAcrossGenerations {
  childrenInCare: Figure;
  withParentInCare: Figure;
  byArea: Breakdown;
  withParentInCareByArea: Breakdown;
  notes: string[];
}

export interface ServiceConditionInput {
  service: string;
  status?: "CURRENT" | "HISTORIC" | "ANY";
  from?: string;
  to?: string;
}

export interface CohortFilterInput {
  minChildren?: number;
  maxChildren?: number;
  childAgeFrom?: number;
  childAgeTo?: number;
  loneParent?: boolean;
  minIndicators?: number;
  maxIndicators?: number;
  indicators?: string[];
  areas?: string[];
  services?: ServiceConditionInput[];
}

export interface DisclosureInput {
  threshold?: number;
  roundTo?: number;
}

const FIGURE = "value withheld text";
const BREAKDOWN = `dimension rows { key families { ${FIGURE} } } total { ${FIGURE} } csv`;

export async function cohort(filter: CohortFilterInput | null, disclosure: DisclosureInput | null): Promise<Cohort> {
  const data = await graphql<{ cohort: Cohort }>(
    `query Cohort($filter: CohortFilter, $disclosure: DisclosureOptions) {
      cohort(filter: $filter, disclosure: $disclosure) {
        families { ${FIGURE} }
        byIndicatorCount { ${BREAKDOWN} }
        byArea { ${BREAKDOWN} }
        byService { ${BREAKDOWN} }
        byIndicator { ${BREAKDOWN} }
        indicators { name description available }
        notes
      }
    }`,
    { filter, disclosure },
  );
  return data.cohort;
}

export async function serviceCoOccurrence(
  filter: CohortFilterInput | null,
  currentOnly: boolean,
  disclosure: DisclosureInput | null,
): Promise<CoOccurrence> {
  const data = await graphql<{ serviceCoOccurrence: CoOccurrence }>(
    `query ServiceCoOccurrence($filter: CohortFilter, $currentOnly: Boolean, $disclosure: DisclosureOptions) {
      serviceCoOccurrence(filter: $filter, currentOnly: $currentOnly, disclosure: $disclosure) {
        services
        families { ${FIGURE} }
        cells { row column families { ${FIGURE} } lift { ${FIGURE} } }
        csv
        notes
      }
    }`,
    { filter, currentOnly, disclosure },
  );
  return data.serviceCoOccurrence;
}

export const LARGEST_GROUPS = 20;

export async function relatedFamilies(minFamilies: number, disclosure: DisclosureInput | null): Promise<RelatedFamilies> {
  const data = await graphql<{ relatedFamilies: RelatedFamilies }>(
    `query RelatedFamilies($minFamilies: Int, $first: Int, $disclosure: DisclosureOptions) {
      relatedFamilies(minFamilies: $minFamilies, first: $first, disclosure: $disclosure) {
        families { ${FIGURE} }
        familiesInGroups { ${FIGURE} }
        bySize { ${BREAKDOWN} }
        largestGroups { rank families { ${FIGURE} } people { ${FIGURE} } openCases { ${FIGURE} } childrenInCare { ${FIGURE} } }
        notes
      }
    }`,
    { minFamilies, first: LARGEST_GROUPS, disclosure },
  );
  return data.relatedFamilies;
}

export async function careAcrossGenerations(
  filter: CohortFilterInput | null,
  disclosure: DisclosureInput | null,
): Promise<CareAcrossGenerations> {
  const data = await graphql<{ careAcrossGenerations: CareAcrossGenerations }>(
    `query CareAcrossGenerations($filter: CohortFilter, $disclosure: DisclosureOptions) {
      careAcrossGenerations(filter: $filter, disclosure: $disclosure) {
        childrenInCare { ${FIGURE} }
        withParentInCare { ${FIGURE} }
        byArea { ${BREAKDOWN} }
        withParentInCareByArea { ${BREAKDOWN} }
        notes
      }
    }`,
    { filter, disclosure },
  );
  return data.careAcrossGenerations;
}
