import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, isIsoDay, networkDepth, parseView, personViewHref, refocusHref, viewQuery } from "./view-params";

describe("the person page's view in the address", () => {
  it("reads every control from the query", () => {
    const view = parseView(new URLSearchParams("up=3&down=0&wider=1&inferred=1&asOf=2020-01-31&conference=1&tab=people&selected=P2"));
    expect(view).toEqual({ up: 3, down: 0, wider: true, inferred: true, asOf: "2020-01-31", conference: true, tab: "people", selected: "P2" });
  });

  it("falls back to the defaults for missing or nonsense values, and caps generations at 3", () => {
    expect(parseView(new URLSearchParams(""))).toEqual(DEFAULT_VIEW);
    const view = parseView(new URLSearchParams("up=9&down=-1&tab=secret&asOf=2024-02-30&wider=yes"));
    expect(view.up).toBe(3);
    expect(view.down).toBe(DEFAULT_VIEW.down);
    expect(view.tab).toBe("diagram");
    expect(view.asOf).toBe("");
    expect(view.wider).toBe(false);
  });

  it("writes only what differs from the defaults, so the plain page has the plain address", () => {
    expect(personViewHref("P1", DEFAULT_VIEW)).toBe("#/person/P1");
    expect(personViewHref("P 1", { ...DEFAULT_VIEW, up: 2, down: 1, wider: true })).toBe("#/person/P%201?wider=1");
    expect(viewQuery({ ...DEFAULT_VIEW, up: 0, asOf: "2019-05-01" })).toBe("up=0&asOf=2019-05-01");
  });

  it("round-trips through the address", () => {
    const view = { ...DEFAULT_VIEW, up: 1, down: 3, inferred: true, conference: true, tab: "ecomap" as const, selected: "P9" };
    expect(parseView(new URLSearchParams(viewQuery(view)))).toEqual(view);
  });

  it("keeps the controls on refocus but starts on the new person's diagram", () => {
    const view = { ...DEFAULT_VIEW, up: 3, wider: true, tab: "people" as const, selected: "P4" };
    expect(refocusHref("P4", view)).toBe("#/person/P4?up=3&wider=1");
  });

  it("asks for enough relationship steps for the generations and the wider family", () => {
    expect(networkDepth(DEFAULT_VIEW)).toBe(2);
    expect(networkDepth({ ...DEFAULT_VIEW, up: 3 })).toBe(3);
    expect(networkDepth({ ...DEFAULT_VIEW, wider: true })).toBe(4);
    expect(networkDepth({ ...DEFAULT_VIEW, up: 0, down: 0 })).toBe(2);
  });

  it("accepts real calendar days only", () => {
    expect(isIsoDay("2024-02-29")).toBe(true);
    expect(isIsoDay("2023-02-29")).toBe(false);
    expect(isIsoDay("2024-2-1")).toBe(false);
  });
});
