// The match review page's questions (review.graphqls): the queue of pairs waiting for a decision, and the two
// decisions a data manager can take on a pair, each with a reason.

import { graphql, type Sex } from "../api";

export interface ReviewRecord {
  source: string;
  sourceId: string;
  forename: string | null;
  middleNames: string | null;
  surname: string | null;
  aliases: string[];
  previousSurnames: string[];
  birthDate: string | null;
  sex: Sex;
  nhsNumber: string | null;
  upn: string | null;
  caseId: string | null;
  deathDate: string | null;
  current: boolean;
}

export interface Contribution {
  comparison: string;
  level: string;
  weight: number;
}

export interface Candidate {
  id: string;
  records: ReviewRecord[];
  probability: number;
  matchWeight: number | null;
  modelVersion: string | null;
  reasonForPriority: string;
  refusedBecause: string | null;
  explanation: Contribution[];
}

export interface ReviewQueue {
  totalCount: number;
  candidates: Candidate[];
}

const QUEUE = `query ReviewQueue($first: Int!) {
  reviewQueue(first: $first) {
    totalCount
    edges { node {
      id probability matchWeight modelVersion reasonForPriority refusedBecause
      explanation { comparison level weight }
      records { source sourceId forename middleNames surname aliases previousSurnames birthDate sex nhsNumber upn caseId deathDate current }
    } }
  }
}`;

/** The front of the queue: decisions reorder it, so the page asks again after each one rather than paging. */
export async function reviewQueue(first = 20): Promise<ReviewQueue> {
  const data = await graphql<{ reviewQueue: { totalCount: number; edges: { node: Candidate }[] } }>(QUEUE, { first });
  return { totalCount: data.reviewQueue.totalCount, candidates: data.reviewQueue.edges.map((e) => e.node) };
}

export type Decision = "confirm" | "reject";

export interface DecisionResult {
  decision: "CONFIRMED" | "REJECTED" | "SPLIT";
  note: string | null;
}

const DECIDE = {
  confirm: `mutation ConfirmMatch($input: MatchDecisionInput!) { result: confirmMatch(input: $input) { decision note } }`,
  reject: `mutation RejectMatch($input: MatchDecisionInput!) { result: rejectMatch(input: $input) { decision note } }`,
};

export async function decide(decision: Decision, candidate: Candidate, reason: string): Promise<DecisionResult> {
  const [a, b] = candidate.records;
  const input = {
    record: { source: a!.source, sourceId: a!.sourceId },
    otherRecord: { source: b!.source, sourceId: b!.sourceId },
    reason,
  };
  return (await graphql<{ result: DecisionResult }>(DECIDE[decision], { input })).result;
}
