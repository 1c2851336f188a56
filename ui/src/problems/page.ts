// The data managers' queue (#/problems?status=OPEN&source=housing): facts users flagged as wrong, oldest first, each
// with the source and record that hold it, the fact, the reporter's note, who reported it and when, and buttons to
// send it to the source, mark it corrected or say it is not a problem (with a note). The filter is in the address.

import { sources, type Source } from "../api";
import { errorSummary, loading, messageOf } from "../components";
import { h, type Children } from "../dom";
import { formatDate } from "../format";
import {
  FACT_KINDS,
  STATUSES,
  dataProblems,
  resolveDataProblem,
  statusName,
  type DataProblem,
  type ProblemOutcome,
  type ProblemStatus,
} from "./api";

export interface ProblemsContext {
  isCurrent(): boolean;
  go(href: string): void;
}

export interface ProblemFilter {
  status: ProblemStatus | null;
  source: string | null;
}

/** The filter in the address; the queue opens on the open problems of every source. */
export function parseProblemFilter(params: URLSearchParams): ProblemFilter {
  const status = params.get("status");
  const known = STATUSES.some(([s]) => s === status);
  return {
    status: status === "ALL" ? null : known ? (status as ProblemStatus) : "OPEN",
    source: params.get("source")?.trim() || null,
  };
}

export function problemsHref(filter: ProblemFilter): string {
  const query = new URLSearchParams();
  query.set("status", filter.status ?? "ALL");
  if (filter.source) query.set("source", filter.source);
  return `#/problems?${query.toString()}`;
}

const OUTCOMES: readonly (readonly [ProblemOutcome, string])[] = [
  ["SENT_TO_SOURCE", "Sent to source"],
  ["CORRECTED", "Corrected"],
  ["NOT_A_PROBLEM", "Not a problem"],
];

export function renderProblems(main: HTMLElement, params: URLSearchParams, ctx: ProblemsContext): void {
  document.title = "Reported data problems – Family Context";
  const filter = parseProblemFilter(params);
  const list = h("div", { class: "app-problems" }, loading("Loading the queue…"));
  const sourceSelect = h("select", { class: "govuk-select", id: "problems-source", name: "source" }, h("option", { value: "" }, "Every source"));
  if (filter.source) sourceSelect.append(h("option", { value: filter.source, selected: true }, filter.source));
  const statusSelect = h(
    "select",
    { class: "govuk-select", id: "problems-status", name: "status" },
    h("option", { value: "ALL", selected: filter.status === null }, "Every status"),
    STATUSES.map(([value, label]) => h("option", { value, selected: filter.status === value }, label)),
  );
  const form = h(
    "form",
    { class: "app-filter-row", "aria-label": "Filter the queue" },
    h("div", { class: "govuk-form-group" }, h("label", { class: "govuk-label govuk-label--s", for: "problems-status" }, "Status"), statusSelect),
    h("div", { class: "govuk-form-group" }, h("label", { class: "govuk-label govuk-label--s", for: "problems-source" }, "Source"), sourceSelect),
    h("button", { class: "govuk-button govuk-button--secondary", type: "submit" }, "Show"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    ctx.go(problemsHref({ status: (statusSelect.value === "ALL" ? null : statusSelect.value) as ProblemStatus | null, source: sourceSelect.value || null }));
  });

  main.replaceChildren(
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, "Reported data problems"),
    h("p", { class: "govuk-body-l" }, "Facts that users flagged as wrong. Send each to the system that holds it, or close it with what you found."),
    form,
    list,
  );

  sources().then(
    (known: Source[]) => {
      if (!ctx.isCurrent()) return;
      for (const source of known) {
        if (source.name === filter.source) continue;
        sourceSelect.append(h("option", { value: source.name }, source.system ? `${source.name} (${source.system})` : source.name));
      }
    },
    () => {
      // The filter still works by the source already chosen; the list of names is only a convenience.
    },
  );

  let after: string | null = null;
  let shown = 0;
  const items = h("ol", { class: "app-problems__list" });
  // Added only while more wait: GOV.UK's button style would show a button with the hidden attribute.
  const more = h("button", { class: "govuk-button govuk-button--secondary", type: "button" }, "Show more");
  const count = h("p", { class: "govuk-body app-problems__count", role: "status" });

  function load(first: boolean): void {
    dataProblems(filter, after).then(
      (page) => {
        if (!ctx.isCurrent()) return;
        if (first) list.replaceChildren(count, items);
        page.problems.forEach((p) => items.append(problemItem(p)));
        shown += page.problems.length;
        count.textContent = page.totalCount === 0 ? "No problems match." : `Showing ${shown} of ${page.totalCount} ${page.totalCount === 1 ? "problem" : "problems"}.`;
        after = page.endCursor;
        if (page.hasNextPage) list.append(more);
        else more.remove();
      },
      (error: unknown) => {
        if (!ctx.isCurrent()) return;
        list.replaceChildren(errorSummary("The queue could not be loaded", messageOf(error)));
      },
    );
  }
  more.addEventListener("click", () => load(false));
  load(true);
}

/** Each status in its own GOV.UK tag colour; the tag's words say it too. */
const STATUS_TAGS: Record<ProblemStatus, string> = {
  OPEN: "govuk-tag--yellow",
  SENT_TO_SOURCE: "govuk-tag--blue",
  CORRECTED: "govuk-tag--green",
  NOT_A_PROBLEM: "govuk-tag--grey",
};

/** A GOV.UK summary list of the rows with a value (an empty one is left out). */
function summaryRows(rows: [string, Children][]): HTMLElement {
  const kept = rows.filter(([, value]) => value !== "" && value !== null);
  return h(
    "dl",
    { class: "govuk-summary-list govuk-summary-list--no-border app-problem__facts" },
    kept.map(([label, value]) =>
      h("div", { class: "govuk-summary-list__row" }, h("dt", { class: "govuk-summary-list__key" }, label), h("dd", { class: "govuk-summary-list__value" }, value))),
  );
}

function problemItem(problem: DataProblem): HTMLElement {
  const item = h("li", { class: "app-problem", "aria-labelledby": `problem-${problem.id}` });
  fill(item, problem);
  return item;
}

function fill(item: HTMLElement, problem: DataProblem): void {
  const heading = h(
    "h2",
    { class: "govuk-heading-s", id: `problem-${problem.id}` },
    `${problem.person?.name ?? "A person no longer in Family Context"}: ${FACT_KINDS[problem.factKind].toLowerCase()}`,
  );
  const facts = summaryRows(
    [
      ["Source", problem.source],
      ["Record", problem.sourceRecordId ?? "Not named"],
      ["Fact", problem.description],
      ["What is wrong", problem.note],
      ["Reported by", `${problem.reportedBy}${problem.reportedByTeam ? `, ${problem.reportedByTeam}` : ""}`],
      ["Reported", formatDate(problem.reportedAt)],
      ["Status", h("strong", { class: `govuk-tag ${STATUS_TAGS[problem.status]}` }, statusName(problem.status))],
      ["Resolved by", problem.resolvedBy ? `${problem.resolvedBy}, ${formatDate(problem.resolvedAt)}` : ""],
      ["Data manager's note", problem.resolutionNote ?? ""],
    ],
  );
  item.replaceChildren(heading, facts, problem.status === "CORRECTED" || problem.status === "NOT_A_PROBLEM" ? "" : resolveForm(item, problem));
}

function resolveForm(item: HTMLElement, problem: DataProblem): HTMLElement {
  const noteId = `resolve-${problem.id}-note`;
  const errorId = `resolve-${problem.id}-error`;
  const note = h("textarea", { class: "govuk-textarea", id: noteId, name: "note", rows: 2, maxlength: 2000 });
  // Put in the form only with a message: GOV.UK's error style would show an empty one.
  const error = h("p", { class: "govuk-error-message", id: errorId });
  const group = h(
    "div",
    { class: "govuk-form-group" },
    h("label", { class: "govuk-label govuk-label--s", for: noteId }, "Note", h("span", { class: "govuk-visually-hidden" }, ` on ${problem.description}`)),
    h("p", { class: "govuk-hint" }, "What you did, or why it is not a problem (needed for Not a problem)."),
    note,
  );
  const buttons = OUTCOMES.filter(([outcome]) => outcome !== problem.status).map(([outcome, label]) => {
    const button = h("button", { class: "govuk-button govuk-button--secondary app-button--small", type: "button" }, label);
    button.addEventListener("click", () => {
      const text = note.value.trim();
      if (outcome === "NOT_A_PROBLEM" && !text) {
        showError("Say why it is not a problem, for the user who reported it");
        return;
      }
      buttons.forEach((b) => (b.disabled = true));
      resolveDataProblem(problem.id, outcome, text || null).then(
        (resolved) => {
          fill(item, resolved);
          item.querySelector<HTMLElement>("h2")?.setAttribute("tabindex", "-1");
          item.querySelector<HTMLElement>("h2")?.focus();
        },
        (failure: unknown) => {
          buttons.forEach((b) => (b.disabled = false));
          showError(messageOf(failure).replace(/^(note|id): /, ""));
        },
      );
    });
    return button;
  });
  function showError(message: string): void {
    error.replaceChildren(h("span", { class: "govuk-visually-hidden" }, "Error: "), message);
    group.insertBefore(error, note);
    group.classList.add("govuk-form-group--error");
    note.setAttribute("aria-describedby", errorId);
    note.focus();
  }
  return h("div", { class: "app-problem__resolve" }, group, h("div", { class: "govuk-button-group" }, buttons));
}
