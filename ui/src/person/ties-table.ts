// Every tie between the people shown, as the sources record it (with dates, source and, for an inferred tie, how
// sure): where the diagram simplifies, this says exactly who recorded what.

import type { FamilyTie } from "../api";
import { h } from "../dom";
import { formatDate } from "../format";
import type { NetworkPerson, NetworkTie } from "./network";
import { govukTag } from "./markup";
import { problemLink } from "./slots";

const TIE_WORDS: Record<FamilyTie["type"], string> = {
  PARENT_OF: "parent of",
  PARTNER_OF: "partner of",
  SIBLING_OF: "sibling of",
  RELATIVE_OF: "relative of",
  SIGNIFICANT_OTHER_OF: "significant to",
};

export function tiesTable(list: NetworkTie[], people: Map<string, NetworkPerson>): HTMLElement {
  const name = (id: string) => people.get(id)?.name ?? `Person ${id}`;
  // A recorded tie can be reported as wrong to the source that holds it (an inferred or derived one has no owner).
  const report = (t: NetworkTie) => {
    const from = people.get(t.fromPersonId);
    return from && !t.inferred && !t.derived ? problemLink(from, "RELATIONSHIP", t.source, `${name(t.fromPersonId)} ${TIE_WORDS[t.type] ?? t.type} ${name(t.toPersonId)}`) : null;
  };
  const when = (t: NetworkTie) => {
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
                  ` is ${t.kind && t.kind.toLowerCase() !== "unknown" ? `${t.kind.replaceAll("_", " ")} ` : ""}${TIE_WORDS[t.type] ?? t.type.toLowerCase()} `,
                  h("strong", null, name(t.toPersonId)),
                  t.inferred ? [" ", govukTag(`Inferred, ${Math.round(t.confidence * 100)}% sure – not confirmed`, "inferred")] : null,
                  t.basis ? h("span", { class: "govuk-hint" }, ` (${t.basis})`) : null,
                ),
                h("td", null, when(t)),
                h("td", null, t.source, report(t)),
              ),
            ),
          ),
        ),
  );
}
