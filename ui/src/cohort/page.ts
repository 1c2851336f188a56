// The analysts' page: family cohorts as counts. The address holds the filter (#/cohorts?...); the page asks the
// four cohort queries for it at once, and shows each section as its answer comes.

import { errorSummary, loading } from "../components";
import { h } from "../dom";
import { careAcrossGenerations, cohort, relatedFamilies, serviceCoOccurrence, type IndicatorDefinition } from "./api";
import { fieldProblems, problemText } from "./errors";
import { checkQuery, cohortsHref, describeQuery, parseQuery, toVariables, type FieldProblem } from "./filter";
import { cohortForm, fieldName, indicatorLabel, type CohortForm } from "./form";
import { careSection, coOccurrenceSection, cohortSections, disclosureNotice, relatedFamiliesSection } from "./results";

export interface CohortsContext {
  isCurrent(): boolean;
  go(href: string): void;
}

// The council's indicators change only with a family build: kept for the page's life, so the form shows its
// checkboxes at once on the next filter.
let knownIndicators: IndicatorDefinition[] | null = null;

function labelOf(name: string): string {
  return indicatorLabel(knownIndicators?.find((i) => i.name === name), name);
}

export function renderCohorts(main: HTMLElement, params: URLSearchParams, ctx: CohortsContext): void {
  document.title = "Family cohorts – Family Context";
  const query = parseQuery(params);
  const form = cohortForm(query, knownIndicators, (next) => ctx.go(cohortsHref(next)));
  const summary = h("div", { class: "cohort-problems" });
  const notice = h("div", null);
  const parts = {
    cohort: h("div", null, loading("Counting families…")),
    coOccurrence: h("div", null, loading("Working out which services go together…")),
    related: h("div", null, loading("Finding related families…")),
    care: h("div", null, loading("Counting children in care…")),
  };

  main.replaceChildren(
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, "Family cohorts"),
    h(
      "p",
      { class: "govuk-body-l" },
      "Which needs and services go together in families, counted. Every figure is a count of families (or children), never a person.",
    ),
    h(
      "details",
      { class: "govuk-details" },
      h("summary", { class: "govuk-details__summary" }, "What counts as a family"),
      h(
        "div",
        { class: "govuk-details__text" },
        h("p", null, "A family is built around children under 18: the children, their current parents and carers, those carers' partners, and the people living with them."),
        h("p", null, "Its indicators are the Think Family set, worked out from the services' records. How each is worked out is in docs/analytics.md."),
      ),
    ),
    skipToFigures(),
    form.element,
    h(
      "div",
      { class: "cohort-results", "aria-labelledby": "results-heading" },
      h("h2", { class: "govuk-heading-l results__heading", id: "results-heading", tabindex: -1 }, "Figures"),
      h("p", { class: "results__for", role: "status" }, describeQuery(query, labelOf)),
      summary,
      notice,
      parts.cohort,
      parts.coOccurrence,
      parts.related,
      parts.care,
    ),
  );

  const local = checkQuery(query);
  if (local.length > 0) {
    showProblems(form, summary, local);
    for (const part of Object.values(parts)) part.replaceChildren();
    if (!knownIndicators) loadIndicators(form, ctx);
    return;
  }

  const vars = toVariables(query);
  const refused: FieldProblem[] = [];
  const failed = (part: HTMLElement, title: string) => (error: unknown) => {
    if (!ctx.isCurrent()) return;
    const problems = fieldProblems(error);
    if (problems.length > 0) {
      for (const p of problems) if (!refused.some((r) => r.field === p.field && r.message === p.message)) refused.push(p);
      showProblems(form, summary, refused);
      part.replaceChildren();
    } else {
      part.replaceChildren(errorSummary(title, problemText(error)));
    }
  };

  cohort(vars.filter, vars.disclosure).then(
    (answer) => {
      if (!ctx.isCurrent()) return;
      const first = !knownIndicators;
      knownIndicators = answer.indicators;
      if (first) {
        form.setIndicators(answer.indicators);
        main.querySelector(".results__for")!.textContent = describeQuery(query, labelOf);
      }
      notice.replaceChildren(disclosureNotice(answer.notes, query.roundTo, query.threshold));
      parts.cohort.replaceChildren(...cohortSections(answer, labelOf));
    },
    (error: unknown) => {
      failed(parts.cohort, "The families could not be counted")(error);
      if (!knownIndicators) loadIndicators(form, ctx);
    },
  );
  serviceCoOccurrence(vars.filter, vars.currentOnly, vars.disclosure).then(
    (answer) => ctx.isCurrent() && parts.coOccurrence.replaceChildren(coOccurrenceSection(answer, vars.currentOnly)),
    failed(parts.coOccurrence, "Which services go together could not be worked out"),
  );
  relatedFamilies(vars.minFamilies, vars.disclosure).then(
    (answer) => ctx.isCurrent() && parts.related.replaceChildren(relatedFamiliesSection(answer, vars.minFamilies)),
    failed(parts.related, "Related families could not be counted"),
  );
  careAcrossGenerations(vars.filter, vars.disclosure).then(
    (answer) => ctx.isCurrent() && parts.care.replaceChildren(careSection(answer)),
    failed(parts.care, "Children in care could not be counted"),
  );
}

/** The form is long: a keyboard or screen-reader user can go straight to the figures. */
function skipToFigures(): HTMLElement {
  const link = h("a", { class: "govuk-link skip-to-figures", href: "#results-heading" }, "Skip the filter and go to the figures");
  link.addEventListener("click", (event) => {
    // Following it as a link would change the route.
    event.preventDefault();
    const heading = document.getElementById("results-heading");
    heading?.focus();
    heading?.scrollIntoView({ block: "start" });
  });
  return h("p", null, link);
}

/** The indicators for the form's checkboxes when the cohort itself could not be had (a refused filter). */
function loadIndicators(form: CohortForm, ctx: CohortsContext): void {
  cohort(null, null).then(
    (answer) => {
      knownIndicators = answer.indicators;
      if (ctx.isCurrent()) form.setIndicators(answer.indicators);
    },
    () => {
      if (ctx.isCurrent()) form.setIndicators([]);
    },
  );
}

function showProblems(form: CohortForm, summary: HTMLElement, problems: FieldProblem[]): void {
  form.showProblems(problems);
  summary.replaceChildren(
    h(
      "div",
      { class: "govuk-error-summary", role: "alert" },
      h("h2", { class: "govuk-error-summary__title" }, "There is a problem with the filter"),
      h(
        "ul",
        { class: "govuk-list govuk-error-summary__list" },
        problems.map((p) => {
          // A link would change the address (the route); this one moves focus to the field instead.
          const name = fieldName(p.field);
          const link = h("a", { class: "govuk-link", href: `#${p.field}` }, name ? `${name}: ${p.message}` : p.message);
          link.addEventListener("click", (event) => {
            event.preventDefault();
            document.getElementById(p.field)?.focus();
          });
          return h("li", null, link);
        }),
      ),
      h("p", null, "No figures are shown until the filter is corrected."),
    ),
  );
}
