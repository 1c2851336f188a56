import { describe, expect, it } from "vitest";
import { comparisonName, percent, probabilityTicks, scale, steps, toBits, toProbability, weightWords } from "./waterfall-geometry";

const EXPLANATION = [
  { comparison: "prior", level: "one pair in 1,000", weight: -10 },
  { comparison: "forename", level: "exact", weight: 6 },
  { comparison: "birth_date", level: "different", weight: -2 },
  { comparison: "surname", level: "exact", weight: 9 },
];

describe("steps", () => {
  it("runs each weight on from where the last ended, starting from nothing", () => {
    const s = steps(EXPLANATION);
    expect(s.map((x) => [x.from, x.to])).toEqual([[0, -10], [-10, -4], [-4, -6], [-6, 3]]);
  });

  it("turns the running total into a probability", () => {
    const last = steps(EXPLANATION).at(-1)!;
    expect(last.probability).toBeCloseTo(8 / 9, 10);
    expect(toProbability(0)).toBe(0.5);
    expect(toBits(toProbability(5.5))).toBeCloseTo(5.5, 10);
  });
});

describe("scale", () => {
  it("spans every bar and zero, left to right in the width given", () => {
    const sc = scale(steps(EXPLANATION), 100, 500);
    expect(sc.min).toBeLessThan(-10);
    expect(sc.max).toBeGreaterThan(3);
    expect(sc.x(sc.min)).toBeCloseTo(100, 10);
    expect(sc.x(sc.max)).toBeCloseTo(600, 10);
    expect(sc.x(-10)).toBeLessThan(sc.x(0));
  });

  it("keeps a width when every weight is zero", () => {
    const sc = scale(steps([{ comparison: "prior", level: "", weight: 0 }]), 0, 100);
    expect(sc.max).toBeGreaterThan(sc.min);
  });

  it("marks only the probabilities inside the axis", () => {
    const ticks = probabilityTicks(scale(steps(EXPLANATION), 0, 100)).map((t) => t.probability);
    expect(ticks).toContain(0.5);
    expect(ticks).not.toContain(0.9999);
  });
});

describe("words", () => {
  it("says a weight and a probability the way a reader would", () => {
    expect(weightWords(6.06)).toBe("adds 6.1 bits");
    expect(weightWords(-3)).toBe("takes away 3.0 bits");
    expect(weightWords(0.01)).toBe("adds nothing");
    expect(percent(0.973)).toBe("97.3%");
    expect(percent(0.42)).toBe("42%");
    expect(percent(0.01)).toBe("1%");
    expect(percent(0.99999)).toBe("over 99.9%");
  });

  it("names comparisons in plain words", () => {
    expect(comparisonName("birth_date")).toBe("Birth date");
    expect(comparisonName("postcodeArea")).toBe("Postcode area");
    expect(comparisonName("prior")).toBe("Prior");
  });
});
