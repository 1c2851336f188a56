// Confirm or reject a pair, with a reason: both are required, and each missing one is named in an error summary
// and beside its field, the GOV.UK way. The reason is kept with the decision for whoever looks at it later.

import { messageOf } from "../components";
import { h } from "../dom";
import type { Decision } from "./api";

const CHOICES: readonly [Decision, string, string][] = [
  ["confirm", "They are one person", "Confirm the match: the records are joined whatever any model says."],
  ["reject", "They are different people", "Reject the match: the records are never joined directly."],
];

export function decisionForm(onDecide: (decision: Decision, reason: string) => Promise<void>): HTMLElement {
  const decisionGroup = h(
    "div",
    { class: "govuk-form-group" },
    h(
      "fieldset",
      { class: "govuk-fieldset", id: "decision", "aria-describedby": "decision-hint" },
      h("legend", { class: "govuk-fieldset__legend govuk-fieldset__legend--s" }, "Are these two records one person?"),
      h("div", { class: "govuk-hint", id: "decision-hint" }, "Look at the fields that differ before you decide."),
      h(
        "div",
        { class: "govuk-radios" },
        CHOICES.map(([value, label, hint]) =>
          h(
            "div",
            { class: "govuk-radios__item" },
            h("input", { class: "govuk-radios__input", type: "radio", name: "decision", id: `decision-${value}`, value, "aria-describedby": `decision-${value}-hint` }),
            h("label", { class: "govuk-label govuk-radios__label", for: `decision-${value}` }, label),
            h("div", { class: "govuk-hint govuk-radios__hint", id: `decision-${value}-hint` }, hint),
          ),
        ),
      ),
    ),
  );
  const reason = h("textarea", { class: "govuk-textarea", id: "reason", name: "reason", rows: 3, "aria-describedby": "reason-hint" });
  const reasonGroup = h(
    "div",
    { class: "govuk-form-group" },
    h("label", { class: "govuk-label govuk-label--s", for: "reason" }, "Why"),
    h("div", { class: "govuk-hint", id: "reason-hint" }, "What your decision rests on, for whoever looks at it later. For example: same NHS number on both; the birth dates differ by a typing slip."),
    reason,
  );
  const problems = h("div");
  const button = h("button", { class: "govuk-button", type: "submit" }, "Save decision");
  const form = h(
    "form",
    { class: "app-decision", novalidate: true, "aria-labelledby": "decision-heading" },
    h("h3", { class: "govuk-heading-m", id: "decision-heading" }, "Your decision"),
    problems,
    decisionGroup,
    reasonGroup,
    button,
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const chosen = form.querySelector<HTMLInputElement>('input[name="decision"]:checked')?.value as Decision | undefined;
    const why = reason.value.trim();
    const errors: [string, HTMLElement, string][] = [];
    if (!chosen) errors.push(["decision-confirm", decisionGroup, "Choose whether the records are one person"]);
    if (!why) errors.push(["reason", reasonGroup, "Say why you decided"]);
    showErrors(problems, [decisionGroup, reasonGroup], errors);
    if (errors.length > 0) return;
    button.disabled = true;
    onDecide(chosen!, why).catch((error: unknown) => {
      button.disabled = false;
      showErrors(problems, [decisionGroup, reasonGroup], [], `The decision was not saved. ${messageOf(error)}`);
    });
  });
  return form;
}

function showErrors(summary: HTMLElement, groups: HTMLElement[], errors: [string, HTMLElement, string][], failure?: string): void {
  for (const group of groups) {
    group.classList.remove("govuk-form-group--error");
    group.querySelector(".govuk-error-message")?.remove();
    group.querySelector(".govuk-textarea")?.classList.remove("govuk-textarea--error");
  }
  if (errors.length === 0 && !failure) {
    summary.replaceChildren();
    return;
  }
  for (const [, group, message] of errors) {
    group.classList.add("govuk-form-group--error");
    const anchor = group.querySelector(".govuk-radios, .govuk-textarea");
    anchor?.before(h("p", { class: "govuk-error-message" }, h("span", { class: "govuk-visually-hidden" }, "Error: "), message));
    group.querySelector(".govuk-textarea")?.classList.add("govuk-textarea--error");
  }
  const box = h(
    "div",
    { class: "govuk-error-summary", tabindex: -1 },
    h(
      "div",
      { role: "alert" },
      h("h2", { class: "govuk-error-summary__title" }, "There is a problem"),
      h(
        "div",
        { class: "govuk-error-summary__body" },
        failure
          ? h("p", { class: "govuk-body" }, failure)
          : h("ul", { class: "govuk-list govuk-error-summary__list" }, errors.map(([id, , message]) => h("li", null, h("a", { href: `#${id}` }, message)))),
      ),
    ),
  );
  summary.replaceChildren(box);
  box.focus();
  // The links name fields by id; following one as a link would change the page's route.
  box.querySelectorAll<HTMLAnchorElement>("a").forEach((a) =>
    a.addEventListener("click", (event) => {
      event.preventDefault();
      document.getElementById(a.getAttribute("href")!.slice(1))?.focus();
    }),
  );
}
