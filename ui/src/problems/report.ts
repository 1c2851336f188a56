// "Report a problem" beside a fact on the person page: a disclosure (details element) that opens a short form with
// a note, sends reportDataProblem and confirms that the report went to the data managers' queue. The person page
// places it next to each fact; the source and record it names are what let the data managers reach the system that
// owns the fact.

import { ApiError } from "../api";
import { h } from "../dom";
import { reportDataProblem, type FactKind } from "./api";

export interface ReportedFact {
  personId: string;
  factKind: FactKind;
  source: string;
  sourceRecordId?: string;
  description: string;
}

export const SENT = "Sent to the data managers' queue";
const MAX_NOTE = 2000;
let forms = 0;

export function reportProblemLink(fact: ReportedFact): HTMLElement {
  const id = `report-problem-${++forms}`;
  const noteId = `${id}-note`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const note = h("textarea", {
    class: "govuk-textarea",
    id: noteId,
    name: "note",
    rows: 3,
    maxlength: MAX_NOTE,
    "aria-describedby": hintId,
  });
  // Put in the form only with a message: GOV.UK's error style would show an empty one.
  const error = h("p", { class: "govuk-error-message", id: errorId });
  const group = h(
    "div",
    { class: "govuk-form-group" },
    h("label", { class: "govuk-label govuk-label--s", for: noteId }, "What is wrong?"),
    h("p", { class: "govuk-hint", id: hintId }, `About: ${fact.description} (from ${fact.source}${fact.sourceRecordId ? `, record ${fact.sourceRecordId}` : ""}).`),
    note,
  );
  const send = h("button", { class: "govuk-button app-button--small", type: "submit" }, "Send to the data managers");
  const status = h("p", { class: "govuk-body app-report-problem__status", role: "status" });
  const form = h("form", { class: "app-report-problem__form", novalidate: true }, group, send);
  const details = h(
    "details",
    { class: "govuk-details app-report-problem" },
    h(
      "summary",
      { class: "govuk-details__summary" },
      h("span", { class: "govuk-details__summary-text" }, "Report a problem", h("span", { class: "govuk-visually-hidden" }, ` with ${fact.description}`)),
    ),
    h("div", { class: "govuk-details__text" }, form, status),
  );

  function showError(message: string): void {
    error.replaceChildren(h("span", { class: "govuk-visually-hidden" }, "Error: "), message);
    group.insertBefore(error, note);
    group.classList.add("govuk-form-group--error");
    note.setAttribute("aria-describedby", `${hintId} ${errorId}`);
    note.setAttribute("aria-invalid", "true");
    note.focus();
  }

  function clearError(): void {
    error.remove();
    group.classList.remove("govuk-form-group--error");
    note.setAttribute("aria-describedby", hintId);
    note.removeAttribute("aria-invalid");
  }

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const text = note.value.trim();
    if (!text) {
      showError("Say what is wrong with this fact");
      return;
    }
    clearError();
    send.disabled = true;
    status.textContent = "Sending…";
    reportDataProblem({
      personId: fact.personId,
      factKind: fact.factKind,
      source: fact.source,
      ...(fact.sourceRecordId ? { sourceRecordId: fact.sourceRecordId } : {}),
      description: fact.description,
      note: text,
    }).then(
      () => {
        form.remove();
        status.replaceChildren(h("strong", null, SENT), ". A data manager will check it with the source.");
      },
      (failure: unknown) => {
        send.disabled = false;
        status.textContent = "";
        const message = failure instanceof ApiError ? failure.message : "The report could not be sent. Try again.";
        // The server names the field it refused ("input.note: ..."): only the note is the user's to change.
        showError(message.replace(/^input\.\w+: /, ""));
      },
    );
  });
  return details;
}
