// The search page: find a person by name (and date of birth) or by an identifier.

import { searchPeople, type SearchCriteria, type SearchMatch, type SearchResults } from "./api";
import { errorSummary, loading, messageOf, sourcesSection } from "./components";
import { h } from "./dom";
import { formatAge, formatDate, unique } from "./format";
import { personHref, searchHref, type Route } from "./router";
import { addressNow } from "./search-address";

type SearchRoute = Extract<Route, { view: "search" }>;

export interface SearchContext {
  /** Go to a route (pushes history), or replace the current entry. */
  go(href: string, replace?: boolean): void;
  /** False once the user has moved on, so late answers are dropped. */
  isCurrent(): boolean;
}

const DOB_PATTERN = /^(\d{4}-\d{2}-\d{2}|\d{1,2}\/\d{1,2}\/\d{4})$/;

export function renderSearch(main: HTMLElement, route: SearchRoute, ctx: SearchContext): void {
  const searching = Boolean(route.name || route.identifier);
  document.title = searching ? "Search results – Family Context" : "Find a person – Family Context";

  const results = h("div", { "aria-live": "polite" });
  main.replaceChildren(
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, "Find a person"),
    h("div", { class: "search-forms" }, nameForm(route, ctx), identifierForm(route, ctx)),
    results,
    sourcesSection(),
  );

  if (!searching) return;
  const criteria: SearchCriteria = route.identifier
    ? { identifier: route.identifier }
    : { name: route.name, ...(route.dob ? { dateOfBirth: route.dob } : {}) };
  results.replaceChildren(loading("Searching…"));
  searchPeople(criteria).then(
    (found) => {
      if (!ctx.isCurrent()) return;
      if (route.identifier && found.results.length === 1) {
        ctx.go(personHref(found.results[0]!.person.id), true);
        return;
      }
      results.replaceChildren(resultsList(found, route));
    },
    (error: unknown) => {
      if (!ctx.isCurrent()) return;
      results.replaceChildren(errorSummary("The search did not work", messageOf(error)));
    },
  );
}

function field(id: string, label: string, value: string, hint?: string, extra: Record<string, string> = {}): HTMLElement {
  const hintId = `${id}-hint`;
  return h(
    "div",
    { class: "govuk-form-group" },
    h("label", { class: "govuk-label", for: id }, label),
    hint ? h("div", { class: "govuk-hint", id: hintId }, hint) : null,
    h("input", {
      class: "govuk-input",
      id,
      name: id,
      type: "text",
      value,
      spellcheck: "false",
      "aria-describedby": hint ? hintId : null,
      ...extra,
    }),
  );
}

function showFieldError(form: HTMLFormElement, inputId: string, message: string): void {
  form.querySelectorAll(".govuk-error-message").forEach((e) => e.remove());
  form.querySelectorAll(".govuk-form-group--error").forEach((e) => e.classList.remove("govuk-form-group--error"));
  const input = form.querySelector<HTMLInputElement>(`#${inputId}`);
  if (!input) return;
  const errorId = `${inputId}-error`;
  const group = input.closest(".govuk-form-group");
  group?.classList.add("govuk-form-group--error");
  input.before(h("p", { class: "govuk-error-message", id: errorId }, h("span", { class: "govuk-visually-hidden" }, "Error: "), message));
  const described = (input.getAttribute("aria-describedby") ?? "").split(" ").filter((d) => d && !d.endsWith("-error"));
  input.setAttribute("aria-describedby", [...described, errorId].join(" "));
  input.focus();
}

function nameForm(route: SearchRoute, ctx: SearchContext): HTMLFormElement {
  const form = h(
    "form",
    { class: "search-form", novalidate: true, "aria-labelledby": "by-name" },
    h("h2", { class: "govuk-heading-m", id: "by-name" }, "Search by name"),
    field("name", "Name", route.identifier ? "" : route.name, "Forename, surname or both", { autocomplete: "off" }),
    field("dob", "Date of birth (optional)", route.identifier ? "" : route.dob, "For example, 27/03/2015", {
      autocomplete: "off",
      inputmode: "numeric",
      class: "govuk-input govuk-input--width-10",
    }),
    h("button", { class: "govuk-button", type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const name = (form.elements.namedItem("name") as HTMLInputElement).value.trim();
    const dob = (form.elements.namedItem("dob") as HTMLInputElement).value.trim();
    if (!name) return showFieldError(form, "name", "Enter a name");
    if (dob && !DOB_PATTERN.test(dob)) return showFieldError(form, "dob", "Enter the date of birth like 27/03/2015");
    ctx.go(searchHref({ name, dob }));
  });
  return form;
}

function identifierForm(route: SearchRoute, ctx: SearchContext): HTMLFormElement {
  const form = h(
    "form",
    { class: "search-form", novalidate: true, "aria-labelledby": "by-identifier" },
    h("h2", { class: "govuk-heading-m", id: "by-identifier" }, "Or search by an identifier"),
    field("identifier", "Case ID, NHS number or UPN", route.identifier, "Goes straight to the person when one matches", {
      autocomplete: "off",
    }),
    h("button", { class: "govuk-button", type: "submit" }, "Search"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const identifier = (form.elements.namedItem("identifier") as HTMLInputElement).value.trim();
    if (!identifier) return showFieldError(form, "identifier", "Enter a case ID, NHS number or UPN");
    ctx.go(searchHref({ identifier }));
  });
  return form;
}

// Said beside a result found other than by its name as typed, so that a reader checks it is the right person.
const MATCH_HINTS: Partial<Record<SearchMatch, string>> = {
  OTHER_NAME: "another name",
  NICKNAME: "nickname",
  SOUNDS_LIKE: "sounds like",
  SIMILAR_SPELLING: "similar spelling",
  START_OF_NAME: "start of name",
};

function matchHint(matchedOn: SearchMatch[]): string {
  const hints = matchedOn.map((m) => MATCH_HINTS[m]).filter((m): m is string => Boolean(m));
  return hints.length > 0 ? ` (matched on ${hints.join(", ")})` : "";
}

function resultsList(found: SearchResults, route: SearchRoute): HTMLElement {
  const people = found.results;
  const what = route.identifier ? `identifier ${route.identifier}` : route.dob ? `${route.name}, born ${route.dob}` : route.name;
  const heading = h(
    "h2",
    { class: "govuk-heading-m", id: "results-heading" },
    found.totalCount === 1 ? "1 person found" : `${found.totalCount} people found`,
  );
  if (people.length === 0) {
    return h(
      "section",
      { class: "results", "aria-labelledby": "results-heading" },
      heading,
      h("p", null, `No one matches ${what}.`),
      h("p", null, route.identifier ? "Check the identifier, or search by name." : "Check the spelling, try part of the name, or leave out the date of birth."),
    );
  }
  return h(
    "section",
    { class: "results", "aria-labelledby": "results-heading" },
    heading,
    h("p", { class: "govuk-hint" }, `For ${what}. Best matches first.`),
    h(
      "table",
      { class: "govuk-table" },
      h(
        "thead",
        null,
        h("tr", null, h("th", { scope: "col" }, "Name"), h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "Age"),
          h("th", { scope: "col" }, "Date of birth"), h("th", { scope: "col" }, "Address now"), h("th", { scope: "col" }, "Sources")),
      ),
      h(
        "tbody",
        null,
        people.map(({ person: p, matchedOn }) =>
          h(
            "tr",
            null,
            h("td", null, h("a", { class: "govuk-link", href: personHref(p.id) }, p.name),
              p.deathDate ? h("span", { class: "govuk-hint" }, ` (died ${formatDate(p.deathDate)})`) : null,
              matchHint(matchedOn) ? h("span", { class: "govuk-hint" }, matchHint(matchedOn)) : null),
            h("td", { class: "govuk-table__cell--numeric" }, formatAge(p.age) || "Not known"),
            h("td", null, formatDate(p.birthDate) || "Not known"),
            h("td", null, addressNow(p)),
            h("td", null, unique(p.records.map((r) => r.source)).join(", ")),
          ),
        ),
      ),
    ),
    found.totalCount > people.length
      ? h("p", { class: "govuk-hint" }, `Showing the best ${people.length} matches. Add a date of birth or more of the name to narrow the search.`)
      : null,
  );
}
