import { describe, expect, it } from "vitest";
import { statusName } from "./api";
import { parseProblemFilter, problemsHref } from "./page";

describe("the data problems queue's filter in the address", () => {
  it("opens on the open problems of every source", () => {
    expect(parseProblemFilter(new URLSearchParams())).toEqual({ status: "OPEN", source: null });
  });

  it("keeps a known status and a source, and ALL for every status", () => {
    expect(parseProblemFilter(new URLSearchParams("status=SENT_TO_SOURCE&source=gp"))).toEqual({ status: "SENT_TO_SOURCE", source: "gp" });
    expect(parseProblemFilter(new URLSearchParams("status=ALL"))).toEqual({ status: null, source: null });
    expect(parseProblemFilter(new URLSearchParams("status=DELETED"))).toEqual({ status: "OPEN", source: null });
  });

  it("goes back into the address as it came", () => {
    for (const filter of [{ status: null, source: "housing" }, { status: "CORRECTED", source: null }] as const) {
      expect(parseProblemFilter(new URLSearchParams(problemsHref(filter).split("?")[1]))).toEqual(filter);
    }
  });

  it("names each status in words", () => {
    expect(statusName("NOT_A_PROBLEM")).toBe("Not a problem");
    expect(statusName("SENT_TO_SOURCE")).toBe("Sent to source");
  });
});
