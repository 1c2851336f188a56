// Pieces shared by the views.

import { ApiError, sources, type Involvement } from "./api";
import { h } from "./dom";
import { formatDate } from "./format";

export function loading(text = "Loading…"): HTMLElement {
  return h("p", { class: "app-loading", role: "status" }, text);
}

export function errorSummary(title: string, message: string): HTMLElement {
  return h(
    "div",
    { class: "govuk-error-summary", role: "alert", tabindex: -1 },
    h("h2", { class: "govuk-error-summary__title" }, title),
    h("p", null, message),
  );
}

export function messageOf(error: unknown): string {
  if (error instanceof ApiError) return error.message;
  console.error(error);
  return "Something went wrong on this page. Try again.";
}

export function statusTag(involvement: Pick<Involvement, "serviceName" | "status">): HTMLElement {
  const current = involvement.status === "CURRENT";
  return h(
    "strong",
    { class: `govuk-tag ${current ? "govuk-tag--blue" : "govuk-tag--grey"}` },
    involvement.serviceName,
    h("span", { class: "tag__status" }, current ? "Current" : "Historic"),
  );
}

/** Service badges, one per service and status, current first (the API sends them in that order). */
export function serviceTags(involvements: Involvement[]): HTMLElement {
  const seen = new Set<string>();
  const kept = involvements.filter((i) => {
    const key = `${i.serviceName}\u0000${i.status}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  if (kept.length === 0) return h("p", { class: "govuk-hint" }, "No services recorded");
  return h("ul", { class: "tags", "aria-label": "Services" }, kept.map((i) => h("li", null, statusTag(i))));
}

/** "Sources and freshness": which extracts the page is built from and how current they are. */
export function sourcesSection(): HTMLElement {
  const body = h("div", null, loading("Loading sources…"));
  const section = h(
    "section",
    { class: "sources", "aria-labelledby": "sources-heading" },
    h("h2", { id: "sources-heading", class: "govuk-heading-m" }, "Sources and freshness"),
    body,
  );
  sources().then(
    (list) => {
      body.replaceChildren(
        list.length === 0
          ? h("p", null, "No sources are loaded.")
          : h(
              "table",
              { class: "govuk-table app-table--small" },
              h(
                "thead",
                null,
                h("tr", null, h("th", { scope: "col" }, "Source"), h("th", { scope: "col" }, "System"),
                  h("th", { scope: "col" }, "Data current as of"), h("th", { scope: "col" }, "Area covered")),
              ),
              h(
                "tbody",
                null,
                list.map((s) =>
                  h("tr", null, h("td", null, s.name), h("td", null, s.system ?? ""),
                    h("td", null, formatDate(s.dataCurrentAsOf) || "Not known"), h("td", null, s.areaCovered ?? "")),
                ),
              ),
            ),
      );
    },
    (error: unknown) => body.replaceChildren(h("p", { class: "govuk-hint" }, `Sources could not be loaded. ${messageOf(error)}`)),
  );
  return section;
}
