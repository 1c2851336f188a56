// A person's full involvement panel: every service with a loaded source, what each source holds (or what finding
// nothing means), from the involvements query (api/src/main/resources/graphql/involvement.graphqls). Fetched when a
// person is selected, once per person and purpose.

import { graphql, type AccessPurpose, type Involvement, type Practitioner } from "../api";
import type { SourceFreshness } from "../sources/api";

export type CoverageStatus = "CURRENT" | "HISTORIC" | "NONE_FOUND" | "NOT_APPLICABLE";

/** A source as the involvements query asks for it: the sources page's fields but its service and load time. */
export type CoverageSource = Omit<SourceFreshness, "service" | "loadedAt">;

export interface SourceCheck {
  source: CoverageSource;
  status: CoverageStatus;
  involvements: Involvement[];
  noneFoundMeans: string | null;
  notApplicableBecause: string | null;
}

export interface ServiceCoverage {
  service: string;
  serviceName: string;
  status: CoverageStatus;
  leadPractitioner: Practitioner | null;
  sources: SourceCheck[];
}

export const INVOLVEMENTS_QUERY = `query PersonInvolvements($personId: ID!, $purpose: AccessPurpose!) {
  involvements(personId: $personId, purpose: $purpose) {
    services {
      service serviceName status
      leadPractitioner { name role phone email }
      sources {
        status noneFoundMeans notApplicableBecause
        source { name system dataCurrentAsOf daysOld stale historyYears historyCovered areaCovered agesCovered }
        involvements {
          service serviceName status startDate endDate lastContact reason team source
          leadPractitioner { name role phone email }
          details { label value }
        }
      }
    }
  }
}`;

const cache = new Map<string, Promise<ServiceCoverage[] | null>>();

export function loadInvolvements(personId: string, purpose: AccessPurpose): Promise<ServiceCoverage[] | null> {
  const key = `${purpose}\u0000${personId}`;
  let answer = cache.get(key);
  if (!answer) {
    answer = graphql<{ involvements: { services: ServiceCoverage[] } | null }>(INVOLVEMENTS_QUERY, { personId, purpose }).then(
      (d) => d.involvements?.services ?? null,
    );
    cache.set(key, answer);
    answer.catch(() => cache.delete(key));
  }
  return answer;
}
