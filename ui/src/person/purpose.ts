// Why a record is opened: asked once per person and browser session (sessionStorage ends with the session), and
// recorded by the API with every view.

import { ACCESS_PURPOSES, type AccessPurpose } from "../api";
import { h } from "../dom";

const PURPOSE_KEY = "family-context.purpose.";
const LAST_PURPOSE_KEY = "family-context.last-purpose";

function stored(key: string): AccessPurpose | null {
  try {
    const value = sessionStorage.getItem(key);
    return ACCESS_PURPOSES.some(([v]) => v === value) ? (value as AccessPurpose) : null;
  } catch {
    return null; // storage blocked: ask every time
  }
}

export function rememberedPurpose(id: string): AccessPurpose | null {
  return stored(PURPOSE_KEY + id);
}

export function rememberPurpose(id: string, purpose: AccessPurpose): void {
  try {
    sessionStorage.setItem(PURPOSE_KEY + id, purpose);
    sessionStorage.setItem(LAST_PURPOSE_KEY, purpose);
  } catch {
    // storage blocked: the purpose is asked again next time
  }
}

export function purposeLabel(purpose: AccessPurpose): string {
  return ACCESS_PURPOSES.find(([v]) => v === purpose)?.[1] ?? purpose;
}

/** Opening a record needs a reason, recorded with the view; the last one given is chosen already. */
export function purposeForm(onChosen: (purpose: AccessPurpose) => void): HTMLFormElement {
  const last = stored(LAST_PURPOSE_KEY);
  const select = h(
    "select",
    { class: "govuk-select", id: "purpose", name: "purpose", "aria-describedby": "purpose-hint" },
    h("option", { value: "" }, "Choose a purpose"),
    ACCESS_PURPOSES.map(([value, label]) => h("option", { value, selected: value === last }, label)),
  );
  const group = h(
    "div",
    { class: "govuk-form-group" },
    h("label", { class: "govuk-label", for: "purpose" }, "Purpose"),
    h(
      "div",
      { class: "govuk-hint", id: "purpose-hint" },
      "Family Context records who opens each record and why. You are asked once for each person while your browser is open.",
    ),
    select,
  );
  const form = h(
    "form",
    { class: "purpose-form", novalidate: true },
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, "Why are you opening this record?"),
    group,
    h("button", { class: "govuk-button", type: "submit" }, "Open record"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = select.value as AccessPurpose | "";
    if (!value) {
      if (!group.querySelector(".govuk-error-message")) {
        group.classList.add("govuk-form-group--error");
        select.before(
          h("p", { class: "govuk-error-message", id: "purpose-error" }, h("span", { class: "govuk-visually-hidden" }, "Error: "), "Choose why you are opening this record"),
        );
        select.setAttribute("aria-describedby", "purpose-hint purpose-error");
      }
      select.focus();
      return;
    }
    onChosen(value);
  });
  return form;
}
