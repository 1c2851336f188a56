// The top of the person page: who they are (name, age, date of birth, sex), where they live now (every source's
// version when sources disagree), their identifiers and the systems that hold them.

import type { AccessPurpose } from "../api";
import { h, type Children } from "../dom";
import { formatDate, unique } from "../format";
import { currentAddresses } from "./addresses";
import { govukSummaryList, govukTag } from "./markup";
import type { NetworkPerson } from "./network";
import { problemLink } from "./slots";
import { purposeLabel } from "./purpose";

const SEX: Record<NetworkPerson["sex"], string> = { FEMALE: "Female", MALE: "Male", OTHER: "Other", UNKNOWN: "" };

export function personHeader(person: NetworkPerson, purpose: AccessPurpose): HTMLElement {
  return h(
    "div",
    { class: "person-header" },
    h("span", { class: "govuk-caption-l" }, "Family of"),
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, person.name),
    govukSummaryList(headerRows(person), "govuk-summary-list--no-border person-header__facts"),
    h("p", { class: "govuk-hint" }, `Opened for: ${purposeLabel(purpose)}`),
  );
}

function headerRows(person: NetworkPerson): [string, Children][] {
  const age = person.age === null ? "" : person.deathDate ? `Died aged ${person.age}` : String(person.age);
  return [
    ["Age", age],
    ["Date of birth", formatDate(person.birthDate) || "Not known"],
    ["Died", formatDate(person.deathDate)],
    ["Sex", SEX[person.sex]],
    ["Address now", addressValue(person)],
    ["NHS number", unique(person.records.flatMap((r) => (r.nhsNumber ? [r.nhsNumber] : []))).join(", ")],
    ["UPN", unique(person.records.flatMap((r) => (r.upn ? [r.upn] : []))).join(", ")],
    ["Case ID", unique(person.records.flatMap((r) => (r.caseId ? [`${r.caseId} (${r.source})`] : []))).join(", ")],
    ["Held by", unique(person.records.map((r) => r.source)).sort().join(", ")],
  ];
}

/** Where the person lives now; when sources disagree, each version with its sources. */
export function addressValue(person: NetworkPerson): Children {
  const list = currentAddresses(person.addresses);
  if (list.length === 0) return "Not known";
  const line = (a: (typeof list)[number]) => [
    h("span", { class: "address__text" }, a.text),
    h("span", { class: "govuk-hint address__source" }, ` (${a.sources.join(", ")}${a.since ? `, since ${formatDate(a.since)}` : ""})`),
    problemLink(person, "ADDRESS", a.sources[0]!, `Address ${a.text} (held by ${a.sources.join(", ")})`),
  ];
  if (list.length === 1) return line(list[0]!);
  return [
    govukTag("Sources disagree", "inferred"),
    h("ul", { class: "govuk-list address-conflict" }, list.map((a) => h("li", null, line(a)))),
  ];
}
