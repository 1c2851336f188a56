// Sources and freshness (#/sources), for data managers and auditors: every loaded source, the system and service
// it comes from, how current its data is (with a warning when it may have changed since), how far back it looks,
// the area and ages it covers, and when Family Context last loaded it.

import { errorSummary, loading, messageOf } from "../components";
import { serviceName } from "../cohort/filter";
import { h } from "../dom";
import { formatDate } from "../format";
import { sourcesAndFreshness, type SourceFreshness } from "./api";
import { freshness, looksBack } from "./freshness";

export function renderSources(main: HTMLElement, ctx: { isCurrent: () => boolean }): void {
  document.title = "Sources and freshness – Family Context";
  const body = h("div", null, loading("Loading sources…"));
  main.replaceChildren(
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, "Sources and freshness"),
    h(
      "p",
      { class: "govuk-body-l" },
      "Every system Family Context is built from, and how current its data is. What a source says may have changed since its data was taken.",
    ),
    body,
  );
  sourcesAndFreshness().then(
    (list) => {
      if (!ctx.isCurrent()) return;
      body.replaceChildren(list.length === 0 ? h("p", { class: "govuk-body" }, "No sources are loaded.") : sourcesTable(list));
    },
    (error: unknown) => {
      if (ctx.isCurrent()) body.replaceChildren(errorSummary("Sources could not be loaded", messageOf(error)));
    },
  );
}

function sourcesTable(list: SourceFreshness[]): HTMLElement {
  const stale = list.filter((s) => s.stale).length;
  return h(
    "div",
    null,
    stale > 0
      ? h(
          "div",
          { class: "govuk-warning-text" },
          h("span", { class: "govuk-warning-text__icon", "aria-hidden": "true" }, "!"),
          h(
            "strong",
            { class: "govuk-warning-text__text" },
            h("span", { class: "govuk-visually-hidden" }, "Warning"),
            `${stale} of ${list.length} sources ${stale === 1 ? "is" : "are"} out of date or undated. Check what they say with the service before relying on it.`,
          ),
        )
      : null,
    h(
      "table",
      { class: "govuk-table app-table--small app-sources" },
      h("caption", { class: "govuk-table__caption govuk-table__caption--m" }, `${list.length} ${list.length === 1 ? "source" : "sources"}`),
      h(
        "thead",
        null,
        h(
          "tr",
          null,
          ["System", "Service", "Data current as of", "Looks back", "Area covered", "Last load"].map((heading) => h("th", { scope: "col" }, heading)),
        ),
      ),
      h("tbody", null, list.map(sourceRow)),
    ),
  );
}

function sourceRow(source: SourceFreshness): HTMLElement {
  const fresh = freshness(source);
  return h(
    "tr",
    { class: source.stale ? "app-sources__row--stale" : null },
    h("th", { scope: "row" }, source.system ?? source.name, h("span", { class: "app-sources__name" }, source.name)),
    h("td", null, source.service ? serviceName(source.service) : "Practitioner records"),
    h(
      "td",
      null,
      h("span", { class: "app-sources__date" }, fresh.asOf),
      fresh.age ? h("span", { class: "app-sources__age" }, fresh.age) : null,
      fresh.warning ? h("strong", { class: "govuk-tag govuk-tag--orange app-sources__tag" }, fresh.warning) : null,
    ),
    h("td", null, looksBack(source)),
    h("td", null, source.areaCovered ?? "Not known", h("span", { class: "app-sources__ages" }, `For ${source.agesCovered}`)),
    h("td", null, formatDate(source.loadedAt) || "Not loaded"),
  );
}
