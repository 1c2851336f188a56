import { describe, expect, it } from "vitest";
import { mapDescription, memberLabel, serviceCounts, serviceLabel } from "./describe";
import { layoutEcoMap, ring, SERVICE_RADIUS, SYMBOL } from "./geometry";
import { buildModel, householdOf, MAX_FAMILY, selectFamily } from "./model";
import { SAMPLE_FOCUS, SAMPLE_NETWORK } from "./sample-family";
import { wrapWords } from "./svg";
import type { EcoMapMember, EcoMapNetwork } from "./types";

const distance = (a: { x: number; y: number }, b: { x: number; y: number }): number => Math.hypot(a.x - b.x, a.y - b.y);

describe("the family circle", () => {
  it("holds the focus person first, then the household, then close kin living apart; not a grandmother living apart", () => {
    const { family } = selectFamily(SAMPLE_NETWORK, SAMPLE_FOCUS);
    expect(family.map((f) => f.id)).toEqual(["p-poppy", "p-dean", "p-kelly", "p-tyler", "p-craig"]);
    expect(family.find((f) => f.id === "p-craig")!.livesWithFocus).toBe(false);
    expect(family.find((f) => f.id === "p-dean")!.livesWithFocus).toBe(true);
    expect(family.filter((f) => f.inferred).map((f) => f.id)).toEqual(["p-dean"]);
  });

  it("counts a former stay in the focus person's home as living apart", () => {
    expect([...householdOf(SAMPLE_NETWORK, SAMPLE_FOCUS)].sort()).toEqual(["p-dean", "p-kelly", "p-poppy", "p-tyler"]);
  });

  it("keeps at most MAX_FAMILY people and counts the rest", () => {
    const many: EcoMapMember[] = Array.from({ length: MAX_FAMILY + 3 }, (_, i) => ({
      person: { id: `s${String(i).padStart(2, "0")}`, name: `Sibling ${i}`, sex: "UNKNOWN", age: 5, deathDate: null, involvements: [] },
      relationshipToFocus: "brother",
      distance: i === 0 ? 0 : 1,
    }));
    const { family, leftOut } = selectFamily({ members: many, households: [] }, "s00");
    expect(family).toHaveLength(MAX_FAMILY);
    expect(leftOut).toBe(3);
  });
});

describe("the services round it", () => {
  it("go in the fixed order, one link per person, current winning over historic", () => {
    const model = buildModel(SAMPLE_NETWORK, SAMPLE_FOCUS, false);
    expect(model.services.map((sv) => sv.service)).toEqual([
      "CHILDRENS_SOCIAL_CARE", "EARLY_HELP", "EDUCATION", "HOUSING", "YOUTH_OFFENDING", "PROBATION", "POLICE",
      "HEALTH_VISITOR", "ADULT_MENTAL_HEALTH", "DRUG_AND_ALCOHOL",
    ]);
    const education = model.services.find((sv) => sv.service === "EDUCATION")!;
    expect(education.links).toEqual([
      { personId: "p-poppy", status: "CURRENT" },
      { personId: "p-tyler", status: "CURRENT" },
    ]);
    // The grandmother is not in the circle, so her housing history does not show.
    expect(model.services.find((sv) => sv.service === "HOUSING")!.links.map((l) => l.personId)).toEqual(["p-kelly"]);
  });

  it("leave out police and health services in a conference version", () => {
    const model = buildModel(SAMPLE_NETWORK, SAMPLE_FOCUS, true);
    expect(model.services.map((sv) => sv.service)).toEqual(["CHILDRENS_SOCIAL_CARE", "EARLY_HELP", "EDUCATION", "HOUSING", "YOUTH_OFFENDING", "PROBATION"]);
    expect(mapDescription(model, "2026-12-04", true)).toContain("Conference version");
    expect(mapDescription(model, "2026-12-04", true)).not.toMatch(/Police|mental health/);
  });
});

describe("the geometry", () => {
  const model = buildModel(SAMPLE_NETWORK, SAMPLE_FOCUS, false);
  const geometry = layoutEcoMap(model);

  it("starts a ring at the top and goes clockwise", () => {
    expect(ring(4, 100)).toEqual([{ x: 0, y: -100 }, { x: 100, y: 0 }, { x: 0, y: 100 }, { x: -100, y: 0 }]);
  });

  it("keeps every person inside the family circle and every service outside it, none overlapping", () => {
    for (const m of geometry.members) expect(distance(m, { x: 0, y: 0 }) + SYMBOL / 2).toBeLessThan(geometry.familyRadius);
    for (const sv of geometry.services) expect(distance(sv, { x: 0, y: 0 }) - SERVICE_RADIUS).toBeGreaterThan(geometry.familyRadius);
    for (let i = 0; i < geometry.services.length; i++) {
      for (let j = i + 1; j < geometry.services.length; j++) {
        expect(distance(geometry.services[i]!, geometry.services[j]!)).toBeGreaterThan(2 * SERVICE_RADIUS);
      }
    }
    for (let i = 0; i < geometry.members.length; i++) {
      for (let j = i + 1; j < geometry.members.length; j++) {
        expect(distance(geometry.members[i]!, geometry.members[j]!)).toBeGreaterThan(100);
      }
    }
  });

  it("draws one line per person and service, from the symbol's edge to the service circle's edge", () => {
    expect(geometry.links).toHaveLength(model.services.reduce((n, sv) => n + sv.links.length, 0));
    for (const link of geometry.links) {
      const member = geometry.members.find((m) => m.id === link.personId)!;
      const service = geometry.services.find((sv) => sv.service === link.service)!;
      expect(distance(link.from, member)).toBeCloseTo(SYMBOL / 2 + 2, 0);
      expect(distance(link.to, service)).toBeCloseTo(SERVICE_RADIUS + 2, 0);
    }
  });

  it("fits everything, the legend included, in the view box", () => {
    const [minX, minY, width, height] = geometry.viewBox;
    for (const sv of geometry.services) {
      expect(sv.x - SERVICE_RADIUS).toBeGreaterThan(minX);
      expect(sv.y - SERVICE_RADIUS).toBeGreaterThan(minY);
      expect(sv.x + SERVICE_RADIUS).toBeLessThan(geometry.legend.x);
      expect(sv.y + SERVICE_RADIUS).toBeLessThan(minY + height);
    }
    expect(geometry.legend.x + 240).toBeLessThanOrEqual(minX + width);
  });

  it("gives the same picture for the same data, whatever order the members arrive in", () => {
    const shuffled: EcoMapNetwork = { ...SAMPLE_NETWORK, members: [...SAMPLE_NETWORK.members].reverse() };
    expect(layoutEcoMap(buildModel(shuffled, SAMPLE_FOCUS, false))).toEqual(geometry);
  });

  it("turns each person towards their services", () => {
    const poppy = SAMPLE_NETWORK.members[0]!;
    const kelly = SAMPLE_NETWORK.members[1]!;
    const two: EcoMapNetwork = {
      members: [
        { ...poppy, person: { ...poppy.person, involvements: [{ service: "HOUSING", serviceName: "Housing", status: "CURRENT" }] } },
        { ...kelly, person: { ...kelly.person, involvements: [{ service: "CHILDRENS_SOCIAL_CARE", serviceName: "Children's social care", status: "CURRENT" }] } },
      ],
      households: [],
    };
    const g = layoutEcoMap(buildModel(two, SAMPLE_FOCUS, false));
    // Children's social care goes first (top), housing second (bottom); so Kelly takes the top slot, Poppy the bottom.
    expect(g.services.map((sv) => [sv.service, Math.sign(sv.y)])).toEqual([["CHILDRENS_SOCIAL_CARE", -1], ["HOUSING", 1]]);
    expect(g.members.find((m) => m.id === "p-kelly")!.y).toBeLessThan(0);
    expect(g.members.find((m) => m.id === SAMPLE_FOCUS)!.y).toBeGreaterThan(0);
  });

  it("draws a lone person with no services in the middle", () => {
    const poppy = SAMPLE_NETWORK.members[0]!;
    const lone = { ...poppy, person: { ...poppy.person, involvements: [] } };
    const alone = layoutEcoMap(buildModel({ members: [lone], households: [] }, SAMPLE_FOCUS, false));
    expect(alone.members).toEqual([{ id: SAMPLE_FOCUS, x: 0, y: -12 }]);
    expect(alone.services).toEqual([]);
  });
});

describe("the words", () => {
  const model = buildModel(SAMPLE_NETWORK, SAMPLE_FOCUS, false);
  it("name each person's relationship and services", () => {
    const craig = model.family.find((f) => f.id === "p-craig")!;
    expect(memberLabel(craig, model.services)).toBe("Craig Benson, father, 36, lives apart, historic: Probation");
    const kelly = model.family.find((f) => f.id === "p-kelly")!;
    expect(memberLabel(kelly, model.services)).toBe("Kelly Ashworth, mother, 34, current: Children's social care, Housing and Adult mental health, historic: Police");
  });
  it("name who each service works with", () => {
    const education = model.services.find((sv) => sv.service === "EDUCATION")!;
    expect(serviceLabel(education, model.family)).toBe("Education, current with Poppy Ashworth and Tyler Ashworth (half-brother (maternal))");
    expect(serviceCounts(model.services.find((sv) => sv.service === "PROBATION")!)).toBe("1 current, 1 historic");
  });
  it("wrap service names to fit their circle", () => {
    expect(wrapWords("Drug and alcohol support", 15)).toEqual(["Drug and", "alcohol support"]);
    expect(wrapWords("Children's social care", 15)).toEqual(["Children's", "social care"]);
  });
});
