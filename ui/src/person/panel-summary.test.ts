import { describe, expect, it } from "vitest";
import type { Involvement } from "../api";
import type { CoverageSource, ServiceCoverage } from "./involvements";
import { currentAsOfText, involvementRows, lookBackText, panelServices, sourceRows, summaryLine, visibleRows, type SummaryLine } from "./panel-summary";

const summaryText = (line: SummaryLine) => [line.service, line.status, line.lead, line.since].filter(Boolean).join(" · ");

const source: CoverageSource = {
  name: "lcs",
  system: "Liquidlogic LCS",
  dataCurrentAsOf: "2026-11-20",
  daysOld: 14,
  stale: false,
  historyYears: 6,
  historyCovered: "since 2020",
  areaCovered: "Demoton Borough Council",
  agesCovered: "people of any age",
};

function involvement(patch: Partial<Involvement>): Involvement {
  return {
    service: "CHILDRENS_SOCIAL_CARE",
    serviceName: "Children's social care",
    status: "CURRENT",
    startDate: null,
    endDate: null,
    lastContact: null,
    reason: null,
    team: null,
    leadPractitioner: null,
    details: [],
    source: "lcs",
    ...patch,
  };
}

function coverage(patch: Partial<ServiceCoverage>, involvements: Involvement[] = []): ServiceCoverage {
  return {
    service: "CHILDRENS_SOCIAL_CARE",
    serviceName: "Children's social care",
    status: "CURRENT",
    leadPractitioner: null,
    sources: [{ source, status: patch.status ?? "CURRENT", involvements, noneFoundMeans: null, notApplicableBecause: null }],
    ...patch,
  };
}

describe("a service's one-line summary", () => {
  it("names the service, its status, the lead practitioner and since when", () => {
    const line = summaryLine(
      coverage({ leadPractitioner: { name: "Jo Baker", role: "Social worker", phone: null, email: null } }, [
        involvement({ startDate: "2021-01-04", status: "HISTORIC" }),
        involvement({ startDate: "2025-03-03" }),
      ]),
    );
    expect(summaryText(line)).toBe("Children's social care · Current · Lead: Jo Baker, Social worker · Since 3 March 2025");
  });

  it("says when a past involvement started, and leaves out what is not known", () => {
    const line = summaryLine(coverage({ status: "HISTORIC" }, [involvement({ status: "HISTORIC", startDate: "2019-06-01" })]));
    expect(summaryText(line)).toBe("Children's social care · Historic · Started 1 June 2019");
    expect(summaryText(summaryLine(coverage({ status: "NONE_FOUND" })))).toBe("Children's social care · None found");
  });

  it("names the last record's practitioner as the last lead when the service names none (past work)", () => {
    const line = summaryLine(coverage({ status: "HISTORIC" }, [involvement({ status: "HISTORIC", leadPractitioner: { name: "Dr Ashby", role: "GP", phone: null, email: null } })]));
    expect(line.lead).toBe("Last lead: Dr Ashby, GP");
  });
});

describe("hiding empty fields", () => {
  it("drops null, blank and 'null' values, never an empty row", () => {
    expect(visibleRows([["Reason", null], ["Team", "  "], ["Phone", "null"], ["Role", undefined], ["School", "Demoton Academy"]])).toEqual([["School", "Demoton Academy"]]);
  });

  it("shows an involvement withheld from a coordinator as its source alone", () => {
    expect(involvementRows(involvement({ service: "POLICE", serviceName: "Police", source: "police" }))).toEqual([["Recorded in", "police"]]);
  });

  it("shows every known fact of an involvement with dates in words", () => {
    const rows = involvementRows(
      involvement({ reason: "Neglect", startDate: "2025-03-03", lastContact: "2026-11-02", details: [{ label: "Legal status", value: "CIN" }, { label: "Empty", value: "" }] }),
    );
    expect(rows).toEqual([
      ["Reason", "Neglect"],
      ["Start of last involvement", "3 March 2025"],
      ["Last contact", "2 November 2026"],
      ["Legal status", "CIN"],
      ["Recorded in", "lcs"],
    ]);
  });
});

describe("what a source covers", () => {
  it("says how current, how far back and where", () => {
    expect(sourceRows(source)).toEqual([
      ["Data current as of", "20 November 2026 (14 days old)"],
      ["Looks back", "6 years (since 2020)"],
      ["Area covered", "Demoton Borough Council"],
      ["Holds records of", "people of any age"],
    ]);
  });

  it("says plainly when the date of an extract is not known", () => {
    expect(currentAsOfText({ ...source, dataCurrentAsOf: null, daysOld: null })).toBe("Not known: check with the service");
    expect(lookBackText({ ...source, historyYears: null, historyCovered: null })).toBe("");
    expect(lookBackText({ ...source, historyYears: 1, historyCovered: null })).toBe("1 year");
  });
});

describe("a conference version", () => {
  it("leaves out police and health services and keeps the rest in order", () => {
    const services = ["CHILDRENS_SOCIAL_CARE", "POLICE", "GP", "HOUSING", "ADULT_MENTAL_HEALTH"].map((service) => coverage({ service }));
    expect(panelServices(services, true).map((s) => s.service)).toEqual(["CHILDRENS_SOCIAL_CARE", "HOUSING"]);
    expect(panelServices(services, false)).toHaveLength(5);
  });
});
