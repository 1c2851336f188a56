// Every tie between the people shown, as the sources record it (with dates, source and, for an inferred tie, how
// sure): where the diagram simplifies, this says exactly who recorded what.

import type { FamilyTie } from "../api";
import { h } from "../dom";
import { formatDate } from "../format";

const TIE_WORDS: Record<FamilyTie["type"], string> = {
  PARENT_OF: "parent of",
  PARTNER_OF: "partner of",
  SIBLING_OF: "sibling of",
  RELATIVE_OF: "relative of",
  SIGNIFICANT_OTHER_OF: "significant to",
};

export function tiesTable(list: FamilyTie[], names: Map<string, string>): HTMLElement {
  const name = (id: string) => names.get(id) ?? `Person ${id}`;
  const when = (t: FamilyTie) => {
    if (t.from && t.to) return `${formatDate(t.from)} to ${formatDate(t.to)}`;
    if (t.from) return `Since ${formatDate(t.from)}`;
    if (t.to) return `Until ${formatDate(t.to)}`;
    return "";
  };
  return h(
    "section",
    { class: "ties", "aria-labelledby": "ties-heading" },
    h("h3", { class: "govuk-heading-m", id: "ties-heading" }, "Relationships as the sources record them"),
    list.length === 0
      ? h("p", null, "No relationships are recorded.")
      : h(
          "table",
          { class: "govuk-table" },
          h(
            "thead",
            null,
            h("tr", null, h("th", { scope: "col" }, "Relationship"), h("th", { scope: "col" }, "When"), h("th", { scope: "col" }, "Source")),
          ),
          h(
            "tbody",
            null,
            list.map((t) =>
              h(
                "tr",
                { class: t.inferred ? "tie--inferred" : null },
                h(
                  "td",
                  null,
                  h("strong", null, name(t.fromPersonId)),
                  ` is ${t.kind && t.kind.toLowerCase() !== "unknown" ? `${t.kind} ` : ""}${TIE_WORDS[t.type] ?? t.type.toLowerCase()} `,
                  h("strong", null, name(t.toPersonId)),
                  t.inferred
                    ? h(
                        "span",
                        { class: "" },
                        t.confidence !== null ? `Inferred, ${Math.round(t.confidence * 100)}% sure – not confirmed` : "Inferred – not confirmed",
                      )
                    : null,
                ),
                h("td", null, when(t)),
                h("td", null, t.source),
              ),
            ),
          ),
        ),
  );
}
