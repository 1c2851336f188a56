import { describe, expect, it } from "vitest";
import { daysOldWords, freshness, looksBack } from "./freshness";

describe("freshness", () => {
  it("gives the date, its age in days and no warning for fresh data", () => {
    expect(freshness({ dataCurrentAsOf: "2026-11-20", daysOld: 14, stale: false })).toEqual({
      asOf: "20 November 2026",
      age: "14 days old",
      warning: null,
    });
  });

  it("warns that stale data is out of date", () => {
    expect(freshness({ dataCurrentAsOf: "2026-07-24", daysOld: 133, stale: true }).warning).toBe("Out of date");
  });

  it("says an unknown date is not known, and warns differently", () => {
    expect(freshness({ dataCurrentAsOf: null, daysOld: null, stale: true })).toEqual({
      asOf: "Not known",
      age: null,
      warning: "Date not known",
    });
  });

  it("words one day, today and thousands", () => {
    expect(daysOldWords(0)).toBe("Taken today");
    expect(daysOldWords(1)).toBe("1 day old");
    expect(daysOldWords(1200)).toBe("1,200 days old");
  });
});

describe("looksBack", () => {
  it("joins the source's words and its years", () => {
    expect(looksBack({ historyCovered: "since 2016", historyYears: 10 })).toBe("Since 2016 (10 years)");
  });
  it("uses whichever it has", () => {
    expect(looksBack({ historyCovered: null, historyYears: 1 })).toBe("1 year");
    expect(looksBack({ historyCovered: "since 2020", historyYears: null })).toBe("Since 2020");
    expect(looksBack({ historyCovered: null, historyYears: null })).toBe("Not known");
  });
});
