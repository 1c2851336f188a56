// The involvement panel (issue 7; the prototype lessons): for one person, every service grouped and collapsed to a
// one-line summary (service, status tag, lead practitioner, since); opened, the lead practitioner's contact details
// in one place, the involvement's dates, reason and details, and what each source's extract covers. The network's
// summaries show at once; the full panel follows from the involvements query.

import type { AccessPurpose, Involvement, Practitioner } from "../api";
import { messageOf } from "../components";
import { h, type Children } from "../dom";
import { formatDate } from "../format";
import { addressValue } from "./header";
import { loadInvolvements, type CoverageStatus, type ServiceCoverage, type SourceCheck } from "./involvements";
import { govukSummaryList, govukTag, mailLink, telLink, type TagKind } from "./markup";
import type { NetworkMember, NetworkPerson } from "./network";
import { involvementRows, panelServices, shownInConference, sourceRows, STATUS_WORDS, summaryLine } from "./panel-summary";
import { problemLink } from "./slots";

const TAG_KIND: Record<CoverageStatus, TagKind> = {
  CURRENT: "current",
  HISTORIC: "historic",
  NONE_FOUND: "none",
  NOT_APPLICABLE: "not-applicable",
};

export interface PanelOptions {
  purpose: AccessPurpose;
  conference: boolean;
  /** The heading level inside the page: h2 in a tab, h3 beside the diagram. */
  headingLevel: "h2" | "h3";
  isCurrent(): boolean;
  /** A link that refocuses the page on this person; null for the focus person. */
  refocusHref: string | null;
}

export function involvementPanel(member: NetworkMember, options: PanelOptions): HTMLElement {
  const person = member.person;
  const body = h("div", { class: "involvement-panel__body" }, quickSummary(member, options.conference));
  const sub = options.headingLevel === "h2" ? "h3" : "h4";
  const panel = h(
    "section",
    { class: "involvement-panel", "aria-label": `Services for ${person.name}` },
    h(options.headingLevel, { class: "govuk-heading-m involvement-panel__name" }, person.name),
    member.distance > 0 ? h("p", { class: "govuk-body-s involvement-panel__relationship" }, relationshipLine(member)) : null,
    options.refocusHref
      ? h("p", { class: "govuk-body-s" }, h("a", { class: "govuk-link", href: options.refocusHref }, `Show the family around ${person.name}`))
      : null,
    // A relative's own facts: the focus person's are in the page header already.
    member.distance > 0 ? govukSummaryList([["Date of birth", formatDate(person.birthDate)], ["Address now", addressValue(person)]], "govuk-summary-list--no-border person-facts") : null,
    h(sub, { class: "govuk-heading-s" }, "Services"),
    body,
  );
  loadInvolvements(person.id, options.purpose).then(
    (services) => {
      if (!options.isCurrent() || !body.isConnected) return;
      if (!services) {
        body.replaceChildren(h("p", { class: "govuk-body" }, "This person's services could not be found. Their record may have been merged."));
        return;
      }
      body.replaceChildren(coverageList(person, panelServices(services, options.conference), options.conference));
    },
    (error: unknown) => {
      if (!options.isCurrent() || !body.isConnected) return;
      body.append(h("p", { class: "govuk-error-message", role: "alert" }, `Full service details could not be loaded. ${messageOf(error)}`));
    },
  );
  return panel;
}

function relationshipLine(member: NetworkMember): string {
  const age = member.person.age === null ? "" : member.person.deathDate ? `, died aged ${member.person.age}` : `, ${member.person.age}`;
  return `${member.relationshipToFocus}${age}`;
}

/** What the family network already says, shown while the full panel loads. */
function quickSummary(member: NetworkMember, conference: boolean): HTMLElement {
  const seen = new Map<string, Involvement>();
  for (const i of member.person.involvements) {
    if (shownInConference(i.service, conference) && !seen.has(i.service)) seen.set(i.service, i);
  }
  return h(
    "div",
    null,
    seen.size === 0
      ? h("p", { class: "govuk-body" }, "No service records this person.")
      : h(
          "ul",
          { class: "govuk-list service-quick" },
          [...seen.values()].map((i) => h("li", null, i.serviceName, " ", govukTag(STATUS_WORDS[i.status], TAG_KIND[i.status]))),
        ),
    h("p", { class: "govuk-hint", role: "status" }, "Checking every source…"),
  );
}

function coverageList(person: NetworkPerson, services: ServiceCoverage[], conference: boolean): HTMLElement {
  if (services.length === 0) return h("p", { class: "govuk-body" }, "No sources are loaded.");
  return h(
    "div",
    { class: "coverage-list" },
    conference ? h("p", { class: "govuk-hint" }, "Conference version: police and health services are left out.") : null,
    services.map((s) => serviceDetails(person, s)),
  );
}

function serviceDetails(person: NetworkPerson, coverage: ServiceCoverage): HTMLElement {
  const line = summaryLine(coverage);
  const summary = h(
    "summary",
    { class: "govuk-details__summary service-summary" },
    h(
      "span",
      { class: "govuk-details__summary-text service-summary__text" },
      h("span", { class: "service-summary__name" }, line.service),
      " ",
      govukTag(line.status, TAG_KIND[coverage.status]),
      line.lead ? h("span", { class: "service-summary__lead" }, line.lead) : null,
      line.since ? h("span", { class: "service-summary__since" }, line.since) : null,
    ),
  );
  return h(
    "details",
    { class: `govuk-details service service--${coverage.status.toLowerCase().replace("_", "-")}` },
    summary,
    h(
      "div",
      { class: "govuk-details__text" },
      leadBlock(coverage.leadPractitioner),
      coverage.sources.map((check) => sourceBlock(person, check, coverage.sources.length > 1, coverage.leadPractitioner?.name ?? null)),
    ),
  );
}

function leadBlock(lead: Practitioner | null): HTMLElement | null {
  if (!lead) return null;
  const list = govukSummaryList([
    ["Lead practitioner", lead.name],
    ["Role", lead.role],
    ["Phone", telLink(lead.phone)],
    ["Email", mailLink(lead.email)],
  ]);
  return list ? h("div", { class: "lead-practitioner" }, list) : null;
}

function sourceBlock(person: NetworkPerson, check: SourceCheck, several: boolean, shownLead: string | null): HTMLElement {
  const s = check.source;
  const children: Children[] = [];
  // Two systems of one service can say different things: each speaks under its own name.
  if (several) children.push(h("p", { class: "govuk-body govuk-!-font-weight-bold source-name" }, `${s.system ?? s.name} says: ${STATUS_WORDS[check.status]}`));
  for (const i of check.involvements) children.push(involvementBlock(person, i, shownLead));
  if (check.status === "NONE_FOUND" && check.noneFoundMeans) children.push(h("p", { class: "govuk-body none-found" }, check.noneFoundMeans));
  if (check.status === "NOT_APPLICABLE" && check.notApplicableBecause) children.push(h("p", { class: "govuk-body" }, check.notApplicableBecause));
  children.push(
    govukSummaryList(
      [["Source", s.system ? `${s.system} (${s.name})` : s.name], ...sourceRows(s)],
      "govuk-summary-list--no-border source-facts",
    ),
  );
  if (s.stale) children.push(h("p", { class: "govuk-body-s" }, govukTag("May be out of date", "inferred"), " Check with the service before relying on it."));
  return h("div", { class: "source-check" }, children);
}

function involvementBlock(person: NetworkPerson, i: Involvement, shownLead: string | null): HTMLElement {
  const rows = involvementRows(i);
  // The service's lead is already shown at the top: contact details in one place, not repeated per record.
  const lead = i.leadPractitioner && i.leadPractitioner.name !== shownLead ? i.leadPractitioner : null;
  const leadRows = lead
    ? govukSummaryList([
        ["Practitioner", [lead.name, lead.role].filter(Boolean).join(", ")],
        ["Phone", telLink(lead.phone)],
        ["Email", mailLink(lead.email)],
      ])
    : null;
  // Everything but the source withheld (an FGC coordinator on a sensitive service): say so rather than show nothing.
  const withheld = rows.length <= 1 && !i.leadPractitioner;
  return h(
    "div",
    { class: `involvement involvement--${i.status.toLowerCase()}` },
    h("p", { class: "govuk-body involvement__status" }, govukTag(STATUS_WORDS[i.status], TAG_KIND[i.status]), " ", i.serviceName),
    withheld ? h("p", { class: "govuk-body" }, "Involved. No further details are shown to your role.") : null,
    govukSummaryList(rows),
    leadRows,
    problemLink(person, "INVOLVEMENT", i.source, `${i.serviceName} involvement${i.startDate ? ` from ${formatDate(i.startDate)}` : ""}`),
  );
}
