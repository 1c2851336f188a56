// The family around the person, in one GraphQL request: members with their involvement summaries, ties, households
// and recorded relationship qualities (api/src/main/resources/graphql/family.graphqls). The full involvement panel
// of one person is a second, later request (involvements.ts).

import { graphql, type AccessPurpose, type Involvement, type Person } from "../api";
import type { GenogramHousehold, GenogramHouseholdMember, GenogramMember, GenogramNetwork, GenogramQuality, GenogramTie } from "../genogram/network";

export interface AddressPeriod {
  lines: string | null;
  postcode: string | null;
  from: string | null;
  to: string | null;
  source: string;
  current: boolean;
}

export type NetworkPerson = Person & { addresses: AddressPeriod[] };

/** The genogram's network (ui/src/genogram/network.ts) with more about each person: their records, addresses and involvements in full. */
export type NetworkMember = Omit<GenogramMember, "person"> & { person: NetworkPerson };
export type NetworkTie = GenogramTie;
export type Household = GenogramHousehold;
export type HouseholdStay = GenogramHouseholdMember;
export type RelationshipQuality = GenogramQuality;

export interface PersonNetwork extends Omit<GenogramNetwork, "members"> {
  members: NetworkMember[];
}

export interface NetworkRequest {
  personId: string;
  purpose: AccessPurpose;
  depth: number;
  includeInferred: boolean;
  /** YYYY-MM-DD, or "" for every tie whenever it held. */
  asOf: string;
}

const QUALITY = "fromPersonId toPersonId quality note recordedBy recordedAt source";

export const FAMILY_NETWORK_QUERY = `query PersonFamilyNetwork($personId: ID!, $purpose: AccessPurpose!, $depth: Int!, $includeInferred: Boolean, $asOf: String) {
  familyNetwork(personId: $personId, depth: $depth, purpose: $purpose, includeInferred: $includeInferred, asOf: $asOf) {
    focus { id }
    truncated asOf
    members {
      relationshipToFocus distance inferred
      person {
        id name birthDate age sex deathDate
        records { source sourceId nhsNumber upn caseId }
        addresses { lines postcode from to source current }
        involvements {
          service serviceName status startDate endDate lastContact reason team source
          leadPractitioner { name role phone email }
          details { label value }
        }
      }
    }
    ties { fromPersonId toPersonId type kind from to source inferred confidence basis derived note recordedBy recordedAt quality { ${QUALITY} } }
    households { id addressLines postcode from to current memberCount members { person { id } from to current } }
    relationshipQualities { ${QUALITY} }
  }
}`;

// Refocusing back and forth, or ticking a box twice, should not fetch (and audit) the same family again.
const cache = new Map<string, Promise<PersonNetwork | null>>();

export function loadPersonNetwork(request: NetworkRequest): Promise<PersonNetwork | null> {
  const key = JSON.stringify(request);
  let answer = cache.get(key);
  if (!answer) {
    answer = graphql<{ familyNetwork: PersonNetwork | null }>(FAMILY_NETWORK_QUERY, {
      personId: request.personId,
      purpose: request.purpose,
      depth: request.depth,
      includeInferred: request.includeInferred,
      asOf: request.asOf || null,
    }).then((d) => d.familyNetwork);
    cache.set(key, answer);
    answer.catch(() => cache.delete(key)); // a failure is tried again next time
  }
  return answer;
}

export function memberById(network: PersonNetwork, id: string): NetworkMember | undefined {
  return network.members.find((m) => m.person.id === id);
}

export function focusMember(network: PersonNetwork): NetworkMember | undefined {
  return memberById(network, network.focus.id) ?? network.members[0];
}

export type { Involvement };
