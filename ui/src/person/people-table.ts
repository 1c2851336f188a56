// The "People" tab: a table with the same people as the diagram, for anyone who cannot or would rather not read a
// diagram (issue 7, accessibility), with a link to refocus the page on each person.

import { h } from "../dom";
import { formatDate } from "../format";
import { govukTag } from "./markup";
import type { PersonRow } from "./people-rows";

export function peopleTable(rows: PersonRow[], focusName: string, asOf: string, refocusHref: (id: string) => string, onSelect: (id: string) => void): HTMLElement {
  const services = (names: string[]) => (names.length ? names.join(", ") : "None");
  return h(
    "table",
    { class: "govuk-table people-table" },
    h("caption", { class: "govuk-table__caption govuk-table__caption--m" }, `${rows.length} ${rows.length === 1 ? "person" : "people"} in ${focusName}’s family as drawn`),
    h(
      "thead",
      { class: "govuk-table__head" },
      h(
        "tr",
        { class: "govuk-table__row" },
        ["Name", `Relationship to ${focusName}`, "Age", asOf ? `Lived with ${focusName} on ${formatDate(asOf)}` : `Lives with ${focusName} now`, "Services now", "Services before", "Recorded or possible", ""].map((t) =>
          h("th", { scope: "col", class: "govuk-table__header" }, t ? t : h("span", { class: "govuk-visually-hidden" }, "Actions")),
        ),
      ),
    ),
    h(
      "tbody",
      { class: "govuk-table__body" },
      rows.map((r) => {
        const select = h("button", { type: "button", class: "govuk-button govuk-button--secondary app-button--small people-table__select" }, "Services", h("span", { class: "govuk-visually-hidden" }, ` of ${r.name}`));
        select.addEventListener("click", () => onSelect(r.id));
        return h(
          "tr",
          { class: `govuk-table__row${r.inferred ? " people-table__row--inferred" : ""}`, "data-person-id": r.id },
          h("th", { scope: "row", class: "govuk-table__header" }, r.name),
          h("td", { class: "govuk-table__cell" }, r.relationship),
          h("td", { class: "govuk-table__cell" }, r.age || "Not known"),
          h("td", { class: "govuk-table__cell" }, r.livesWithChild),
          h("td", { class: "govuk-table__cell" }, services(r.current)),
          h("td", { class: "govuk-table__cell" }, services(r.historic)),
          h("td", { class: "govuk-table__cell" }, r.inferred ? govukTag(r.inferred, "inferred") : "Recorded"),
          h(
            "td",
            { class: "govuk-table__cell people-table__actions" },
            select,
            r.isFocus ? null : h("a", { class: "govuk-link", href: refocusHref(r.id) }, "Show their family", h("span", { class: "govuk-visually-hidden" }, ` (${r.name})`)),
          ),
        );
      }),
    ),
  );
}
