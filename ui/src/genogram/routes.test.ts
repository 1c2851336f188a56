import { describe, expect, it } from "vitest";
import { member, tie } from "./fixtures";
import { layoutGenogram } from "./layout";
import type { GenogramNetwork } from "./network";
import { LABEL_WIDTH } from "./person-node";
import { besideLines } from "./households";
import { freeChannel } from "./routes";

// Grandparents Gareth and Wendy, special guardians of their daughter Vicky's three children with Jim.
const guardians: GenogramNetwork = {
  focus: { id: "amy" },
  members: [
    member("amy", "Amy Test", "FEMALE", "2018-03-01", "this person", 0),
    member("ben", "Ben Test", "MALE", "2020-05-01", "brother", 1),
    member("cal", "Cal Test", "MALE", "2022-07-01", "brother", 1),
    member("jim", "Jim Test", "MALE", "1992-01-01", "father", 1),
    member("vicky", "Vicky Lane", "FEMALE", "1993-01-01", "mother", 1),
    member("gareth", "Gareth Lane", "MALE", "1960-01-01", "maternal grandfather", 2),
    member("wendy", "Wendy Lane", "FEMALE", "1963-01-01", "maternal grandmother", 2),
  ],
  ties: [
    tie("PARTNER_OF", "gareth", "wendy", "married", { from: "1990-01-01" }),
    tie("PARENT_OF", "gareth", "vicky", "birth"),
    tie("PARENT_OF", "wendy", "vicky", "birth"),
    tie("PARTNER_OF", "jim", "vicky", "cohabiting", { from: "2016-01-01" }),
    ...["amy", "ben", "cal"].flatMap((c) => [
      tie("PARENT_OF", "jim", c, "birth"),
      tie("PARENT_OF", "vicky", c, "birth"),
      tie("PARENT_OF", "gareth", c, "special_guardian", { from: "2023-01-01" }),
      tie("PARENT_OF", "wendy", c, "special_guardian", { from: "2023-01-01" }),
    ]),
  ],
  households: [],
  relationshipQualities: [],
  truncated: false,
  asOf: null,
};

const options = { focusId: "amy", generationsUp: 3, generationsDown: 3, wider: false, collapsed: new Set<string>() };

describe("freeChannel", () => {
  it("takes a grandparents' line past the parents' row clear of everyone and outside the parents' partnership", () => {
    const l = layoutGenogram(guardians, options);
    const p = (id: string) => l.people.get(id)!;
    const couple = (p("gareth").x + p("wendy").x) / 2;
    const kids = ["amy", "ben", "cal"].map((id) => p(id).x).sort((a, b) => a - b);
    const x = freeChannel(l, p("gareth").y, p("amy").y, [[couple, couple], [kids[0]!, kids[2]!]])!;
    expect(x).not.toBeNull();
    for (const id of ["jim", "vicky"]) expect(Math.abs(x - p(id).x)).toBeGreaterThan(LABEL_WIDTH / 2);
    const [left, right] = [p("jim").x, p("vicky").x].sort((a, b) => a - b) as [number, number];
    expect(x < left || x > right).toBe(true);
    // The nearer side: Vicky hangs under her parents, so the channel is on her side of the couple.
    expect(Math.abs(x - p("vicky").x)).toBeLessThan(Math.abs(x - p("jim").x));
  });

  it("keeps clear of other lines it is told to avoid, and is not needed between neighbouring rows", () => {
    const l = layoutGenogram(guardians, options);
    const p = (id: string) => l.people.get(id)!;
    const free = freeChannel(l, p("gareth").y, p("amy").y, [[0, 0]]);
    const avoided = freeChannel(l, p("gareth").y, p("amy").y, [[0, 0]], [free!]);
    expect(Math.abs(avoided! - free!)).toBeGreaterThanOrEqual(12);
    expect(freeChannel(l, p("jim").y, p("amy").y, [[0, 0]])).toBeNull();
  });

  it("gives the same answer for the same family", () => {
    const a = layoutGenogram(guardians, options);
    const b = layoutGenogram({ ...guardians, ties: [...guardians.ties].reverse(), members: [...guardians.members].reverse() }, options);
    const y = (l: typeof a, id: string) => l.people.get(id)!.y;
    expect(freeChannel(a, y(a, "gareth"), y(a, "amy"), [[500, 500]])).toBe(freeChannel(b, y(b, "gareth"), y(b, "amy"), [[500, 500]]));
  });

  it("joins a household's parts in neighbouring rows beside, not on, the line to the couple's children", () => {
    const l = layoutGenogram(guardians, options);
    const drop = l.familyX.get([...l.model.families.values()].find((f) => f.partners.includes("jim"))!.id)!;
    const x = besideLines(l, drop, [drop - 300, drop + 300]);
    expect(Math.abs(x - drop)).toBeGreaterThanOrEqual(20);
    expect(Math.abs(x - drop)).toBeLessThanOrEqual(24);
  });
});
