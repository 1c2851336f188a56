// The part of the person page the controls redraw: the "correct as of" line, the print marking and the four tabs.
// Selecting a person or a tab changes it in place; only the controls draw it again.

import { sources, type AccessPurpose } from "../api";
import { append, h } from "../dom";
import { formatDate } from "../format";
import { involvementPanel } from "./involvement-panel";
import { focusMember, memberById, type PersonNetwork } from "./network";
import { peopleRows } from "./people-rows";
import { peopleTable } from "./people-table";
import { diagramSlot, ecoMapSlot, exportSlot, type DiagramHandle, type DrawnPicture, type ExportMeta } from "./slots";
import { govukTabs } from "./tabs";
import { tiesTable } from "./ties-table";
import { personViewHref, refocusHref, type PersonTab, type PersonView } from "./view-params";

export interface FamilyViewContext {
  purpose: AccessPurpose;
  isCurrent(): boolean;
  /** The view changed without needing a redraw (tab, selected person): the address follows. */
  remember(next: PersonView): void;
  /** Before going to a relative's page. */
  refocus(personId: string): void;
  /** People whose descendants the diagram folds away; the page keeps them while the controls change. */
  collapsed: Set<string>;
}

/** Today as YYYY-MM-DD in the user's time zone: ages and "now" in the diagram are worked out against it. */
export function localDay(date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function timeOfDay(date: Date): string {
  return `${String(date.getHours()).padStart(2, "0")}:${String(date.getMinutes()).padStart(2, "0")}`;
}

/** When the page was read, and how old the sources' extracts behind it are (the sources answer is cached). */
function correctAsOfLine(text: string): HTMLElement {
  const line = h("p", { class: "govuk-body-s correct-as-of" }, text);
  sources().then(
    (list) => {
      const days = list.flatMap((s) => (s.dataCurrentAsOf ? [s.dataCurrentAsOf.slice(0, 10)] : [])).sort();
      if (days.length === 0) return;
      const [first, last] = [formatDate(days[0]), formatDate(days[days.length - 1])];
      line.append(first === last ? ` Source extracts taken ${first}.` : ` Source extracts taken between ${first} and ${last}.`);
    },
    () => undefined, // the sources table below says it could not load them
  );
  return line;
}

export function familyView(host: HTMLElement, network: PersonNetwork, firstView: PersonView, ctx: FamilyViewContext): { destroy(): void } {
  let view = firstView;
  const focus = focusMember(network)!.person;
  const fetchedAt = new Date();
  const today = localDay(fetchedAt);
  const correctAsOf = `${formatDate(today)}, ${timeOfDay(fetchedAt)}`;
  const shownIds = new Set(peopleRows(network, view).map((r) => r.id));
  const selectedId = () => (view.selected && shownIds.has(view.selected) ? view.selected : focus.id);

  const go = (personId: string) => {
    ctx.refocus(personId);
    location.hash = refocusHref(personId, view);
  };

  // The selected person's services: beside the diagram, and under the people table.
  const sideHost = h("div", { class: "person-side", "aria-live": "polite" });
  const tableSideHost = h("div", { class: "person-side person-side--below" });
  const ecoSideHost = h("div", { class: "person-side", "aria-live": "polite" });
  // Beside the diagram always; beside the eco-map and under the table only once someone is chosen there (the
  // Services tab already has the focus person's).
  const showSelected = (personId: string, moveFocus: boolean, also: HTMLElement | null = null) => {
    const member = memberById(network, personId) ?? focusMember(network)!;
    for (const target of also ? [sideHost, also] : [sideHost]) {
      target.replaceChildren(
        involvementPanel(member, {
          purpose: ctx.purpose,
          conference: view.conference,
          headingLevel: "h3",
          isCurrent: ctx.isCurrent,
          refocusHref: member.person.id === focus.id ? null : refocusHref(member.person.id, view),
        }),
      );
    }
    if (moveFocus) {
      const visible = [sideHost, tableSideHost].find((t) => t.offsetParent !== null);
      const heading = visible?.querySelector<HTMLElement>(".involvement-panel__name");
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    }
  };
  // From the diagram, focus stays on the person (arrow keys go on to the next relative; the panel is announced);
  // from the table, it moves to the panel that opened under it.
  const select = (personId: string, from: "diagram" | "ecomap" | "table") => {
    view = { ...view, selected: personId === focus.id ? null : personId };
    ctx.remember(view);
    showSelected(personId, from === "table", from === "table" ? tableSideHost : from === "ecomap" ? ecoSideHost : null);
  };

  const diagramHost = h("div", { class: "person-diagram" });
  const drawDiagram = (): DiagramHandle =>
    diagramSlot(diagramHost, network, view, today, {
      onSelect: (id) => select(id, "diagram"),
      onRefocus: go,
      onToggleCollapse: (id) => {
        if (ctx.collapsed.has(id)) ctx.collapsed.delete(id);
        else ctx.collapsed.add(id);
        diagram?.destroy();
        diagram = drawDiagram();
        diagram.focusPerson(id);
      },
      collapsed: ctx.collapsed,
    });
  // Drawn once the header and the panel are on the screen (below): the picture is the slowest part.
  let diagram: DiagramHandle | null = null;
  const ecoHost = h("div", { class: "person-ecomap" });
  // Drawn the first time its tab opens: most visits never look at it.
  let eco: DrawnPicture | null = null;
  const showEco = () => (eco ??= ecoMapSlot(ecoHost, network, view, today, (id) => select(id, "ecomap")));
  const meta = (title: string) => (): ExportMeta => ({
    title,
    subject: focus.name,
    correctAsOf: fetchedAt.toISOString(),
    printedOn: new Date().toISOString(),
    conference: view.conference,
  });

  const rows = peopleRows(network, view);
  const people = new Map(network.members.map((m) => [m.person.id, m.person]));
  const shownTies = network.ties.filter((t) => shownIds.has(t.fromPersonId) && shownIds.has(t.toPersonId));
  const tabHref = (tab: PersonTab) => personViewHref(focus.id, { ...view, tab });
  const tabs = govukTabs(
    [
      {
        id: "diagram",
        label: "Family diagram",
        href: tabHref("diagram"),
        panel: h(
          "div",
          null,
          h("h2", { class: "govuk-heading-m" }, "Family diagram"),
          h("div", { class: "person-diagram-layout" }, h("div", null, diagramHost, exportSlot(() => (diagram ??= drawDiagram()).svg, meta("Genogram"))), sideHost),
        ),
      },
      {
        id: "people",
        label: "People",
        href: tabHref("people"),
        panel: h(
          "div",
          null,
          h("h2", { class: "govuk-heading-m" }, "People"),
          h("div", { class: "table-scroll" }, peopleTable(rows, focus.name, network.asOf ?? "", (id) => refocusHref(id, view), (id) => select(id, "table"))),
          h(
            "details",
            { class: "govuk-details" },
            h("summary", { class: "govuk-details__summary" }, h("span", { class: "govuk-details__summary-text" }, "Relationships as the sources record them")),
            h("div", { class: "govuk-details__text" }, tiesTable(shownTies, people)),
          ),
          tableSideHost,
        ),
      },
      {
        id: "ecomap",
        label: "Eco-map",
        href: tabHref("ecomap"),
        panel: h("div", null, h("h2", { class: "govuk-heading-m" }, "Eco-map"), h("div", { class: "person-diagram-layout" }, h("div", null, ecoHost, exportSlot(() => showEco().svg, meta("Eco-map"))), ecoSideHost)),
      },
      {
        id: "services",
        label: "Services",
        href: tabHref("services"),
        panel: involvementPanel(focusMember(network)!, {
          purpose: ctx.purpose,
          conference: view.conference,
          headingLevel: "h2",
          isCurrent: ctx.isCurrent,
          refocusHref: null,
        }),
      },
    ],
    view.tab,
    (tab) => {
      view = { ...view, tab };
      ctx.remember(view);
      if (tab === "ecomap") showEco();
    },
  );

  const asAt = network.asOf ? ` Households and relationships as at ${formatDate(network.asOf)}.` : "";
  host.replaceChildren();
  append(host, [
    correctAsOfLine(`Correct as of ${correctAsOf}.${asAt}`),
    network.truncated
      ? h("div", { class: "govuk-warning-text" }, h("strong", { class: "govuk-warning-text__text" }, "This family is too large to show in full. Choose fewer generations or turn off the wider family."))
      : null,
    h("p", { class: "print-only print-meta" }, `OFFICIAL-SENSITIVE · Family of ${focus.name} · correct as of ${correctAsOf} · printed ${formatDate(localDay())}`),
    tabs,
  ]);
  showSelected(selectedId(), false);
  if (view.tab === "ecomap") showEco();
  let destroyed = false;
  setTimeout(() => {
    if (!destroyed && !diagram) diagram = drawDiagram();
  }, 0);
  return {
    destroy() {
      destroyed = true;
      diagram?.destroy();
      eco?.destroy();
    },
  };
}
