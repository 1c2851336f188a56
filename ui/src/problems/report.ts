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
    class: "textarea",
    id: noteId,
    name: "note",
    rows: 3,
    maxlength: MAX_NOTE,
    "aria-describedby": hintId,
  });
  const error = h("p", { class: "error-message", id: errorId, hidden: true });
  const group = h(
    "div",
    { class: "form-group" },
    h("label", { class: "label", for: noteId }, "What is wrong?"),
    h("p", { class: "hint", id: hintId }, `About: ${fact.description} (from ${fact.source}${fact.sourceRecordId ? `, record ${fact.sourceRecordId}` : ""}).`),
    error,
    note,
  );
  const send = h("button", { class: "button button--small", type: "submit" }, "Send to the data managers");
  const status = h("p", { class: "report-problem__status", role: "status" });
  const form = h("form", { class: "report-problem__form", novalidate: true }, group, send);
  const details = h(
    "details",
    { class: "details report-problem" },
    h("summary", { class: "details__summary" }, "Report a problem", h("span", { class: "visually-hidden" }, ` with ${fact.description}`)),
    h("div", { class: "details__body" }, form, status),
  );

  function showError(message: string): void {
    error.replaceChildren(h("span", { class: "visually-hidden" }, "Error: "), message);
    error.hidden = false;
    group.classList.add("form-group--error");
    note.setAttribute("aria-describedby", `${hintId} ${errorId}`);
    note.setAttribute("aria-invalid", "true");
    note.focus();
  }

  function clearError(): void {
    error.hidden = true;
    group.classList.remove("form-group--error");
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
        form.hidden = true;
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
