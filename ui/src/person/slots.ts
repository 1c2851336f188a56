// Where the other issue-7 modules plug into the person page: the family diagram (ui/src/genogram), the eco-map
// (ui/src/ecomap), the export buttons (ui/src/export), and "Report a problem" on a fact (ui/src/problems/report.ts).

import type { Person } from "../api";
import { drawEcoMap } from "../ecomap";
import { exportButtons, type ExportMeta } from "../export";
import { drawGenogram, type GenogramOptions } from "../genogram";
import { reportProblemLink, type ReportedFact } from "../problems/report";
import type { PersonNetwork } from "./network";
import type { PersonView } from "./view-params";

export type { ExportMeta };
export type { ReportedFact } from "../problems/report";

/**
 * "Report a problem" beside a fact, naming the source and the person's record in it, so the data managers can take
 * it to the system that owns it.
 */
export function problemLink(person: Pick<Person, "id" | "records">, factKind: ReportedFact["factKind"], source: string, description: string): HTMLElement | null {
  const fact: ReportedFact = { personId: person.id, factKind, source, description };
  const record = person.records.find((r) => r.source === source);
  if (record) fact.sourceRecordId = record.sourceId;
  return reportProblemLink(fact);
}

export interface DiagramCallbacks {
  onSelect(personId: string): void;
  onRefocus(personId: string): void;
  onToggleCollapse(personId: string): void;
  /** People whose descendants are folded away; kept by the page across redraws. */
  collapsed: ReadonlySet<string>;
}

export interface DrawnPicture {
  svg: SVGSVGElement;
  destroy(): void;
}

export interface DiagramHandle extends DrawnPicture {
  focusPerson(id: string): void;
}

/** The genogram's options for a view of the page: the same choices the people table makes (people-rows.ts). */
export function genogramOptions(network: PersonNetwork, view: PersonView, today: string, collapsed: ReadonlySet<string>): GenogramOptions {
  return {
    focusId: network.focus.id,
    generationsUp: view.up,
    generationsDown: view.down,
    wider: view.wider,
    conference: view.conference,
    collapsed,
    today,
  };
}

export function diagramSlot(host: HTMLElement, network: PersonNetwork, view: PersonView, today: string, callbacks: DiagramCallbacks): DiagramHandle {
  return drawGenogram(host, network, genogramOptions(network, view, today, callbacks.collapsed), callbacks);
}

export function ecoMapSlot(host: HTMLElement, network: PersonNetwork, view: PersonView, today: string, onSelect: (id: string) => void): DrawnPicture {
  return drawEcoMap(host, network, { focusId: network.focus.id, conference: view.conference, today }, { onSelect });
}

export function exportSlot(getSvg: () => SVGSVGElement, meta: () => ExportMeta): HTMLElement {
  return exportButtons(getSvg, meta);
}
