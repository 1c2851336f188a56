import { describe, expect, it } from "vitest";
import type { Involvement } from "../api";
import type { NetworkMember, NetworkTie, PersonNetwork } from "./network";
import { peopleRows } from "./people-rows";
import { DEFAULT_VIEW } from "./view-params";

// A small invented family: Amy (the child), her mother Bea and Bea's partner Carl at home, her father Dan
// elsewhere, her grandmother Eve, her aunt Fay, and Gus, a possible carer inferred from a shared home.
function member(id: string, name: string, relationshipToFocus: string, distance: number, extra: Partial<NetworkMember> = {}, involvements: Involvement[] = []): NetworkMember {
  return {
    person: { id, name, birthDate: null, age: 30, sex: "UNKNOWN", deathDate: null, records: [], addresses: [], involvements },
    relationshipToFocus,
    distance,
    inferred: false,
    ...extra,
  };
}

function tie(type: NetworkTie["type"], from: string, to: string, extra: Partial<NetworkTie> = {}): NetworkTie {
  return { fromPersonId: from, toPersonId: to, type, kind: "birth", from: null, to: null, source: "lcs", inferred: false, confidence: 1, basis: null, derived: false, note: null, recordedBy: null, recordedAt: null, quality: null, ...extra };
}

const csc = (status: Involvement["status"], service = "CHILDRENS_SOCIAL_CARE", serviceName = "Children's social care"): Involvement => ({
  service, serviceName, status, startDate: null, endDate: null, lastContact: null, reason: null, team: null, leadPractitioner: null, details: [], source: "lcs",
});

const network: PersonNetwork = {
  focus: { id: "A" },
  members: [
    member("A", "Amy", "", 0, {}, [csc("CURRENT")]),
    member("B", "Bea", "mother", 1, {}, [csc("HISTORIC"), csc("CURRENT", "POLICE", "Police")]),
    member("C", "Carl", "mother's partner", 2),
    member("D", "Dan", "father", 1),
    member("E", "Eve", "maternal grandmother", 2),
    member("F", "Fay", "maternal aunt", 2),
    member("G", "Gus", "possible parent or carer", 1, { inferred: true }),
  ],
  ties: [
    tie("PARENT_OF", "B", "A"),
    tie("PARENT_OF", "D", "A"),
    tie("PARTNER_OF", "B", "C", { kind: "cohabiting" }),
    tie("PARENT_OF", "E", "B"),
    tie("PARENT_OF", "E", "F"),
    tie("PARENT_OF", "G", "A", { inferred: true, confidence: 0.6, source: "inferred", kind: "possible_parent_or_carer" }),
  ],
  households: [
    {
      id: "H1", addressLines: "1 Any Street", postcode: null, from: null, to: null, current: true, memberCount: 4,
      members: [
        { person: { id: "A" }, from: null, to: null, current: true },
        { person: { id: "B" }, from: null, to: null, current: true },
        { person: { id: "C" }, from: null, to: null, current: true },
        { person: { id: "D" }, from: null, to: "2020-01-01", current: false },
      ],
    },
  ],
  relationshipQualities: [],
  truncated: false,
  asOf: null,
};

describe("the people table's rows", () => {
  it("lists the close family by default: no aunts, no inferred people", () => {
    expect(peopleRows(network, DEFAULT_VIEW).map((r) => r.name)).toEqual(["Amy", "Bea", "Carl", "Dan", "Eve"]);
  });

  it("adds the wider family and the possible relatives when asked", () => {
    const rows = peopleRows(network, { ...DEFAULT_VIEW, wider: true, inferred: true });
    expect(rows.map((r) => r.name)).toEqual(["Amy", "Bea", "Carl", "Dan", "Eve", "Fay", "Gus"]);
    expect(rows.find((r) => r.id === "G")!.inferred).toBe("Possible relative, 60% sure");
    expect(rows.find((r) => r.id === "B")!.inferred).toBe("");
  });

  it("keeps only the generations asked for", () => {
    expect(peopleRows(network, { ...DEFAULT_VIEW, up: 1 }).map((r) => r.name)).toEqual(["Amy", "Bea", "Carl", "Dan"]);
    expect(peopleRows(network, { ...DEFAULT_VIEW, up: 0 }).map((r) => r.name)).toEqual(["Amy"]);
  });

  it("says who lives with the child now from the current household", () => {
    const rows = new Map(peopleRows(network, DEFAULT_VIEW).map((r) => [r.name, r.livesWithChild]));
    expect(rows.get("Bea")).toBe("Yes");
    expect(rows.get("Carl")).toBe("Yes");
    expect(rows.get("Dan")).toBe("No");
    expect(rows.get("Eve")).toBe("No");
  });

  it("splits services into current and historic, and a conference version drops police", () => {
    const bea = (conference: boolean) => peopleRows(network, { ...DEFAULT_VIEW, conference }).find((r) => r.id === "B")!;
    expect(bea(false).current).toEqual(["Police"]);
    expect(bea(false).historic).toEqual(["Children's social care"]);
    expect(bea(true).current).toEqual([]);
  });
});
