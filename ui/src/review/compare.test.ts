import { describe, expect, it } from "vitest";
import type { ReviewRecord } from "./api";
import { compareRecords } from "./compare";

function record(fields: Partial<ReviewRecord>): ReviewRecord {
  return {
    source: "lcs", sourceId: "1", forename: null, middleNames: null, surname: null, aliases: [], previousSurnames: [],
    birthDate: null, sex: "UNKNOWN", nhsNumber: null, upn: null, caseId: null, deathDate: null, current: true, ...fields,
  };
}

describe("compareRecords", () => {
  it("aligns the fields either record holds, and says whether they agree", () => {
    const rows = compareRecords(
      record({ forename: "Matilda", surname: "Williams", birthDate: "2015-03-27", nhsNumber: "9434765919" }),
      record({ forename: "MATILDA", surname: "Wiliams", birthDate: "2015-03-27", upn: "A123" }),
    );
    expect(rows.map((r) => [r.label, r.agreement])).toEqual([
      ["Forename", "same"],
      ["Surname", "different"],
      ["Date of birth", "same"],
      ["NHS number", "only-one"],
      ["Unique pupil number", "only-one"],
      ["In the source's latest extract", "same"],
    ]);
    expect(rows.find((r) => r.label === "Date of birth")!.left).toBe("27 March 2015");
  });

  it("does not count spelling of spaces and hyphens as a difference", () => {
    const [row] = compareRecords(record({ surname: "Smith-Jones" }), record({ surname: "smith jones" }));
    expect(row!.agreement).toBe("same");
  });
});
