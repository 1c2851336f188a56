// Hash routes, so the back button works and the server only ever serves index.html:
//   #/                                   search form
//   #/search?name=..&dob=..              name search (date of birth optional)
//   #/search?identifier=..               identifier search
//   #/person/ID?up=..&wider=1&..         a person's family, the page's controls in the address (person/view-params.ts)
//   #/cohorts?minChildren=..&..          family cohorts for analysts, the filter in the address (cohort/filter.ts)
//   #/review                             the match review queue for data managers
//   #/sources                            sources and how fresh their data is
//   #/problems?status=..&source=..       the data managers' queue of reported data problems (problems/page.ts)
//   #/usage?from=..&to=..&team=..        usage per day and team for team managers and auditors (usage/page.ts)

export type Route =
  | { view: "search"; name: string; dob: string; identifier: string }
  | { view: "person"; id: string; params: URLSearchParams }
  | { view: "cohorts"; params: URLSearchParams }
  | { view: "review" }
  | { view: "sources" }
  | { view: "problems"; params: URLSearchParams }
  | { view: "usage"; params: URLSearchParams };

export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#/, "");
  const cohorts = /^\/cohorts(?:\?(.*))?$/.exec(path);
  if (cohorts) return { view: "cohorts", params: new URLSearchParams(cohorts[1] ?? "") };
  if (path === "/review") return { view: "review" };
  if (path === "/sources") return { view: "sources" };
  const problems = /^\/problems(?:\?(.*))?$/.exec(path);
  if (problems) return { view: "problems", params: new URLSearchParams(problems[1] ?? "") };
  const usage = /^\/usage(?:\?(.*))?$/.exec(path);
  if (usage) return { view: "usage", params: new URLSearchParams(usage[1] ?? "") };
  const person = /^\/person\/([^/?]+)(?:\?(.*))?$/.exec(path);
  if (person) {
    try {
      return { view: "person", id: decodeURIComponent(person[1]!), params: new URLSearchParams(person[2] ?? "") };
    } catch {
      // fall through to the search form
    }
  }
  const query = path.startsWith("/search?") ? new URLSearchParams(path.slice("/search?".length)) : new URLSearchParams();
  return {
    view: "search",
    name: query.get("name") ?? "",
    dob: query.get("dob") ?? "",
    identifier: query.get("identifier") ?? "",
  };
}

export function personHref(id: string): string {
  return `#/person/${encodeURIComponent(id)}`;
}

export function searchHref(params: { name?: string; dob?: string; identifier?: string }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value && value.trim()) query.set(key, value.trim());
  }
  const text = query.toString();
  return text ? `#/search?${text}` : "#/";
}

/** Goes to a route; renders again even when the hash is already that route (no hashchange then). */
export function navigate(href: string, render: () => void, replace = false): void {
  if (location.hash === href) {
    render();
  } else if (replace) {
    location.replace(href);
  } else {
    location.hash = href;
  }
}
