// The figures of a cohort, section by section: each table or chart with its CSV download and its notes. Every
// number shown is a published Figure's text, as the server wrote it after disclosure control.

import { h, type Children } from "../dom";
import type { Breakdown, CareAcrossGenerations, Cohort, CoOccurrence, Figure, RelatedFamilies } from "./api";
import { barChart, cellOf, figureWords, heatLegend, heatMap } from "./charts";
import { csvOf, downloads } from "./csv";
import { serviceName } from "./filter";

export function figuresSection(id: string, title: string, ...children: Children[]): HTMLElement {
  return h("section", { class: "figures", id, "aria-labelledby": `${id}-heading` }, h("h2", { class: "govuk-heading-m", id: `${id}-heading` }, title), children);
}

export function notesBlock(notes: string[]): HTMLElement | null {
  if (notes.length === 0) return null;
  return h("div", { class: "notes" }, h("h3", { class: "notes__title" }, "Notes"), h("ul", { class: "notes__list" }, notes.map((n) => h("li", null, n))));
}

/** A figure in a table cell: withheld ones are hatched as well as marked, and said in words to a screen reader. */
export function figureCell(figure: Figure): HTMLTableCellElement {
  if (figure.value !== null) return h("td", { class: "govuk-table__cell--numeric" }, figure.text);
  return h(
    "td",
    { class: `govuk-table__cell--numeric figure--${figure.text === "[c]" ? "withheld" : "none"}` },
    h("span", { "aria-hidden": "true" }, figure.text),
    h("span", { class: "govuk-visually-hidden" }, figureWords(figure)),
  );
}

/** A headline figure: "181 families". */
export function headline(figure: Figure, noun: string): HTMLElement {
  return h(
    "p",
    { class: "headline" },
    h("span", { class: figure.value === null ? "headline__figure figure--withheld" : "headline__figure" }, figure.text),
    h("span", { class: "headline__noun" }, ` ${noun}`),
    figure.value === null ? h("span", { class: "headline__why" }, ` (${figureWords(figure)})`) : null,
  );
}

interface TableOptions {
  caption: string;
  keyHeading: string;
  countHeading: string;
  totalLabel: string;
  keyLabel?: (key: string) => string;
}

export function breakdownTable(breakdown: Breakdown, options: TableOptions): HTMLTableElement {
  const label = options.keyLabel ?? ((k: string) => k);
  return h(
    "table",
    { class: "govuk-table app-table--small table--figures" },
    h("caption", { class: "govuk-table__caption govuk-table__caption--s" }, options.caption),
    h("thead", null, h("tr", null, h("th", { scope: "col" }, options.keyHeading), h("th", { scope: "col", class: "govuk-table__cell--numeric" }, options.countHeading))),
    h(
      "tbody",
      null,
      breakdown.rows.length === 0 ? h("tr", null, h("td", { colspan: 2 }, "None")) : null,
      breakdown.rows.map((row) => h("tr", null, h("th", { scope: "row", class: "table__key" }, label(row.key)), figureCell(row.families))),
    ),
    h("tfoot", null, h("tr", null, h("th", { scope: "row" }, options.totalLabel), figureCell(breakdown.total))),
  );
}

/** A breakdown as a table, with its download. */
function breakdownBlock(what: string, breakdown: Breakdown, notes: string[], options: TableOptions): HTMLElement {
  return h("div", { class: "breakdown" }, breakdownTable(breakdown, options), downloads(what, breakdown.csv, notes));
}

/** A figure beside its label, large: withheld ones hatched and said in words, as in the tables. */
function keyFigure(label: string, figure: Figure): HTMLElement {
  return h(
    "div",
    null,
    h("dt", null, label),
    figure.value !== null
      ? h("dd", null, figure.text)
      : h("dd", { class: "figure--withheld" }, h("span", { "aria-hidden": "true" }, figure.text), h("span", { class: "govuk-visually-hidden" }, figureWords(figure))),
  );
}

export function cohortSections(cohort: Cohort, indicatorLabel: (name: string) => string): HTMLElement[] {
  const byCount = cohort.byIndicatorCount;
  const chart = barChart({
    id: "chart-indicator-count",
    title: "Families by number of Think Family indicators",
    bars: byCount.rows.map((row) => ({ label: row.key, figure: row.families })),
    xTitle: "Number of indicators",
    yTitle: "Families",
  });
  return [
    figuresSection(
      "families",
      "Families",
      headline(cohort.families, "families"),
      h("p", { class: "govuk-hint" }, "A family counts once however many of its members match."),
    ),
    figuresSection(
      "by-indicator-count",
      "Families by number of indicators",
      h("figure", { class: "chart-figure" }, chart, h("figcaption", { class: "govuk-hint" }, "Hatched columns marked [c] are withheld: no bar is drawn for them.")),
      breakdownBlock("families by number of indicators", byCount, cohort.notes, {
        caption: "Families by number of indicators (the figures of the chart)",
        keyHeading: "Indicators",
        countHeading: "Families",
        totalLabel: "Total",
      }),
      notesBlock(cohort.notes),
    ),
    figuresSection(
      "breakdowns",
      "Families by area, service and indicator",
      h(
        "div",
        { class: "breakdowns" },
        breakdownBlock("families by area", cohort.byArea, cohort.notes, {
          caption: "By area (postcode district)",
          keyHeading: "Area",
          countHeading: "Families",
          totalLabel: "Total",
        }),
        breakdownBlock("families by service", cohort.byService, cohort.notes, {
          caption: "By service working with them now",
          keyHeading: "Service",
          countHeading: "Families",
          totalLabel: "All families (each once)",
          keyLabel: serviceName,
        }),
        breakdownBlock("families by indicator", cohort.byIndicator, cohort.notes, {
          caption: "By indicator",
          keyHeading: "Indicator",
          countHeading: "Families",
          totalLabel: "All families (each once)",
          keyLabel: indicatorLabel,
        }),
      ),
      h("p", { class: "govuk-hint" }, "A family counts once for each service and each indicator it has, so those rows add up to more than all families."),
      notesBlock(cohort.notes),
    ),
  ];
}

function coOccurrenceTable(table: CoOccurrence): HTMLTableElement {
  const cell = cellOf(table);
  const rows: HTMLTableRowElement[] = [];
  table.services.forEach((row, i) =>
    table.services.slice(i).forEach((column) => {
      const c = cell(row, column);
      if (!c) return;
      rows.push(
        h(
          "tr",
          null,
          h("th", { scope: "row", class: "table__key" }, serviceName(row)),
          h("td", null, row === column ? "(the service itself)" : serviceName(column)),
          figureCell(c.families),
          figureCell(c.lift),
        ),
      );
    }),
  );
  return h(
    "table",
    { class: "govuk-table app-table--small table--figures" },
    h("caption", { class: "govuk-table__caption govuk-table__caption--s" }, "Families with both services, and the lift, each pair once"),
    h(
      "thead",
      null,
      h("tr", null, h("th", { scope: "col" }, "Service"), h("th", { scope: "col" }, "With service"), h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "Families"),
        h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "Lift")),
    ),
    h("tbody", null, rows),
    h("tfoot", null, h("tr", null, h("th", { scope: "row", colspan: 2 }, "All families counted"), figureCell(table.families), h("td", null))),
  );
}

/** Heat map or table: a toggle, not two places to look; print shows both. */
function viewToggle(chartView: HTMLElement, tableView: HTMLElement): HTMLElement {
  const chartButton = h("button", { class: "toggle__button", type: "button", "aria-pressed": "true" }, "Heat map");
  const tableButton = h("button", { class: "toggle__button", type: "button", "aria-pressed": "false" }, "Table");
  const show = (table: boolean) => {
    chartView.hidden = table;
    tableView.hidden = !table;
    chartButton.setAttribute("aria-pressed", String(!table));
    tableButton.setAttribute("aria-pressed", String(table));
  };
  chartButton.addEventListener("click", () => show(false));
  tableButton.addEventListener("click", () => show(true));
  show(false);
  return h("div", { class: "toggle", role: "group", "aria-label": "Show the figures as" }, chartButton, tableButton);
}

export function coOccurrenceSection(table: CoOccurrence, currentOnly: boolean): HTMLElement {
  if (table.services.length === 0) {
    return figuresSection("co-occurrence", "Services that go together", h("p", null, "No family in the filter works with any service."));
  }
  const chartView = h("div", { class: "view view--chart", "data-view": "heat-map" }, heatLegend(), h("div", { class: "chart-scroll" }, heatMap(table, "heat-map")));
  const tableView = h("div", { class: "view view--table", "data-view": "table" }, coOccurrenceTable(table));
  return figuresSection(
    "co-occurrence",
    "Services that go together",
    h(
      "p",
      null,
      `For each pair of services, the families working with both (${currentOnly ? "current involvements" : "current and historic involvements"}), `,
      "and the lift: how many times more often the two go together than if they were unrelated. Above 1 they go together; below 1 they seldom do.",
    ),
    h("p", null, "Families counted: ", h("strong", null, table.families.text)),
    viewToggle(chartView, tableView),
    chartView,
    tableView,
    downloads("services that go together", table.csv, table.notes),
    notesBlock(table.notes),
  );
}

function largestGroupsCsv(related: RelatedFamilies): string {
  return csvOf(
    ["rank", "families", "people", "open cases", "children in care"],
    related.largestGroups.map((g) => [String(g.rank), g.families.text, g.people.text, g.openCases.text, g.childrenInCare.text]),
  );
}

export function relatedFamiliesSection(related: RelatedFamilies, minFamilies: number): HTMLElement {
  return figuresSection(
    "related-families",
    "Related families",
    h(
      "p",
      null,
      "Families joined by a recorded relationship between their members (a grandparent in one, a grandchild in another) form a group. ",
      "These are counted over every family in the council: the filter above does not apply here.",
    ),
    h(
      "dl",
      { class: "key-figures" },
      keyFigure("Families", related.families),
      keyFigure(`In groups of ${minFamilies} or more families`, related.familiesInGroups),
    ),
    h(
      "div",
      { class: "breakdowns breakdowns--two" },
      h(
        "div",
        { class: "breakdown" },
        breakdownTable(related.bySize, {
          caption: "Groups by size",
          keyHeading: "Families in the group",
          countHeading: "Groups",
          totalLabel: "All groups",
        }),
        downloads("related family groups by size", related.bySize.csv, related.notes),
      ),
      h(
        "div",
        { class: "breakdown" },
        related.largestGroups.length === 0
          ? h("p", null, "No group is large enough to be listed on its own (groups are listed only when they hold more families than the threshold).")
          : h(
              "table",
              { class: "govuk-table app-table--small table--figures" },
              h("caption", { class: "govuk-table__caption govuk-table__caption--s" }, "The largest groups, largest first"),
              h(
                "thead",
                null,
                h("tr", null, h("th", { scope: "col" }, "Rank"), h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "Families"), h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "People"),
                  h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "Open cases"), h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "Children in care")),
              ),
              h(
                "tbody",
                null,
                related.largestGroups.map((g) =>
                  h("tr", null, h("th", { scope: "row" }, String(g.rank)), figureCell(g.families), figureCell(g.people), figureCell(g.openCases), figureCell(g.childrenInCare)),
                ),
              ),
            ),
        related.largestGroups.length === 0 ? null : downloads("largest related family groups", largestGroupsCsv(related), related.notes),
        h("p", { class: "govuk-hint" }, "A rank is a position by size, not a name for the group. Open cases are children's social care, early help and youth offending."),
      ),
    ),
    notesBlock(related.notes),
  );
}

export function careSection(care: CareAcrossGenerations): HTMLElement {
  const withParent = new Map(care.withParentInCareByArea.rows.map((r) => [r.key, r.families]));
  const areas = care.byArea.rows;
  return figuresSection(
    "care-across-generations",
    "Care across generations",
    h("p", null, "Children in care now, and among them those with a parent who was in care."),
    h(
      "dl",
      { class: "key-figures" },
      keyFigure("Children in care", care.childrenInCare),
      keyFigure("With a parent who was in care", care.withParentInCare),
    ),
    h(
      "table",
      { class: "govuk-table app-table--small table--figures" },
      h("caption", { class: "govuk-table__caption govuk-table__caption--s" }, "By area (postcode district)"),
      h(
        "thead",
        null,
        h("tr", null, h("th", { scope: "col" }, "Area"), h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "Children in care"),
          h("th", { scope: "col", class: "govuk-table__cell--numeric" }, "With a parent who was in care")),
      ),
      h(
        "tbody",
        null,
        areas.length === 0 ? h("tr", null, h("td", { colspan: 3 }, "No child in care in these families")) : null,
        areas.map((row) => {
          const parent = withParent.get(row.key);
          return h("tr", null, h("th", { scope: "row", class: "table__key" }, row.key), figureCell(row.families), parent ? figureCell(parent) : h("td", null));
        }),
      ),
      h("tfoot", null, h("tr", null, h("th", { scope: "row" }, "Total"), figureCell(care.byArea.total), figureCell(care.withParentInCareByArea.total))),
    ),
    h(
      "div",
      { class: "downloads-row" },
      downloads("children in care by area", care.byArea.csv, care.notes, "Download CSV (children in care)"),
      downloads("children in care with a parent who was in care by area", care.withParentInCareByArea.csv, [], "Download CSV (with a parent who was in care)"),
    ),
    notesBlock(care.notes),
  );
}

/** "Numbers from 1 to 5 are withheld": the threshold in force, as the notes state it. */
export function thresholdFrom(notes: string[]): { from: number; to: number } | null {
  for (const note of notes) {
    const m = /count from (\d+) to (\d+)/.exec(note);
    if (m) return { from: Number(m[1]), to: Number(m[2]) };
  }
  return null;
}

export function disclosureNotice(notes: string[], roundTo: string, askedThreshold: string): HTMLElement {
  const range = thresholdFrom(notes) ?? (askedThreshold ? { from: 1, to: Number(askedThreshold) } : null);
  const withheld = range ? `Numbers from ${range.from} to ${range.to} are withheld ([c])` : "Small numbers are withheld ([c])";
  return h(
    "div",
    { class: "app-notice notice--disclosure", role: "note" },
    h("p", null, h("strong", null, `Counts only. ${withheld}, and others where they would give one away.`)),
    roundTo !== "1" ? h("p", null, `Counts are rounded to the nearest ${roundTo}; a total is rounded on its own, so it may differ from the sum of its rows.`) : null,
    h("p", null, "No name or identifier is ever shown. The address of this page holds the filter: share it, or keep it with a published figure, to work the figure out again from the latest data."),
  );
}
