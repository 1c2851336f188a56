// GOV.UK tabs, keyboard-usable the way the GOV.UK Frontend script makes them (left and right arrows move between
// tabs, the tab list is one stop for Tab). Built here rather than by that script: the links must not change the
// hash route, and the chosen tab goes into the address through onSelect.

import { h } from "../dom";
import type { PersonTab } from "./view-params";

export interface TabSpec {
  id: PersonTab;
  label: string;
  panel: HTMLElement;
  href: string;
}

export function govukTabs(tabs: TabSpec[], selected: PersonTab, onSelect: (tab: PersonTab) => void): HTMLElement {
  const links = new Map<PersonTab, HTMLAnchorElement>();
  const panels = new Map<PersonTab, HTMLElement>();
  const items = new Map<PersonTab, HTMLLIElement>();
  const show = (id: PersonTab, focus: boolean) => {
    for (const t of tabs) {
      const on = t.id === id;
      const link = links.get(t.id)!;
      link.setAttribute("aria-selected", String(on));
      link.tabIndex = on ? 0 : -1;
      items.get(t.id)!.classList.toggle("govuk-tabs__list-item--selected", on);
      panels.get(t.id)!.classList.toggle("govuk-tabs__panel--hidden", !on);
      panels.get(t.id)!.hidden = !on;
    }
    if (focus) links.get(id)!.focus();
    onSelect(id);
  };
  const list = h("ul", { class: "govuk-tabs__list", role: "tablist" });
  tabs.forEach((t, index) => {
    const link = h("a", { class: "govuk-tabs__tab", href: t.href, id: `tab_${t.id}`, role: "tab", "aria-controls": `panel_${t.id}` }, t.label);
    link.addEventListener("click", (event) => {
      event.preventDefault();
      show(t.id, false);
    });
    link.addEventListener("keydown", (event) => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      event.preventDefault();
      show(tabs[(index + step + tabs.length) % tabs.length]!.id, true);
    });
    links.set(t.id, link);
    const item = h("li", { class: "govuk-tabs__list-item", role: "presentation" }, link);
    items.set(t.id, item);
    list.append(item);
    const panel = h("div", { class: "govuk-tabs__panel", id: `panel_${t.id}`, role: "tabpanel", "aria-labelledby": `tab_${t.id}`, tabindex: -1 }, t.panel);
    panels.set(t.id, panel);
  });
  const tabsBox = h("div", { class: "govuk-tabs person-tabs" }, h("h2", { class: "govuk-tabs__title" }, "Contents"), list, [...panels.values()]);
  // GOV.UK Frontend draws tabs as tabs only inside .govuk-frontend-supported (normally the body, set by its script,
  // which this page does not load): this wrapper says the tabs here are scripted.
  const root = h("div", { class: "govuk-frontend-supported" }, tabsBox);
  // Show the first choice without reporting it back: the address already says it.
  const report = onSelect;
  onSelect = () => undefined;
  show(selected, false);
  onSelect = report;
  return root;
}
