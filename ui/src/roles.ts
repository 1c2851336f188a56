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

/** A page in the header's navigation: the route's view, its link, and the roles it is for. */
export interface View {
  view: string;
  label: string;
  href: string;
  roles: readonly string[];
  /** Who it is for, mid-sentence ("data managers"): what a user of another role is told. */
  forWhom: string;
}

/** In the order the header shows them. */
export const VIEWS: readonly View[] = [
  { view: "search", label: "Find a person", href: "#/", roles: PRACTITIONER_ROLES, forWhom: "social workers, family group conference coordinators and team managers" },
  { view: "review", label: "Match review", href: "#/review", roles: ["DATA_MANAGER"], forWhom: "data managers" },
  { view: "problems", label: "Data problems", href: "#/problems", roles: ["DATA_MANAGER"], forWhom: "data managers" },
  { view: "usage", label: "Usage", href: "#/usage", roles: ["TEAM_MANAGER", "AUDITOR"], forWhom: "team managers and auditors" },
  { view: "sources", label: "Sources", href: "#/sources", roles: ["DATA_MANAGER", "AUDITOR"], forWhom: "data managers and auditors" },
  { view: "cohorts", label: "Family cohorts", href: "#/cohorts", roles: ["ANALYST"], forWhom: "analysts" },
];

/** The header's links for these roles; each role sees only its own views. */
export function viewsFor(roles: readonly string[]): View[] {
  return VIEWS.filter((v) => v.roles.some((r) => roles.includes(r)));
}

/** The view a route belongs to when it is one the header offers by role ("person" counts as search); else null. */
export function viewOf(routeView: string): View | null {
  const name = routeView === "person" ? "search" : routeView;
  return VIEWS.find((v) => v.view === name) ?? null;
}

/** "Social worker, North team": the role names and team for the header's identity line. */
export function describeUser(user: { username: string; roles: readonly string[]; team: string | null }): string {
  const roles = user.roles.map((r) => ROLE_NAMES[r] ?? r).join(", ") || "no role";
  return `${user.username} · ${roles}${user.team ? ` · ${user.team}` : ""}`;
}
