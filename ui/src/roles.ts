// Which pages a signed-in user is offered, from their roles (docs/security.md). The server refuses what a role may
// not do whatever the page shows; this only saves a user from a page they cannot use.

export const PRACTITIONER_ROLES = ["SOCIAL_WORKER", "TEAM_MANAGER", "FGC_COORDINATOR"] as const;

export type Home = "search" | "cohorts" | "roleNotice";

export interface Offer {
  /** The page "#/" shows. */
  home: Home;
  /** Search and people's families. */
  practitioner: boolean;
  /** Family cohorts (counts only). */
  analyst: boolean;
}

export function offerFor(roles: readonly string[]): Offer {
  const practitioner = roles.some((r) => (PRACTITIONER_ROLES as readonly string[]).includes(r));
  const analyst = roles.includes("ANALYST");
  return { practitioner, analyst, home: practitioner ? "search" : analyst ? "cohorts" : "roleNotice" };
}

/** Before `me` answers (or if it cannot), the page behaves as it did before roles were asked: practitioners' pages. */
export const UNKNOWN_OFFER: Offer = { home: "search", practitioner: true, analyst: false };

export const ROLE_NAMES: Record<string, string> = {
  SOCIAL_WORKER: "Social worker",
  TEAM_MANAGER: "Team manager",
  FGC_COORDINATOR: "Family group conference coordinator",
  DATA_MANAGER: "Data manager",
  AUDITOR: "Auditor",
  ANALYST: "Analyst",
};
