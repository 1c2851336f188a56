// The family network the genogram draws: the familyNetwork GraphQL answer (api/.../graphql/family.graphqls),
// with only the fields the diagram needs (the person page asks for them, and more, in person/network.ts).

import type { FamilyTie, InvolvementStatus, Sex } from "../api";

export interface GenogramInvolvement {
  service: string;
  serviceName: string;
  status: InvolvementStatus;
}

export interface GenogramPerson {
  id: string;
  name: string;
  sex: Sex;
  /** ISO, possibly partial (1990, 1990-03). */
  birthDate: string | null;
  /** Whole years as the API computed them (at death for someone who died); used when there is no birthDate. */
  age: number | null;
  deathDate: string | null;
  involvements: GenogramInvolvement[];
}

export interface GenogramMember {
  person: GenogramPerson;
  relationshipToFocus: string;
  distance: number;
  /** The way to this person crosses an inferred tie: never draw them as fact. */
  inferred: boolean;
}

export type RelationshipQualityKind = "CLOSE" | "SUPPORTIVE" | "DISTANT" | "CONFLICT" | "CUT_OFF" | "UNKNOWN";

export interface GenogramQuality {
  fromPersonId: string;
  toPersonId: string;
  /** A RelationshipQualityKind; kept a string so a network read by other code draws as it is (others are skipped). */
  quality: string;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
  source: string;
}

/** A tie as api.ts reads it, with the fields the genogram needs too (the API always sends a confidence). */
export interface GenogramTie extends FamilyTie {
  confidence: number;
  basis: string | null;
  derived: boolean;
  note: string | null;
  recordedBy: string | null;
  recordedAt: string | null;
  quality: GenogramQuality | null;
}

export interface GenogramHouseholdMember {
  person: { id: string };
  from: string | null;
  to: string | null;
  current: boolean;
}

export interface GenogramHousehold {
  id: string;
  addressLines: string | null;
  postcode: string | null;
  from: string | null;
  to: string | null;
  current: boolean;
  members: GenogramHouseholdMember[];
  memberCount: number;
}

export interface GenogramNetwork {
  focus: { id: string };
  members: GenogramMember[];
  ties: GenogramTie[];
  households: GenogramHousehold[];
  relationshipQualities: GenogramQuality[];
  truncated: boolean;
  /** Set when the network was fetched "as at" a date: ties and stays are those valid then. */
  asOf: string | null;
}
