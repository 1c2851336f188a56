// Synthetic families for the genogram's tests and throw-away pages. Every name is invented.
//
// ashbyMortonFamily: Ruby Morton (8), the focus child, lives with her maternal grandmother and special guardian
// Maureen Ashby (her kinship carer until the order in 2020; her grandfather Gordon died in 2019). Her parents Jade Ashby and Ryan Morton married in 2012
// and divorced in 2018; their twins Alfie and Archie are her full brothers. Jade now lives with Marcus Bell:
// their daughter Ivy is Ruby's half-sister and Marcus's son Tyler (in foster care with Brenda Shaw) her
// step-brother; Brenda also fostered Alfie in 2020-21. Ryan's father Derek is known, his mother is not. Ryan and Chloe Dunn (separated) adopted Mia.
// Jade's brother Liam (cut off from her) lives with Sophie Clarke and their son Noah. Dean Fox, who shares
// Ruby's address, is a possible carer inferred by the API, and Carol Webb is a family friend of Jade's.

import type { GenogramMember, GenogramNetwork, GenogramQuality, GenogramTie, GenogramInvolvement } from "./network";
import type { FamilyTieType, Sex } from "../api";

export const FIXTURE_TODAY = "2024-06-01";

type Inv = [code: string, status: "CURRENT" | "HISTORIC"];

const SERVICE_NAMES: Record<string, [string, string]> = {
  CSC: ["CHILDRENS_SOCIAL_CARE", "Children's social care"],
  ASC: ["ADULT_SOCIAL_CARE", "Adult social care"],
  SCH: ["EDUCATION", "Education"],
  POL: ["POLICE", "Police"],
  PRB: ["PROBATION", "Probation"],
  AMH: ["ADULT_MENTAL_HEALTH", "Adult mental health"],
  HSG: ["HOUSING", "Housing"],
  YOS: ["YOUTH_OFFENDING", "Youth justice"],
  EH: ["EARLY_HELP", "Early help"],
  HV: ["HEALTH_VISITOR", "Health visiting"],
};

function involvements(list: Inv[]): GenogramInvolvement[] {
  return list.map(([code, status]) => ({ service: SERVICE_NAMES[code]![0], serviceName: SERVICE_NAMES[code]![1], status }));
}

export function member(
  id: string,
  name: string,
  sex: Sex,
  birthDate: string | null,
  relationshipToFocus: string,
  distance: number,
  extra: { deathDate?: string; inv?: Inv[]; inferred?: boolean } = {},
): GenogramMember {
  return {
    person: { id, name, sex, birthDate, age: null, deathDate: extra.deathDate ?? null, involvements: involvements(extra.inv ?? []) },
    relationshipToFocus,
    distance,
    inferred: extra.inferred ?? false,
  };
}

export function tie(
  type: FamilyTieType,
  from: string,
  to: string,
  kind: string,
  extra: Partial<Pick<GenogramTie, "from" | "to" | "inferred" | "confidence" | "basis" | "derived" | "source">> = {},
): GenogramTie {
  return {
    fromPersonId: from,
    toPersonId: to,
    type,
    kind,
    from: extra.from ?? null,
    to: extra.to ?? null,
    source: extra.source ?? (extra.inferred ? "inferred" : extra.derived ? "derived" : "csc"),
    inferred: extra.inferred ?? false,
    confidence: extra.confidence ?? 1,
    basis: extra.basis ?? null,
    derived: extra.derived ?? false,
    note: null,
    recordedBy: null,
    recordedAt: null,
    quality: null,
  };
}

function quality(from: string, to: string, q: GenogramQuality["quality"], note: string): GenogramQuality {
  return { fromPersonId: from, toPersonId: to, quality: q, note, recordedBy: "sam.social", recordedAt: "2024-05-02T10:00:00Z", source: "practitioner-recorded" };
}

const birthOf = (parents: string[], child: string, kind = "birth") => parents.map((p) => tie("PARENT_OF", p, child, kind));

export function ashbyMortonFamily(): GenogramNetwork {
  const members: GenogramMember[] = [
    member("ruby", "Ruby Morton", "FEMALE", "2016-04-02", "this person", 0, { inv: [["CSC", "CURRENT"], ["SCH", "CURRENT"], ["HV", "HISTORIC"]] }),
    member("jade", "Jade Ashby", "FEMALE", "1990-07-19", "mother", 1, { inv: [["ASC", "HISTORIC"], ["POL", "CURRENT"], ["AMH", "CURRENT"]] }),
    member("ryan", "Ryan Morton", "MALE", "1988-02-11", "father", 1, { inv: [["POL", "HISTORIC"], ["PRB", "CURRENT"]] }),
    member("maureen", "Maureen Ashby", "FEMALE", "1957-11-30", "maternal grandmother and special guardian", 1, { inv: [["ASC", "CURRENT"]] }),
    member("gordon", "Gordon Ashby", "MALE", "1955-01-08", "maternal grandfather", 2, { deathDate: "2019-03-14" }),
    member("derek", "Derek Morton", "MALE", "1960-06-21", "paternal grandfather", 2),
    member("alfie", "Alfie Morton", "MALE", "2013-09-14", "brother", 1, { inv: [["YOS", "CURRENT"], ["SCH", "CURRENT"]] }),
    member("archie", "Archie Morton", "MALE", "2013-09-14", "brother", 1, { inv: [["SCH", "CURRENT"]] }),
    member("marcus", "Marcus Bell", "MALE", "1985-12-03", "mother's partner", 2, { inv: [["HSG", "CURRENT"]] }),
    member("ivy", "Ivy Bell", "FEMALE", "2021-05-27", "half-sister (maternal)", 2, { inv: [["EH", "CURRENT"]] }),
    member("tyler", "Tyler Bell", "MALE", "2010-10-10", "stepbrother", 2, { inv: [["CSC", "CURRENT"], ["EH", "HISTORIC"]] }),
    member("brenda", "Brenda Shaw", "FEMALE", "1965-03-09", "relative", 3),
    member("chloe", "Chloe Dunn", "FEMALE", "1992-08-08", "father's ex-partner", 2),
    member("mia", "Mia Morton", "FEMALE", "2020-01-15", "adoptive sister", 2),
    member("liam", "Liam Ashby", "MALE", "1987-05-05", "maternal uncle", 2, { inv: [["HSG", "HISTORIC"]] }),
    member("sophie", "Sophie Clarke", "FEMALE", "1989-09-01", "relative", 3),
    member("noah", "Noah Ashby", "MALE", "2015-02-20", "cousin", 3, { inv: [["SCH", "CURRENT"]] }),
    member("dean", "Dean Fox", "MALE", "1984-04-04", "possible parent or carer", 1, { inferred: true }),
    member("carol", "Carol Webb", "FEMALE", "1970-12-12", "significant other", 2),
  ];
  const ties: GenogramTie[] = [
    ...birthOf(["gordon", "maureen"], "jade"),
    ...birthOf(["gordon", "maureen"], "liam"),
    ...birthOf(["derek"], "ryan"),
    ...birthOf(["jade", "ryan"], "ruby"),
    ...birthOf(["jade", "ryan"], "alfie"),
    ...birthOf(["jade", "ryan"], "archie"),
    ...birthOf(["jade", "marcus"], "ivy"),
    ...birthOf(["marcus"], "tyler"),
    ...birthOf(["liam", "sophie"], "noah"),
    ...birthOf(["ryan", "chloe"], "mia", "adoptive"),
    tie("PARENT_OF", "maureen", "ruby", "special_guardian", { from: "2020-02-01" }),
    tie("PARENT_OF", "maureen", "ruby", "kinship_carer", { from: "2019-06-01", to: "2020-02-01" }),
    tie("PARENT_OF", "brenda", "tyler", "foster", { from: "2022-06-01" }),
    tie("PARENT_OF", "brenda", "alfie", "foster", { from: "2020-03-01", to: "2021-09-30" }),
    tie("PARENT_OF", "dean", "ruby", "possible_parent_or_carer", { inferred: true, confidence: 0.62, basis: "co-residence and age gap" }),
    tie("PARTNER_OF", "gordon", "maureen", "married", { from: "1978-06-10" }),
    tie("PARTNER_OF", "ryan", "jade", "divorced", { from: "2012-08-04", to: "2018-01-20" }),
    tie("PARTNER_OF", "jade", "marcus", "cohabiting", { from: "2019-04-01" }),
    tie("PARTNER_OF", "ryan", "chloe", "separated", { from: "2019-01-01", to: "2022-03-01" }),
    tie("PARTNER_OF", "liam", "sophie", "cohabiting", { from: "2014-01-01" }),
    tie("SIBLING_OF", "ruby", "alfie", "full", { derived: true, basis: "both parents in common" }),
    tie("SIBLING_OF", "ruby", "archie", "full", { derived: true, basis: "both parents in common" }),
    tie("SIBLING_OF", "ruby", "ivy", "half", { derived: true, basis: "mother in common" }),
    tie("SIBLING_OF", "jade", "liam", "full", { derived: true, basis: "both parents in common" }),
    tie("SIGNIFICANT_OTHER_OF", "carol", "jade", "family_friend"),
  ];
  return {
    focus: { id: "ruby" },
    members,
    ties,
    households: [
      {
        id: "h1", addressLines: "4 Larch Row, Demoton", postcode: "XD1 4LR", from: "2001-01-01", to: null, current: true, memberCount: 4,
        members: [
          { person: { id: "maureen" }, from: "2001-01-01", to: null, current: true },
          { person: { id: "gordon" }, from: "2001-01-01", to: "2019-03-14", current: false },
          { person: { id: "ruby" }, from: "2020-02-01", to: null, current: true },
          { person: { id: "dean" }, from: "2023-01-01", to: null, current: true },
        ],
      },
      {
        id: "h2", addressLines: "17 Quarry Lane, Demoton", postcode: "XE2 7QL", from: "2019-04-01", to: null, current: true, memberCount: 3,
        members: [
          { person: { id: "jade" }, from: "2019-04-01", to: null, current: true },
          { person: { id: "marcus" }, from: "2019-04-01", to: null, current: true },
          { person: { id: "ivy" }, from: "2021-05-27", to: null, current: true },
        ],
      },
    ],
    relationshipQualities: [
      quality("jade", "ryan", "CONFLICT", "Frequent arguments at handovers."),
      quality("ruby", "maureen", "CLOSE", "Ruby relies on her grandmother."),
      quality("liam", "jade", "CUT_OFF", "No contact since 2017."),
    ],
    truncated: false,
    asOf: null,
  };
}

/**
 * A made-up family of about `size` people over six generations (great-grandparents to grandchildren of the focus person), the same for the same seed: couples with
 * children, some second partners, some single parents. For the layout's overlap and timing tests.
 */
export function generatedFamily(size: number, seed = 7): GenogramNetwork {
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const members: GenogramMember[] = [];
  const ties: GenogramTie[] = [];
  let n = 0;
  const add = (sex: Sex, year: number, gen: number): string => {
    const id = `g${String(n++).padStart(3, "0")}`;
    const month = String(1 + Math.floor(random() * 12)).padStart(2, "0");
    members.push(member(id, `Person ${id.toUpperCase()} Testname`, sex, `${year}-${month}-01`, gen === 0 ? "this person" : "relative", Math.abs(gen)));
    return id;
  };
  // Breadth-first: each person in the queue may get a partner and children until the size is reached.
  const root = add("MALE", 1930, -3);
  const queue: { id: string; sex: Sex; year: number; gen: number }[] = [{ id: root, sex: "MALE", year: 1930, gen: -3 }];
  let focus = root;
  while (queue.length && n < size) {
    const p = queue.shift()!;
    if (p.gen >= 2) continue;
    const partners = random() < 0.2 ? 2 : 1;
    for (let k = 0; k < partners && n < size; k++) {
      const partnerSex: Sex = p.sex === "MALE" ? "FEMALE" : "MALE";
      const partner = add(partnerSex, p.year + Math.floor(random() * 6) - 2, p.gen);
      ties.push(tie("PARTNER_OF", p.id, partner, k === 0 && partners === 2 ? "divorced" : random() < 0.5 ? "married" : "cohabiting", { from: `${p.year + 22 + k * 8}` }));
      const kids = 1 + Math.floor(random() * 3);
      for (let c = 0; c < kids && n < size; c++) {
        const sex: Sex = random() < 0.5 ? "MALE" : "FEMALE";
        const year = p.year + 24 + k * 8 + c * 2;
        const child = add(sex, year, p.gen + 1);
        ties.push(...birthOf([p.id, partner], child));
        queue.push({ id: child, sex, year, gen: p.gen + 1 });
        if (p.gen + 1 === 0 && focus === root) focus = child;
      }
    }
  }
  const m = members.find((x) => x.person.id === focus)!;
  m.relationshipToFocus = "this person";
  return { focus: { id: focus }, members, ties, households: [], relationshipQualities: [], truncated: false, asOf: null };
}
