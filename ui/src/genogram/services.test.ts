import { describe, expect, it } from "vitest";
import { ashbyMortonFamily, FIXTURE_TODAY } from "./fixtures";
import { layoutGenogram } from "./layout";
import { accessibleName, personLabels } from "./person-node";
import { badgesOf } from "./services";
import { ageOn } from "./ties";

const layout = layoutGenogram(ashbyMortonFamily(), { focusId: "ruby", generationsUp: 3, generationsDown: 3, wider: true, collapsed: new Set(), today: FIXTURE_TODAY });
const view = (id: string, conference = false, hiddenCount: number | null = null) => {
  const person = layout.people.get(id)!;
  return accessibleName({ person, focus: id === "ruby", today: FIXTURE_TODAY, conference, hiddenCount }, badgesOf(person.member?.person.involvements ?? [], conference));
};

describe("service badges and accessible names", () => {
  it("gives one badge a service, current when any involvement is, in a fixed order", () => {
    const jade = layout.people.get("jade")!.member!.person;
    expect(badgesOf(jade.involvements, false).map((b) => `${b.code}:${b.current ? "current" : "historic"}`)).toEqual(["ASC:historic", "POL:current", "AMH:current"]);
  });

  it("leaves police and health out of the conference version", () => {
    const jade = layout.people.get("jade")!.member!.person;
    expect(badgesOf(jade.involvements, true).map((b) => b.code)).toEqual(["ASC"]);
    expect(view("jade", true)).not.toMatch(/police|mental health/);
  });

  it("says who the person is in words: name, relationship, age, services", () => {
    expect(view("jade")).toBe("Jade Ashby, mother, 33, current: police, adult mental health, historic: adult social care");
    expect(view("ruby")).toBe("Ruby Morton, focus person, 8, current: children's social care, education, historic: health visiting");
    expect(view("gordon")).toBe("Gordon Ashby, maternal grandfather, died 2019 aged 64");
    expect(view("dean")).toBe("Dean Fox, possible parent or carer, 40, possible relative, not confirmed (62% likely)");
    expect(view("?derek")).toBe("unknown mother: not recorded");
    expect(view("maureen", false, 2)).toContain("2 descendants folded away");
  });

  it("computes ages against the given day, the youngest possible for a partial date", () => {
    expect(ageOn({ birthDate: "2016-04-02", deathDate: null, age: 99 }, "2024-04-01")).toBe(7);
    expect(ageOn({ birthDate: "2016-04-02", deathDate: null, age: 99 }, "2024-04-02")).toBe(8);
    expect(ageOn({ birthDate: "2016", deathDate: null, age: null }, "2024-06-01")).toBe(7);
    expect(ageOn({ birthDate: null, deathDate: null, age: 41 }, "2024-06-01")).toBe(41);
  });
});

describe("personLabels", () => {
  const labels = (id: string) => personLabels({ person: layout.people.get(id)!, focus: false, today: FIXTURE_TODAY, conference: false, hiddenCount: null });

  it("takes more room for more lines and badges, so outlines can fit it", () => {
    const gordon = labels("gordon"); // two lines of relationship, no badges
    const jade = labels("jade"); // one line, three badges
    const dean = labels("dean"); // two lines and "not confirmed"
    expect(gordon.badges).toHaveLength(0);
    expect(dean.sure).toBe("? not confirmed (62%)");
    expect(dean.bottom).toBeGreaterThan(gordon.bottom);
    expect(jade.bottom).toBeGreaterThan(labels("derek").bottom);
    expect(labels("?derek").nameLines).toEqual([]);
    expect(labels("?derek").half).toBeGreaterThanOrEqual(12); // a 24 px target at least
  });
});
