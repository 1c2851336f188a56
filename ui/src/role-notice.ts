// The page for a role that has no view of its own here yet (data manager, auditor), or no role at all: what the
// user can do, and where, instead of a search they would be refused.

import type { SignedInUser } from "./api";
import { sourcesSection } from "./components";
import { append, h } from "./dom";
import { ROLE_NAMES } from "./roles";

const WHAT_THEY_CAN_DO: Record<string, () => HTMLElement[]> = {
  DATA_MANAGER: () => [
    h("p", null, "As a data manager you load sources and decide which records are the same person."),
    h(
      "ul",
      { class: "govuk-list govuk-list--bullet" },
      h("li", null, "Review the pairs waiting for a decision with ", h("code", null, "./family-context review list"),
        ", and confirm, reject or split with the other ", h("code", null, "review"), " commands."),
      h("li", null, "Or use the GraphQL API: ", h("code", null, "reviewQueue"), ", ", h("code", null, "confirmMatch"), ", ",
        h("code", null, "rejectMatch"), " and ", h("code", null, "splitPerson"), "."),
      h("li", null, h("a", { class: "link", href: "#/problems" }, "Work the queue of data problems users reported"), "."),
    ),
  ],
  AUDITOR: () => [
    h("p", null, "As an auditor you check who looked at what, and why. You do not see anyone's records."),
    h(
      "ul",
      { class: "govuk-list govuk-list--bullet" },
      h("li", null, "Read the audit trail through the GraphQL API: ", h("code", null, "auditEvents"), ", ",
        h("code", null, "unusualAccess"), " and ", h("code", null, "auditChainStatus"), "."),
      h("li", null, "Check that no one has changed the trail with ", h("code", null, "./family-context audit verify"), "."),
      h("li", null, h("a", { class: "link", href: "#/usage" }, "See how the service is used"), ": sign-ins, searches and person views per day and team."),
    ),
  ],
};

const WITH_SOURCES = ["DATA_MANAGER", "AUDITOR"];

export function renderRoleNotice(main: HTMLElement, user: SignedInUser): void {
  document.title = "What you can do – Family Context";
  const known = user.roles.filter((r) => WHAT_THEY_CAN_DO[r]);
  main.replaceChildren();
  append(main, [
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, "What you can do in Family Context"),
    h(
      "p",
      { class: "govuk-body-l" },
      user.roles.length === 0
        ? `You are signed in as ${user.username}, with no Family Context role.`
        : `You are signed in as ${user.username} (${user.roles.map((r) => ROLE_NAMES[r] ?? r).join(", ")}).`,
    ),
    known.length === 0
      ? h("p", null, "Your account has no role that can use these pages. If you need one, ask your manager to request it from IT.")
      : [
          known.flatMap((r) => WHAT_THEY_CAN_DO[r]!()),
          h("p", null, "Searching for people and opening their families are for practitioners; family cohorts are for analysts."),
        ],
    h("p", null, "The roles and what each may see are in docs/security.md."),
    user.roles.some((r) => WITH_SOURCES.includes(r)) ? sourcesSection() : null,
  ]);
}
