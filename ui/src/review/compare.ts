// The two records of a pair, field by field: what each holds and whether they agree, in words (a difference is
// never shown by colour alone). Pure, so that the alignment is tested.

import { formatDate } from "../format";
import type { ReviewRecord } from "./api";

export type Agreement = "same" | "different" | "only-one";

export interface FieldRow {
  label: string;
  left: string;
  right: string;
  agreement: Agreement;
}

export const AGREEMENT_WORDS: Record<Agreement, string> = {
  same: "Same",
  different: "Different",
  "only-one": "Only one has it",
};

const SEX_WORDS: Record<string, string> = { FEMALE: "Female", MALE: "Male", OTHER: "Other", UNKNOWN: "" };

const FIELDS: readonly [string, (r: ReviewRecord) => string][] = [
  ["Forename", (r) => r.forename ?? ""],
  ["Middle names", (r) => r.middleNames ?? ""],
  ["Surname", (r) => r.surname ?? ""],
  ["Other names", (r) => r.aliases.join(", ")],
  ["Earlier surnames", (r) => r.previousSurnames.join(", ")],
  ["Date of birth", (r) => formatDate(r.birthDate)],
  ["Sex", (r) => SEX_WORDS[r.sex] ?? r.sex],
  ["NHS number", (r) => r.nhsNumber ?? ""],
  ["Unique pupil number", (r) => r.upn ?? ""],
  ["Case ID", (r) => r.caseId ?? ""],
  ["Date of death", (r) => formatDate(r.deathDate)],
  ["In the source's latest extract", (r) => (r.current ? "Yes" : "No")],
];

/** One row per field either record holds, in the same order for every pair; fields neither holds are left out. */
export function compareRecords(left: ReviewRecord, right: ReviewRecord): FieldRow[] {
  return FIELDS.flatMap(([label, value]) => {
    const a = value(left).trim();
    const b = value(right).trim();
    if (!a && !b) return [];
    const agreement: Agreement = !a || !b ? "only-one" : normalise(a) === normalise(b) ? "same" : "different";
    return [{ label, left: a, right: b, agreement }];
  });
}

/** Case, spaces and punctuation are how a system writes a value, not a difference in it. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The name a record holds, as its source writes it ("No name" when it holds none). */
export function recordTitle(record: ReviewRecord): string {
  const name = [record.forename, record.surname].filter(Boolean).join(" ") || "No name";
  return name;
}
