// Use of Family Context for service leads and auditors (#/usage?from=2026-11-20&to=2026-12-03&team=...): a date
// filter, a bar chart per day for sign-ins, searches and person views, a table per day and team, and a CSV of it.
// Counts only, from the audit trail. A team manager sees their own team; an auditor may pick any team or all.

import { errorSummary, loading, messageOf } from "../components";
import { csvOf, save } from "../cohort/csv";
import { h } from "../dom";
import { formatDate } from "../format";
import { usage, type Usage, type UsageCount } from "./api";
import { dailyBarChart, shortDay } from "./charts";

export interface UsageContext {
  isCurrent(): boolean;
  go(href: string): void;
  /** Auditors choose the team; a team manager's team is their own. */
  auditor: boolean;
}

export interface UsageFilter {
  from: string;
  to: string;
  team: string | null;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
export const DEFAULT_DAYS = 14;

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** The filter in the address; the last fortnight (UTC days, as the counts are) when none is given. */
export function parseUsageFilter(params: URLSearchParams, today: Date = new Date()): UsageFilter {
  const to = DAY.test(params.get("to") ?? "") ? params.get("to")! : isoDay(today);
  const start = new Date(`${to}T00:00:00Z`);
  start.setUTCDate(start.getUTCDate() - (DEFAULT_DAYS - 1));
  const from = DAY.test(params.get("from") ?? "") ? params.get("from")! : isoDay(start);
  return { from, to, team: params.get("team")?.trim() || null };
}

export function usageHref(filter: UsageFilter): string {
  const query = new URLSearchParams({ from: filter.from, to: filter.to });
  if (filter.team) query.set("team", filter.team);
  return `#/usage?${query.toString()}`;
}

const MEASURES = [
  ["signIns", "Sign-ins", "sign-ins"],
  ["searches", "Searches", "searches"],
  ["personViews", "Person views", "person views"],
] as const;

export function usageCsv(result: Usage): string {
  return csvOf(
    ["day", "team", "sign-ins", "searches", "person views"],
    result.byDayAndTeam.map((row) => [row.day, row.team ?? "", String(row.signIns), String(row.searches), String(row.personViews)]),
  );
}

export function renderUsage(main: HTMLElement, params: URLSearchParams, ctx: UsageContext): void {
  document.title = "Usage – Family Context";
  const filter = parseUsageFilter(params);
  const fromInput = h("input", { class: "govuk-input govuk-input--width-10", type: "date", id: "usage-from", name: "from", value: filter.from, required: true });
  const toInput = h("input", { class: "govuk-input govuk-input--width-10", type: "date", id: "usage-to", name: "to", value: filter.to, required: true });
  const teamSelect = h("select", { class: "govuk-select", id: "usage-team", name: "team" }, h("option", { value: "" }, "Every team"));
  if (filter.team) teamSelect.append(h("option", { value: filter.team, selected: true }, filter.team));
  const form = h(
    "form",
    { class: "app-filter-row", "aria-label": "Days and team" },
    h("div", { class: "govuk-form-group" }, h("label", { class: "govuk-label govuk-label--s", for: "usage-from" }, "From"), fromInput),
    h("div", { class: "govuk-form-group" }, h("label", { class: "govuk-label govuk-label--s", for: "usage-to" }, "To"), toInput),
    ctx.auditor ? h("div", { class: "govuk-form-group" }, h("label", { class: "govuk-label govuk-label--s", for: "usage-team" }, "Team"), teamSelect) : null,
    h("button", { class: "govuk-button", type: "submit" }, "Show usage"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ctx.go(usageHref({ from: fromInput.value, to: toInput.value, team: ctx.auditor ? teamSelect.value || null : null }));
  });
  const results = h("div", { class: "app-usage-results" }, loading("Counting…"));
  main.replaceChildren(
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, "Usage"),
    h(
      "p",
      { class: "govuk-body-l" },
      "How often Family Context is used: sign-ins, searches and person views per day and team, from the audit trail. Days are UTC days.",
    ),
    form,
    results,
  );

  usage(filter.from, filter.to, ctx.auditor ? filter.team : null).then(
    (result) => {
      if (!ctx.isCurrent()) return;
      for (const team of result.teams) {
        if (team !== filter.team) teamSelect.append(h("option", { value: team }, team));
      }
      results.replaceChildren(...usageSections(result));
    },
    (error: unknown) => {
      if (!ctx.isCurrent()) return;
      results.replaceChildren(errorSummary("Usage could not be counted", messageOf(error)));
    },
  );
}

function usageSections(result: Usage): HTMLElement[] {
  const whose = result.team ? `by ${result.team}` : "by every team";
  const range = `${formatDate(result.from)} to ${formatDate(result.to)}`;
  const totals = MEASURES.map(([key, label]) => [label, result.days.reduce((sum, d) => sum + d[key], 0)] as const);
  const download = h("button", { class: "govuk-button govuk-button--secondary app-button--small", type: "button" }, "Download CSV",
    h("span", { class: "govuk-visually-hidden" }, ": usage per day and team"));
  download.addEventListener("click", () => save(`family-context-usage_${result.from}_${result.to}.csv`, usageCsv(result)));
  return [
    h("h2", { class: "govuk-heading-m", id: "usage-heading", tabindex: -1 }, `Use ${whose}, ${range}`),
    h("dl", { class: "key-figures" }, totals.map(([label, total]) => h("div", null, h("dt", null, label), h("dd", null, String(total))))),
    h(
      "div",
      { class: "app-usage-charts" },
      MEASURES.map(([key, label, what]) =>
        h(
          "figure",
          { class: "chart-figure" },
          h("figcaption", { class: "govuk-heading-s" }, `${label} per day`),
          h("div", { class: "chart-scroll" }, dailyBarChart({ id: `usage-${key}`, title: `${label} per day, ${whose}, ${range}`, bars: result.days.map((d) => ({ day: d.day, value: d[key] })), what })),
        ),
      ),
    ),
    h("h2", { class: "govuk-heading-m" }, "Per day and team"),
    result.byDayAndTeam.length === 0 ? h("p", null, "No use in these days.") : usageTable(result.byDayAndTeam),
    h("div", { class: "downloads" }, download),
  ];
}

function usageTable(rows: UsageCount[]): HTMLTableElement {
  return h(
    "table",
    { class: "govuk-table app-table--small" },
    h("caption", { class: "govuk-table__caption govuk-visually-hidden" }, "Sign-ins, searches and person views per day and team"),
    h(
      "thead",
      null,
      h(
        "tr",
        null,
        h("th", { scope: "col" }, "Day"),
        h("th", { scope: "col" }, "Team"),
        MEASURES.map(([, label]) => h("th", { scope: "col", class: "govuk-table__header--numeric" }, label)),
      ),
    ),
    h(
      "tbody",
      null,
      rows.map((row) =>
        h(
          "tr",
          null,
          h("td", null, h("time", { datetime: row.day }, shortDay(row.day))),
          h("td", null, row.team ?? ""),
          MEASURES.map(([key]) => h("td", { class: "govuk-table__cell--numeric" }, String(row[key]))),
        ),
      ),
    ),
  );
}
