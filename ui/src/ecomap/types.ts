// The parts of the familyNetwork answer (api/src/main/resources/graphql/family.graphqls) that the eco-map reads.
// Field names are the GraphQL ones, so the genogram's fuller GenogramNetwork (ui/src/genogram/network.ts) can be
// passed in as it is: it has these fields and more.

import type { InvolvementStatus, Sex } from "../api";

export interface EcoMapInvolvement {
  service: string;
  serviceName: string;
  status: InvolvementStatus;
}

export interface EcoMapPerson {
  id: string;
  name: string;
  sex: Sex;
  age: number | null;
  deathDate: string | null;
  involvements: readonly EcoMapInvolvement[];
}

export interface EcoMapMember {
  person: EcoMapPerson;
  relationshipToFocus: string;
  distance: number;
  inferred?: boolean;
}

export interface EcoMapHousehold {
  current: boolean;
  members: readonly { person: { id: string }; current: boolean }[];
}

export interface EcoMapNetwork {
  members: readonly EcoMapMember[];
  households: readonly EcoMapHousehold[];
}

export interface EcoMapOptions {
  /** The person the map is drawn for (usually the child): first in the family circle, double-outlined. */
  focusId: string;
  /** A conference version: police and health services are left out. */
  conference: boolean;
  /** YYYY-MM-DD the picture is drawn for; part of the description so a printout says when it was true. */
  today: string;
}

export interface EcoMapCallbacks {
  onSelect(personId: string): void;
}

export interface EcoMapHandle {
  svg: SVGSVGElement;
  destroy(): void;
}
