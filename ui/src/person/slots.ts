// Where other engineers' modules plug into the person page (issue 7). Each is a placeholder until its module is on
// main; wiring one in is a change to this file only.
//   - the family diagram: ui/src/genogram (drawGenogram)       -> diagramSlot
//   - the eco-map and exports: ui/src/ecomap, ui/src/export    -> ecoMapSlot, exportSlot
//   - "Report a problem" on a fact: ui/src/problems/report.ts -> problemLink

import { h } from "../dom";
import { reportProblemLink, type ReportedFact } from "../problems/report";
import type { PersonNetwork } from "./network";
import type { PersonView } from "./view-params";

export type { ReportedFact } from "../problems/report";

/** "Report a problem" on a fact: a note to the data managers' queue, with the fact's source and record. */
export function problemLink(fact: ReportedFact): HTMLElement | null {
  return reportProblemLink(fact);
}

export interface DiagramCallbacks {
  onSelect(personId: string): void;
  onRefocus(personId: string): void;
  onToggleCollapse(personId: string): void;
  /** People whose descendants are folded away; kept by the page across redraws. */
  collapsed: ReadonlySet<string>;
}

export interface DiagramHandle {
  svg: SVGSVGElement | null;
  focusPerson(id: string): void;
  destroy(): void;
}

/** PLACEHOLDER until ui/src/genogram lands: drawGenogram(host, network, options, callbacks). */
export function diagramSlot(host: HTMLElement, _network: PersonNetwork, _view: PersonView, _today: string, _callbacks: DiagramCallbacks): DiagramHandle {
  host.replaceChildren(
    h("p", { class: "govuk-inset-text placeholder" }, "The family diagram will be drawn here. Until then, the People tab lists the same people."),
  );
  return { svg: null, focusPerson: () => undefined, destroy: () => host.replaceChildren() };
}

/** PLACEHOLDER until ui/src/ecomap lands: drawEcoMap(host, network, options, callbacks). */
export function ecoMapSlot(host: HTMLElement, _network: PersonNetwork, _view: PersonView, _today: string, _onSelect: (id: string) => void): DiagramHandle {
  host.replaceChildren(h("p", { class: "govuk-inset-text placeholder" }, "The eco-map (the family and the services around it) will be drawn here."));
  return { svg: null, focusPerson: () => undefined, destroy: () => host.replaceChildren() };
}

export interface ExportMeta {
  title: string;
  subject: string;
  correctAsOf: string;
  printedOn: string;
  conference: boolean;
}

/** PLACEHOLDER until ui/src/export lands: exportButtons(getSvg, meta). */
export function exportSlot(_getSvg: () => SVGSVGElement | null, _meta: () => ExportMeta): HTMLElement | null {
  return null;
}
