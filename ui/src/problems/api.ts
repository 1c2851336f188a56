// The data-problem calls (api/src/main/resources/graphql/problem.graphqls): report a fact as wrong, read the data
// managers' queue, resolve a report.

import { graphql } from "../api";

export type FactKind = "PERSON" | "ADDRESS" | "RELATIONSHIP" | "INVOLVEMENT" | "HOUSEHOLD";
export type ProblemStatus = "OPEN" | "SENT_TO_SOURCE" | "CORRECTED" | "NOT_A_PROBLEM";
export type ProblemOutcome = Exclude<ProblemStatus, "OPEN">;

export const FACT_KINDS: Record<FactKind, string> = {
  PERSON: "Person's details",
  ADDRESS: "Address",
  RELATIONSHIP: "Relationship",
  INVOLVEMENT: "Service involvement",
  HOUSEHOLD: "Household",
};

export const STATUSES: readonly (readonly [ProblemStatus, string])[] = [
  ["OPEN", "Open"],
  ["SENT_TO_SOURCE", "Sent to source"],
  ["CORRECTED", "Corrected"],
  ["NOT_A_PROBLEM", "Not a problem"],
];

export function statusName(status: ProblemStatus): string {
  return STATUSES.find(([s]) => s === status)?.[1] ?? status;
}

export interface ReportInput {
  personId: string;
  factKind: FactKind;
  source: string;
  sourceRecordId?: string;
  description: string;
  note: string;
}

export interface DataProblem {
  id: string;
  personId: string;
  person: { name: string } | null;
  factKind: FactKind;
  source: string;
  sourceRecordId: string | null;
  description: string;
  note: string;
  reportedBy: string;
  reportedByTeam: string | null;
  reportedAt: string;
  status: ProblemStatus;
  resolvedBy: string | null;
  resolvedAt: string | null;
  resolutionNote: string | null;
}

export interface ProblemPage {
  problems: DataProblem[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

export const PAGE_SIZE = 20;

const FIELDS = `id personId factKind source sourceRecordId description note reportedBy reportedByTeam reportedAt
  status resolvedBy resolvedAt resolutionNote`;

export async function reportDataProblem(input: ReportInput): Promise<{ id: string; status: ProblemStatus }> {
  const data = await graphql<{ reportDataProblem: { id: string; status: ProblemStatus } }>(
    `mutation ReportDataProblem($input: ReportDataProblemInput!) { reportDataProblem(input: $input) { id status } }`,
    { input },
  );
  return data.reportDataProblem;
}

export async function dataProblems(filter: { status: ProblemStatus | null; source: string | null }, after: string | null): Promise<ProblemPage> {
  const data = await graphql<{
    dataProblems: {
      edges: { node: DataProblem }[];
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  }>(
    `query DataProblems($status: DataProblemStatus, $source: String, $first: Int!, $after: String) {
      dataProblems(status: $status, source: $source, first: $first, after: $after) {
        edges { node { ${FIELDS} person { name } } }
        totalCount
        pageInfo { hasNextPage endCursor }
      }
    }`,
    { ...filter, first: PAGE_SIZE, after },
  );
  return {
    problems: data.dataProblems.edges.map((e) => e.node),
    totalCount: data.dataProblems.totalCount,
    hasNextPage: data.dataProblems.pageInfo.hasNextPage,
    endCursor: data.dataProblems.pageInfo.endCursor,
  };
}

export async function resolveDataProblem(id: string, outcome: ProblemOutcome, note: string | null): Promise<DataProblem> {
  const data = await graphql<{ resolveDataProblem: DataProblem }>(
    `mutation ResolveDataProblem($id: ID!, $outcome: DataProblemOutcome!, $note: String) {
      resolveDataProblem(id: $id, outcome: $outcome, note: $note) { ${FIELDS} person { name } }
    }`,
    { id, outcome, note },
  );
  return data.resolveDataProblem;
}
