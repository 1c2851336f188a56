import { describe, expect, it } from "vitest";
import { labelEvery, shortDay } from "./charts";
import { DEFAULT_DAYS, parseUsageFilter, usageCsv, usageHref } from "./page";

describe("the usage filter in the address", () => {
  const today = new Date("2026-12-04T10:00:00Z");

  it("opens on the last fortnight, today included, every team", () => {
    expect(parseUsageFilter(new URLSearchParams(), today)).toEqual({ from: "2026-11-21", to: "2026-12-04", team: null });
    expect(DEFAULT_DAYS).toBe(14);
  });

  it("keeps the days and team it is given, and counts a fortnight back from a given last day", () => {
    expect(parseUsageFilter(new URLSearchParams("from=2026-01-01&to=2026-01-31&team=North%20Locality"), today))
      .toEqual({ from: "2026-01-01", to: "2026-01-31", team: "North Locality" });
    expect(parseUsageFilter(new URLSearchParams("to=2026-03-01"), today).from).toBe("2026-02-16");
  });

  it("ignores a day not written YYYY-MM-DD", () => {
    expect(parseUsageFilter(new URLSearchParams("from=1%20March&to=yesterday"), today)).toEqual({ from: "2026-11-21", to: "2026-12-04", team: null });
  });

  it("goes back into the address as it came", () => {
    const filter = { from: "2026-01-01", to: "2026-01-31", team: "North Locality" };
    expect(parseUsageFilter(new URLSearchParams(usageHref(filter).split("?")[1]), today)).toEqual(filter);
    expect(usageHref({ from: "2026-01-01", to: "2026-01-02", team: null })).toBe("#/usage?from=2026-01-01&to=2026-01-02");
  });
});

describe("the usage CSV", () => {
  it("has a row per day and team, and quotes a team name with a comma", () => {
    const csv = usageCsv({
      from: "2026-12-01",
      to: "2026-12-02",
      team: null,
      teams: ["North, East", "South"],
      days: [],
      byDayAndTeam: [
        { day: "2026-12-01", team: "North, East", signIns: 2, searches: 5, personViews: 3 },
        { day: "2026-12-02", team: "South", signIns: 1, searches: 0, personViews: 0 },
      ],
    });
    expect(csv.split("\r\n")).toEqual([
      "day,team,sign-ins,searches,person views",
      '2026-12-01,"North, East",2,5,3',
      "2026-12-02,South,1,0,0",
      "",
    ]);
  });
});

describe("the per-day charts' labels", () => {
  it("writes a day short, and labels every day of a fortnight but every few of a longer range", () => {
    expect(shortDay("2026-03-07")).toBe("7 Mar");
    expect(labelEvery(7)).toBe(1);
    expect(labelEvery(14)).toBe(2);
    expect(labelEvery(90)).toBe(12);
  });
});
