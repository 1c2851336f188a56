// GOV.UK Frontend pieces the person page builds.

import { h, type Children } from "../dom";

/** A GOV.UK summary list; rows without a value are left out, and no rows give no list at all. */
export function govukSummaryList(rows: [string, Children][], extraClass = ""): HTMLDListElement | null {
  const kept = rows.filter(([, value]) => !isEmpty(value));
  if (kept.length === 0) return null;
  return h(
    "dl",
    { class: `govuk-summary-list ${extraClass}`.trim() },
    kept.map(([label, value]) =>
      h(
        "div",
        { class: "govuk-summary-list__row" },
        h("dt", { class: "govuk-summary-list__key" }, label),
        h("dd", { class: "govuk-summary-list__value" }, value),
      ),
    ),
  );
}

function isEmpty(value: Children): boolean {
  if (Array.isArray(value)) return value.every(isEmpty);
  return value === null || value === undefined || value === false || (typeof value === "string" && value.trim() === "");
}

export type TagKind = "current" | "historic" | "none" | "not-applicable" | "inferred";

const TAG_COLOUR: Record<TagKind, string> = {
  current: "govuk-tag--green",
  historic: "govuk-tag--grey",
  none: "govuk-tag--blue",
  "not-applicable": "govuk-tag--grey",
  inferred: "govuk-tag--orange",
};

export function govukTag(text: string, kind: TagKind): HTMLElement {
  return h("strong", { class: `govuk-tag ${TAG_COLOUR[kind]}` }, text);
}

export function telLink(phone: string | null | undefined): HTMLElement | null {
  return phone ? h("a", { class: "govuk-link", href: `tel:${phone.replace(/[^\d+]/g, "")}` }, phone) : null;
}

export function mailLink(email: string | null | undefined): HTMLElement | null {
  return email ? h("a", { class: "govuk-link", href: `mailto:${email}` }, email) : null;
}
