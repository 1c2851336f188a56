// A small invented family (synthetic: no real people) for the eco-map's tests and browser checks.

import type { InvolvementStatus, Sex } from "../api";
import type { EcoMapMember, EcoMapNetwork } from "./types";

const NAMES: Record<string, string> = {
  CHILDRENS_SOCIAL_CARE: "Children's social care",
  EDUCATION: "Education",
  EARLY_HELP: "Early help",
  HEALTH_VISITOR: "Health visiting",
  HOUSING: "Housing",
  ADULT_MENTAL_HEALTH: "Adult mental health",
  POLICE: "Police",
  PROBATION: "Probation",
  DRUG_AND_ALCOHOL: "Drug and alcohol support",
  YOUTH_OFFENDING: "Youth justice",
};

function member(
  id: string,
  name: string,
  sex: Sex,
  age: number,
  relationshipToFocus: string,
  distance: number,
  involvements: [string, InvolvementStatus][],
): EcoMapMember {
  return {
    person: {
      id,
      name,
      sex,
      age,
      deathDate: null,
      involvements: involvements.map(([service, status]) => ({ service, serviceName: NAMES[service] ?? service, status })),
    },
    relationshipToFocus,
    distance,
  };
}

export const SAMPLE_FOCUS = "p-poppy";

export const SAMPLE_NETWORK: EcoMapNetwork = {
  members: [
    member("p-poppy", "Poppy Ashworth", "FEMALE", 8, "", 0, [["CHILDRENS_SOCIAL_CARE", "CURRENT"], ["EDUCATION", "CURRENT"], ["EARLY_HELP", "HISTORIC"], ["HEALTH_VISITOR", "HISTORIC"]]),
    member("p-kelly", "Kelly Ashworth", "FEMALE", 34, "mother", 1, [["CHILDRENS_SOCIAL_CARE", "CURRENT"], ["HOUSING", "CURRENT"], ["ADULT_MENTAL_HEALTH", "CURRENT"], ["POLICE", "HISTORIC"]]),
    member("p-craig", "Craig Benson", "MALE", 36, "father", 1, [["PROBATION", "HISTORIC"]]),
    member("p-tyler", "Tyler Ashworth", "MALE", 15, "half-brother (maternal)", 1, [["EDUCATION", "CURRENT"], ["YOUTH_OFFENDING", "HISTORIC"], ["EDUCATION", "HISTORIC"]]),
    { ...member("p-dean", "Dean Fowler", "MALE", 38, "possible parent or carer", 1, [["POLICE", "CURRENT"], ["PROBATION", "CURRENT"], ["DRUG_AND_ALCOHOL", "HISTORIC"]]), inferred: true },
    member("p-janet", "Janet Ashworth", "FEMALE", 61, "maternal grandmother", 2, [["HOUSING", "HISTORIC"]]),
  ],
  households: [
    {
      current: true,
      members: [
        { person: { id: "p-poppy" }, current: true },
        { person: { id: "p-kelly" }, current: true },
        { person: { id: "p-tyler" }, current: true },
        { person: { id: "p-dean" }, current: true },
        { person: { id: "p-craig" }, current: false },
      ],
    },
    { current: true, members: [{ person: { id: "p-janet" }, current: true }, { person: { id: "p-craig" }, current: true }] },
  ],
};
