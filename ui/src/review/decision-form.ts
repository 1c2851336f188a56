// Confirm or reject a pair, with a reason: the reason is required (named in an error summary and beside its field,
// the GOV.UK way) and is kept with the decision for whoever looks at it later. One button for each decision, each
// saying what it does.

import { messageOf } from "../components";
import { h } from "../dom";
import type { Decision } from "./api";

export function decisionForm(onDecide: (decision: Decision, reason: string) => Promise<void>): HTMLElement {
  const reason = h("textarea", { class: "govuk-textarea", id: "reason", name: "reason", rows: 3, "aria-describedby": "reason-hint" });
  const reasonGroup = h(
    "div",
    { class: "govuk-form-group" },
    h("label", { class: "govuk-label govuk-label--s", for: "reason" }, "Why"),
    h(
      "div",
      { class: "govuk-hint", id: "reason-hint" },
      "What your decision rests on, for whoever looks at it later. For example: same NHS number on both; the birth dates differ by a typing slip.",
    ),
    reason,
  );
  const problems = h("div");
  const confirm = h("button", { class: "govuk-button", type: "submit", value: "confirm" }, "Confirm: they are one person");
  const reject = h("button", { class: "govuk-button govuk-button--warning", type: "submit", value: "reject" }, "Reject: they are different people");
  const form = h(
    "form",
    { class: "app-decision", novalidate: true, "aria-labelledby": "decision-heading" },
    h("h3", { class: "govuk-heading-m", id: "decision-heading" }, "Your decision"),
    h(
      "p",
      { class: "govuk-body" },
      "Confirming joins the two records whatever any model says; rejecting means they are never joined directly. Look at the fields that differ first.",
    ),
    problems,
    reasonGroup,
    h("div", { class: "govuk-button-group" }, confirm, reject),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const decision = ((event as SubmitEvent).submitter as HTMLButtonElement | null)?.value === "reject" ? "reject" : "confirm";
    const why = reason.value.trim();
    if (!why) {
      showProblem(problems, reasonGroup, `Say why you ${decision === "confirm" ? "are confirming" : "are rejecting"} the match`, true);
      return;
    }
    showProblem(problems, reasonGroup, null, false);
    confirm.disabled = true;
    reject.disabled = true;
    onDecide(decision, why).catch((error: unknown) => {
      confirm.disabled = false;
      reject.disabled = false;
      showProblem(problems, reasonGroup, `The decision was not saved. ${messageOf(error)}`, false);
    });
  });
  return form;
}

/** A problem in an error summary, and beside the reason when it is about the reason; null clears both. */
function showProblem(summary: HTMLElement, field: HTMLElement, message: string | null, aboutReason: boolean): void {
  field.classList.remove("govuk-form-group--error");
  field.querySelector(".govuk-error-message")?.remove();
  field.querySelector(".govuk-textarea")?.classList.remove("govuk-textarea--error");
  if (message === null) {
    summary.replaceChildren();
    return;
  }
  if (aboutReason) {
    field.classList.add("govuk-form-group--error");
    const textarea = field.querySelector(".govuk-textarea")!;
    textarea.before(h("p", { class: "govuk-error-message" }, h("span", { class: "govuk-visually-hidden" }, "Error: "), message));
    textarea.classList.add("govuk-textarea--error");
  }
  const link = h("a", { href: "#reason" }, message);
  // The link names the field by id; following it as a link would change the page's route.
  link.addEventListener("click", (event) => {
    event.preventDefault();
    document.getElementById("reason")?.focus();
  });
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
        aboutReason ? h("ul", { class: "govuk-list govuk-error-summary__list" }, h("li", null, link)) : h("p", { class: "govuk-body" }, message),
      ),
    ),
  );
  summary.replaceChildren(box);
  box.focus();
}
