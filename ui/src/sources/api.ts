// The sources page's question: every loaded source, what its extract covers and how fresh it is (source.graphqls).

import { graphql } from "../api";

export interface SourceFreshness {
  name: string;
  system: string | null;
  service: string | null;
  dataCurrentAsOf: string | null;
  daysOld: number | null;
  stale: boolean;
  historyYears: number | null;
  historyCovered: string | null;
  areaCovered: string | null;
  agesCovered: string;
  loadedAt: string | null;
}

const SOURCES = `query SourcesAndFreshness {
  sources {
    name system service dataCurrentAsOf daysOld stale historyYears historyCovered areaCovered agesCovered loadedAt
  }
}`;

export async function sourcesAndFreshness(): Promise<SourceFreshness[]> {
  return (await graphql<{ sources: SourceFreshness[] }>(SOURCES, {})).sources;
}
