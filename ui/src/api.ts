// The GraphQL calls the page makes, and the shapes it reads (see api/src/main/resources/graphql).

import { csrfToken } from "./csrf";

export type InvolvementStatus = "CURRENT" | "HISTORIC";
export type Sex = "FEMALE" | "MALE" | "OTHER" | "UNKNOWN";
export type FamilyTieType = "PARENT_OF" | "PARTNER_OF" | "SIBLING_OF" | "RELATIVE_OF" | "SIGNIFICANT_OTHER_OF";

export interface PersonSummary {
  id: string;
  name: string;
  birthDate: string | null;
  age: number | null;
  deathDate: string | null;
  records: { source: string }[];
  /** Asked by the search only: the addresses the sources hold, current ones first. */
  addresses?: { lines: string | null; postcode: string | null; current: boolean }[];
}

export type SearchMatch =
  | "IDENTIFIER"
  | "NAME"
  | "OTHER_NAME"
  | "NICKNAME"
  | "SOUNDS_LIKE"
  | "SIMILAR_SPELLING"
  | "START_OF_NAME"
  | "DATE_OF_BIRTH";

export interface SearchResult {
  person: PersonSummary;
  matchedOn: SearchMatch[];
}

export interface SearchResults {
  results: SearchResult[];
  /** Everyone the search found, of whom the first page is in results. */
  totalCount: number;
}

export interface SourceRecord {
  source: string;
  sourceId: string;
  nhsNumber: string | null;
  upn: string | null;
  caseId: string | null;
}

export interface Practitioner {
  name: string;
  role: string | null;
  phone: string | null;
  email: string | null;
}

export interface Involvement {
  service: string;
  serviceName: string;
  status: InvolvementStatus;
  startDate: string | null;
  endDate: string | null;
  lastContact: string | null;
  reason: string | null;
  team: string | null;
  leadPractitioner: Practitioner | null;
  details: { label: string; value: string }[];
  source: string;
}

export interface Person {
  id: string;
  name: string;
  birthDate: string | null;
  age: number | null;
  sex: Sex;
  deathDate: string | null;
  records: SourceRecord[];
  involvements: Involvement[];
}

export interface FamilyTie {
  fromPersonId: string;
  toPersonId: string;
  type: FamilyTieType;
  kind: string;
  from: string | null;
  to: string | null;
  source: string;
  inferred: boolean;
  confidence: number | null;
}

export interface Source {
  name: string;
  system: string | null;
  dataCurrentAsOf: string | null;
  areaCovered: string | null;
}

/** Why a person is opened (AccessPurpose in access.graphqls): recorded with every view in the audit trail. */
export const ACCESS_PURPOSES = [
  ["CONTACT_AND_REFERRAL", "Contact or referral (front door, MASH, duty)"],
  ["CHILD_AND_FAMILY_ASSESSMENT", "Child and family assessment"],
  ["EARLY_HELP_ASSESSMENT", "Early help assessment or plan"],
  ["SECTION_47_ENQUIRY", "Strategy discussion or section 47 enquiry"],
  ["CHILD_PROTECTION_CONFERENCE_PREPARATION", "Preparing a child protection conference"],
  ["FAMILY_GROUP_CONFERENCE_PREPARATION", "Preparing a family group conference"],
  ["CHILD_IN_NEED_PLANNING", "Child in need or child protection plan"],
  ["LOOKED_AFTER_CHILD_PLANNING", "Care planning for a looked-after child"],
  ["REVIEW", "Case review or supervision"],
  ["QUALITY_ASSURANCE", "Quality assurance or audit"],
] as const;

export type AccessPurpose = (typeof ACCESS_PURPOSES)[number][0];

/** One error of a GraphQL answer: BAD_REQUEST messages name the argument ("filter.minChildren: ..."). */
export interface ApiProblem {
  message: string;
  classification: string | null;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly problems: ApiProblem[] = [],
  ) {
    super(message);
  }
}

interface GraphQlResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { classification?: string } }[];
}

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  let response: Response;
  const token = csrfToken();
  try {
    response = await fetch("graphql", {
      method: "POST",
      headers: {
        "Content-Type": "application/json",
        Accept: "application/graphql-response+json, application/json",
        ...(token ? { "X-XSRF-TOKEN": token } : {}),
      },
      body: JSON.stringify({ query, variables }),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError("Family Context could not be reached. Check your connection and try again.");
  }
  if (response.status === 401) {
    // The session ended (idle, or at its absolute lifetime): sign in again.
    window.location.assign("login.html?session-ended#session-ended");
    throw new ApiError("Your session has ended. Sign in again.");
  }
  let body: GraphQlResponse<T>;
  try {
    body = (await response.json()) as GraphQlResponse<T>;
  } catch {
    throw new ApiError(`Family Context answered with an error (HTTP ${response.status}). Try again later.`);
  }
  if (body.errors && body.errors.length > 0) {
    const problems = body.errors.map((e) => ({ message: e.message, classification: e.extensions?.classification ?? null }));
    throw new ApiError(problems.map((p) => p.message).join(" "), problems);
  }
  if (!body.data) throw new ApiError(`Family Context answered with an error (HTTP ${response.status}). Try again later.`);
  return body.data;
}

export const SEARCH_LIMIT = 20;

export interface SearchCriteria {
  name?: string;
  dateOfBirth?: string;
  identifier?: string;
}

export async function searchPeople(criteria: SearchCriteria): Promise<SearchResults> {
  const data = await graphql<{
    searchPeople: { edges: { node: PersonSummary; matchedOn: SearchMatch[] }[]; totalCount: number };
  }>(
    `query SearchPeople($name: String, $dateOfBirth: String, $identifier: String, $first: Int) {
      searchPeople(name: $name, dateOfBirth: $dateOfBirth, identifier: $identifier, first: $first) {
        edges { matchedOn node { id name birthDate age deathDate records { source } addresses { lines postcode current } } }
        totalCount
      }
    }`,
    { ...criteria, first: SEARCH_LIMIT },
  );
  return {
    results: data.searchPeople.edges.map((e) => ({ person: e.node, matchedOn: e.matchedOn })),
    totalCount: data.searchPeople.totalCount,
  };
}

let sourcesCache: Promise<Source[]> | null = null;

export function sources(): Promise<Source[]> {
  if (!sourcesCache) {
    sourcesCache = graphql<{ sources: Source[] }>(`query Sources { sources { name system dataCurrentAsOf areaCovered } }`, {}).then(
      (d) => d.sources,
    );
    sourcesCache.catch(() => (sourcesCache = null));
  }
  return sourcesCache;
}

/** The signed-in user (access.graphqls): the roles decide which pages the page offers. */
export interface SignedInUser {
  username: string;
  roles: string[];
  team: string | null;
}

export async function me(): Promise<SignedInUser> {
  const data = await graphql<{ me: SignedInUser }>(`query Me { me { username roles team } }`, {});
  return data.me;
}
