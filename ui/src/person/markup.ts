// GOV.UK Frontend pieces the person page builds (govuk-* class names; the older unprefixed names beside them keep
// the page styled until the GOV.UK stylesheet replaces app.css).

import { h, type Children } from "../dom";

/** A GOV.UK summary list; rows without a value are left out, and no rows give no list at all. */
export function govukSummaryList(rows: [string, Children][], extraClass = ""): HTMLDListElement | null {
  const kept = rows.filter(([, value]) => !isEmpty(value));
  if (kept.length === 0) return null;
  return h(
    "dl",
    { class: `govuk-summary-list summary ${extraClass}`.trim() },
    kept.map(([label, value]) =>
      h(
        "div",
        { class: "govuk-summary-list__row summary__row" },
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
  current: "govuk-tag--green tag--current",
  historic: "govuk-tag--grey tag--historic",
  none: "govuk-tag--blue tag--no-data",
  "not-applicable": "govuk-tag--grey tag--historic",
  inferred: "govuk-tag--yellow tag--inferred",
};

export function govukTag(text: string, kind: TagKind): HTMLElement {
  return h("strong", { class: `govuk-tag tag ${TAG_COLOUR[kind]}` }, text);
}

export function telLink(phone: string | null | undefined): HTMLElement | null {
  return phone ? h("a", { class: "govuk-link link", href: `tel:${phone.replace(/[^\d+]/g, "")}` }, phone) : null;
}

export function mailLink(email: string | null | undefined): HTMLElement | null {
  return email ? h("a", { class: "govuk-link link", href: `mailto:${email}` }, email) : null;
}
