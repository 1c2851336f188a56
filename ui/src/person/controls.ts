// The controls above the diagram. Each change applies at once and goes into the address (page.ts), so the same
// view can be reloaded, refocused or sent to a colleague.

import { h } from "../dom";
import { isIsoDay, type PersonView } from "./view-params";

function generationSelect(id: string, label: string, value: number, onChange: (n: number) => void): HTMLElement {
  const select = h(
    "select",
    { class: "govuk-select", id, name: id },
    [0, 1, 2, 3].map((n) => h("option", { value: String(n), selected: n === value }, String(n))),
  );
  select.addEventListener("change", () => onChange(Number(select.value)));
  return h("div", { class: "govuk-form-group controls__item" }, h("label", { class: "govuk-label", for: id }, label), select);
}

function checkbox(id: string, label: string, hint: string, checked: boolean, onChange: (on: boolean) => void): HTMLElement {
  const input = h("input", { class: "govuk-checkboxes__input", id, name: id, type: "checkbox", checked, "aria-describedby": `${id}-hint` });
  input.addEventListener("change", () => onChange(input.checked));
  return h(
    "div",
    { class: "govuk-checkboxes__item" },
    input,
    h("label", { class: "govuk-label govuk-checkboxes__label", for: id }, label),
    h("div", { class: "govuk-hint govuk-checkboxes__hint", id: `${id}-hint` }, hint),
  );
}

export function viewControls(current: () => PersonView, onChange: (next: PersonView) => void): HTMLElement {
  // The tab and the selected person change without redrawing the controls: start from the view as it is now.
  const change = (patch: Partial<PersonView>) => onChange({ ...current(), ...patch });
  const view = current();
  const asOf = h("input", { class: "govuk-input govuk-input--width-10", id: "as-of", name: "asOf", type: "date", value: view.asOf, "aria-describedby": "as-of-hint" });
  asOf.addEventListener("change", () => {
    // A half-typed date is not a day: wait for a whole one (or an empty box, which means now).
    if (asOf.value === "" || isIsoDay(asOf.value)) {
      now.hidden = !asOf.value;
      change({ asOf: asOf.value });
    }
  });
  const now = h("button", { type: "button", class: "govuk-button govuk-button--secondary app-button--small", hidden: !view.asOf }, "Show households now");
  now.addEventListener("click", () => {
    asOf.value = "";
    now.hidden = true;
    change({ asOf: "" });
  });
  return h(
    "form",
    { class: "person-controls", "aria-label": "What the diagram shows", novalidate: true },
    h(
      "div",
      { class: "person-controls__row" },
      generationSelect("generations-up", "Generations up", view.up, (up) => change({ up })),
      generationSelect("generations-down", "Generations down", view.down, (down) => change({ down })),
      h(
        "div",
        { class: "govuk-form-group controls__item" },
        h("label", { class: "govuk-label", for: "as-of" }, "Households as at"),
        h("div", { class: "govuk-hint", id: "as-of-hint" }, "Empty for now"),
        asOf,
        now,
      ),
    ),
    h(
      "div",
      { class: "govuk-checkboxes govuk-checkboxes--small person-controls__checks" },
      checkbox("wider", "Wider family (for a conference)", "Aunts, uncles, cousins, ex-partners and people who matter to the family", view.wider, (wider) => change({ wider })),
      checkbox("inferred", "Show possible relatives (inferred)", "People who share a home and may be family; never confirmed", view.inferred, (inferred) => change({ inferred })),
      checkbox("conference", "Conference version (no police or health details)", "For sharing with the family at a conference", view.conference, (conference) => change({ conference })),
    ),
  );
}
