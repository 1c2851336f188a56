// The cohort filter form. Submitting it changes the address (the filter lives there, to be shared and reproduced)
// and the page answers the address; a field the server refuses is marked beside the field.

import { h } from "../dom";
import type { IndicatorDefinition } from "./api";
import {
  MAX_SERVICE_ROWS,
  SERVICES,
  STATUSES,
  emptyQuery,
  emptyServiceRow,
  type CohortQuery,
  type FieldProblem,
  type ServiceRow,
} from "./filter";

export interface CohortForm {
  element: HTMLFormElement;
  /** Fills the indicator checkboxes once the server has said which indicators there are. */
  setIndicators(indicators: IndicatorDefinition[]): void;
  /** Marks fields the server (or the page) refused, and focuses the first. */
  showProblems(problems: FieldProblem[]): void;
}

/** The words before the colon of an indicator's description ("Parental mental health: An adult ..."). */
export function indicatorLabel(definition: IndicatorDefinition | undefined, name: string): string {
  if (!definition) return name.replace(/_/g, " ");
  const colon = definition.description.indexOf(": ");
  return colon > 0 ? definition.description.slice(0, colon) : definition.description;
}

function indicatorMeaning(definition: IndicatorDefinition): string {
  const colon = definition.description.indexOf(": ");
  return colon > 0 ? definition.description.slice(colon + 2) : "";
}

function textField(id: string, label: string, value: string, options: { hint?: string; width?: string; numeric?: boolean } = {}): HTMLElement {
  const hintId = `${id}-hint`;
  return h(
    "div",
    { class: "govuk-form-group" },
    h("label", { class: "govuk-label", for: id }, label),
    options.hint ? h("div", { class: "govuk-hint", id: hintId }, options.hint) : null,
    h("input", {
      class: `govuk-input ${options.width ?? "govuk-input--width-4"}`,
      id,
      name: id,
      type: "text",
      value,
      spellcheck: "false",
      autocomplete: "off",
      inputmode: options.numeric ? "numeric" : null,
      "aria-describedby": options.hint ? hintId : null,
    }),
  );
}

function select(id: string, label: string, options: readonly (readonly [string, string])[], value: string, extra: { hidden?: boolean } = {}): HTMLElement {
  return h(
    "div",
    { class: "govuk-form-group" },
    h("label", { class: extra.hidden ? "govuk-label govuk-visually-hidden" : "govuk-label", for: id }, label),
    h("select", { class: "govuk-select select--narrow", id, name: id }, options.map(([v, text]) => h("option", { value: v, selected: v === value }, text))),
  );
}

function radios(name: string, legend: string, options: readonly (readonly [string, string])[], value: string): HTMLElement {
  return h(
    "fieldset",
    { class: "govuk-form-group govuk-fieldset fieldset--inline", id: name },
    h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--s" }, legend),
    h(
      "div",
      { class: "govuk-radios govuk-radios--small govuk-radios--inline" },
      options.map(([v, text]) =>
        h(
          "div",
          { class: "govuk-radios__item" },
          h("input", { class: "govuk-radios__input", type: "radio", id: `${name}-${v || "either"}`, name, value: v, checked: v === value }),
          h("label", { class: "govuk-label govuk-radios__label", for: `${name}-${v || "either"}` }, text),
        ),
      ),
    ),
  );
}

function pair(legend: string, first: HTMLElement, second: HTMLElement, hint?: string): HTMLElement {
  return h("fieldset", { class: "govuk-fieldset pair" }, h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--s" }, legend), hint ? h("div", { class: "govuk-hint" }, hint) : null,
    h("div", { class: "pair__fields" }, first, second));
}

function serviceRowElement(row: ServiceRow, i: number, onRemove: (element: HTMLElement) => void): HTMLElement {
  const element = h(
    "fieldset",
    { class: "govuk-fieldset service-row", "data-row": i },
    h("legend", { class: "govuk-visually-hidden" }, `Service ${i + 1}`),
    select(`service-${i}-service`, "Service", [["", "Any service (no condition)"], ...SERVICES], row.service),
    select(`service-${i}-status`, "Involvement", STATUSES, row.status),
    textField(`service-${i}-from`, "Open on or after", row.from, { width: "input--width-8", hint: "For example, 2025-04-01" }),
    textField(`service-${i}-to`, "Began on or before", row.to, { width: "input--width-8", hint: "For example, 2026-03-31" }),
  );
  if (i > 0) {
    const remove = h("button", { class: "app-button-link service-row__remove", type: "button" }, "Remove", h("span", { class: "govuk-visually-hidden" }, ` service ${i + 1}`));
    remove.addEventListener("click", () => onRemove(element));
    element.append(remove);
  }
  return element;
}

function readServiceRows(form: HTMLFormElement): ServiceRow[] {
  return [...form.querySelectorAll<HTMLElement>(".service-row")].map((row) => {
    const value = (suffix: string) => row.querySelector<HTMLInputElement | HTMLSelectElement>(`[id$="-${suffix}"]`)?.value ?? "";
    const status = value("status");
    return {
      service: value("service"),
      status: status === "CURRENT" || status === "HISTORIC" ? status : "ANY",
      from: value("from"),
      to: value("to"),
    };
  });
}

/** What the form says now, as a query. */
export function readForm(form: HTMLFormElement): CohortQuery {
  const text = (name: string) => (form.elements.namedItem(name) as HTMLInputElement | null)?.value ?? "";
  const checked = (name: string) => form.querySelector<HTMLInputElement>(`input[name="${name}"]:checked`)?.value ?? "";
  const lone = checked("loneParent");
  const round = text("roundTo");
  return {
    ...emptyQuery(),
    minChildren: text("minChildren"),
    maxChildren: text("maxChildren"),
    childAgeFrom: text("childAgeFrom"),
    childAgeTo: text("childAgeTo"),
    loneParent: lone === "true" || lone === "false" ? lone : "",
    minIndicators: text("minIndicators"),
    maxIndicators: text("maxIndicators"),
    indicators: [...form.querySelectorAll<HTMLInputElement>('input[name="indicator"]:checked')].map((i) => i.value),
    areas: text("areas"),
    services: readServiceRows(form),
    threshold: text("threshold"),
    roundTo: round === "5" || round === "10" ? round : "1",
    coOccurrence: checked("coOccurrence") === "ever" ? "ever" : "current",
    minFamilies: text("minFamilies"),
  };
}

function indicatorBoxes(query: CohortQuery, indicators: IndicatorDefinition[] | null): HTMLElement[] {
  if (!indicators) return [h("p", { class: "govuk-hint" }, "Loading the indicators…")];
  // Indicators named in the address but not (or no longer) defined stay, so the filter shown is the one used.
  const names = [...indicators.map((i) => i.name), ...query.indicators.filter((n) => !indicators.some((i) => i.name === n))];
  return [
    h(
      "div",
      { class: "govuk-checkboxes govuk-checkboxes--small" },
      names.map((name) => {
        const definition = indicators.find((i) => i.name === name);
        const available = definition?.available ?? true;
        const id = `indicator-${name}`;
        return h(
          "div",
          { class: "govuk-checkboxes__item" },
          h("input", {
            class: "govuk-checkboxes__input",
            type: "checkbox",
            id,
            name: "indicator",
            value: name,
            checked: query.indicators.includes(name),
            disabled: !available && !query.indicators.includes(name),
            "aria-describedby": available ? null : `${id}-hint`,
          }),
          h("label", { class: "govuk-label govuk-checkboxes__label", for: id }, indicatorLabel(definition, name)),
          available ? null : h("div", { class: "govuk-hint govuk-checkboxes__hint", id: `${id}-hint` }, h("strong", { class: "govuk-tag govuk-tag--yellow" }, "no data in this council")),
        );
      }),
    ),
    indicators.length === 0
      ? h("p", { class: "govuk-hint" }, "No indicators: the families have not been built yet.")
      : h(
          "details",
          { class: "govuk-details" },
          h("summary", { class: "govuk-details__summary" }, "What each indicator means"),
          h(
            "dl",
            { class: "govuk-details__text definitions" },
            indicators.map((i) => [h("dt", null, indicatorLabel(i, i.name)), h("dd", null, indicatorMeaning(i) || i.description, i.available ? null : " No loaded source holds this data.")]),
          ),
        ),
  ];
}

export function cohortForm(query: CohortQuery, indicators: IndicatorDefinition[] | null, go: (query: CohortQuery) => void): CohortForm {
  const indicatorGroup = h("div", { id: "indicators", tabindex: -1 }, indicatorBoxes(query, indicators));
  const rows = h("div", { class: "service-rows" });
  const addService = h("button", { class: "govuk-button govuk-button--secondary app-button--small", type: "button" }, "Add another service");

  const renumber = () => {
    // Rows are numbered by position; rebuilding them keeps ids, labels and the server's services[i] in step.
    const current = readServiceRows(form);
    rows.replaceChildren(...current.map((row, i) => serviceRowElement(row, i, remove)));
    addService.hidden = current.length >= MAX_SERVICE_ROWS;
  };
  const remove = (element: HTMLElement) => {
    element.remove();
    renumber();
    rows.querySelector<HTMLElement>(".service-row:last-child select")?.focus();
  };
  addService.addEventListener("click", () => {
    const count = rows.querySelectorAll(".service-row").length;
    if (count >= MAX_SERVICE_ROWS) return;
    rows.append(serviceRowElement(emptyServiceRow(), count, remove));
    addService.hidden = count + 1 >= MAX_SERVICE_ROWS;
    rows.querySelector<HTMLSelectElement>(`#service-${count}-service`)?.focus();
  });
  rows.append(...query.services.map((row, i) => serviceRowElement(row, i, remove)));
  addService.hidden = query.services.length >= MAX_SERVICE_ROWS;

  const form = h(
    "form",
    { class: "cohort-form", novalidate: true, "aria-labelledby": "cohort-form-heading" },
    h("h2", { class: "govuk-heading-m", id: "cohort-form-heading" }, "Which families"),
    h("p", { class: "govuk-hint" }, "Leave a field empty for no condition. Every condition you give must hold."),
    h(
      "fieldset",
      { class: "govuk-fieldset section-fieldset" },
      h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--m" }, "Children and parents"),
      h(
        "div",
        { class: "form-row" },
        pair("Number of children", textField("minChildren", "At least", query.minChildren, { numeric: true }),
          textField("maxChildren", "At most", query.maxChildren, { numeric: true })),
        pair("A child aged", textField("childAgeFrom", "From (years)", query.childAgeFrom, { numeric: true }),
          textField("childAgeTo", "To (years)", query.childAgeTo, { numeric: true })),
        radios("loneParent", "Lone parent", [["", "Either"], ["true", "Yes"], ["false", "No"]], query.loneParent),
      ),
    ),
    h(
      "fieldset",
      { class: "govuk-fieldset section-fieldset" },
      h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--m" }, "Think Family indicators"),
      pair("Number of indicators", textField("minIndicators", "At least", query.minIndicators, { numeric: true }),
        textField("maxIndicators", "At most", query.maxIndicators, { numeric: true })),
      h("fieldset", { class: "govuk-form-group govuk-fieldset" }, h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--s" }, "Has every one of these indicators"), indicatorGroup),
    ),
    h(
      "fieldset",
      { class: "govuk-fieldset section-fieldset" },
      h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--m" }, "Where"),
      textField("areas", "Areas (postcode districts)", query.areas, {
        width: "input--width-20",
        hint: "Separate them with commas, for example XD2, XD4. Families in any of them count.",
      }),
    ),
    h(
      "fieldset",
      { class: "govuk-fieldset section-fieldset" },
      h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--m" }, "Services"),
      h("p", { class: "govuk-hint" }, "Families working with every service given. Dates are of the involvement: open on or after the first, begun on or before the second."),
      rows,
      addService,
    ),
    h(
      "fieldset",
      { class: "govuk-fieldset section-fieldset" },
      h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--m" }, "Publishing"),
      h(
        "div",
        { class: "form-row" },
        textField("threshold", "Withhold counts up to", query.threshold, {
          numeric: true,
          hint: "Leave empty for this council's threshold. You can raise it, not lower it.",
        }),
        select("roundTo", "Round to the nearest", [["1", "1 (no rounding)"], ["5", "5"], ["10", "10"]], query.roundTo),
        radios("coOccurrence", "Services that go together: count", [["current", "Current involvements"], ["ever", "Current and historic"]], query.coOccurrence),
        textField("minFamilies", "Related families: groups of at least", query.minFamilies, { numeric: true, hint: "Families (2 to 1000)" }),
      ),
    ),
    h(
      "div",
      { class: "govuk-button-group" },
      h("button", { class: "govuk-button", type: "submit" }, "Show figures"),
      h("a", { class: "govuk-link cohort-form__clear", href: "#/cohorts" }, "Clear the filter"),
    ),
  );

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    go(readForm(form));
  });
  // On #/cohorts already, following the link would change nothing (no hashchange): go there so the form empties.
  form.querySelector<HTMLAnchorElement>(".cohort-form__clear")?.addEventListener("click", (event) => {
    event.preventDefault();
    go(emptyQuery());
  });

  return {
    element: form,
    setIndicators(list) {
      // Keep what is ticked now, not what the address said: the user may have changed it while the list loaded.
      const ticked = [...form.querySelectorAll<HTMLInputElement>('input[name="indicator"]:checked')].map((i) => i.value);
      indicatorGroup.replaceChildren(...indicatorBoxes({ ...query, indicators: indicatorGroup.querySelector("input") ? ticked : query.indicators }, list));
    },
    showProblems(problems) {
      clearProblems(form);
      let first: HTMLElement | null = null;
      for (const problem of problems) {
        const marked = markField(form, problem);
        first ??= marked;
      }
      first?.focus();
    },
  };
}

function clearProblems(form: HTMLFormElement): void {
  form.querySelectorAll(".govuk-error-message").forEach((e) => e.remove());
  form.querySelectorAll(".govuk-form-group--error").forEach((e) => e.classList.remove("govuk-form-group--error"));
  form.querySelectorAll("[aria-describedby]").forEach((e) => {
    const kept = (e.getAttribute("aria-describedby") ?? "").split(" ").filter((d) => d && !d.endsWith("-error"));
    if (kept.length > 0) e.setAttribute("aria-describedby", kept.join(" "));
    else e.removeAttribute("aria-describedby");
  });
}

/** Puts the message before the field, as the search page does; returns what to focus. */
function markField(form: HTMLFormElement, problem: FieldProblem): HTMLElement | null {
  const target = form.querySelector<HTMLElement>(`#${CSS.escape(problem.field)}`);
  if (!target) return null;
  const errorId = `${problem.field}-error`;
  const message = h("p", { class: "govuk-error-message", id: errorId }, h("span", { class: "govuk-visually-hidden" }, "Error: "), problem.message);
  const group = target.matches("fieldset") ? target : (target.closest(".govuk-form-group") ?? target);
  group.classList.add("govuk-form-group--error");
  if (target.matches("input, select")) {
    target.before(message);
    const described = (target.getAttribute("aria-describedby") ?? "").split(" ").filter((d) => d && !d.endsWith("-error"));
    target.setAttribute("aria-describedby", [...described, errorId].join(" "));
    return target;
  }
  // A group (the radios, the indicators): the message goes first inside it, and focus goes to its first control.
  const legend = target.querySelector("legend");
  if (legend) legend.after(message);
  else target.prepend(message);
  return target.querySelector<HTMLElement>("input, select") ?? target;
}

/** A field's name for the error summary, with the group it is in: "Number of children: at least". */
export function fieldName(field: string): string | null {
  const element = document.getElementById(field);
  if (!element) return null;
  const own =
    (element.matches("fieldset")
      ? element.querySelector("legend")?.textContent
      : document.querySelector(`label[for="${CSS.escape(field)}"]`)?.textContent) ??
    element.closest("fieldset")?.querySelector("legend")?.textContent;
  const group = element.closest(".pair, .service-row")?.querySelector("legend")?.textContent;
  const name = [group, own].filter((t): t is string => Boolean(t && t.trim())).map((t) => t.trim());
  if (name.length === 2) return `${name[0]}: ${name[1]!.charAt(0).toLowerCase()}${name[1]!.slice(1)}`;
  return name[0] ?? null;
}
