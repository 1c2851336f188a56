// A person's page (issue 7): who they are, then tabs for the family diagram with the selected person's services
// beside it, the same people as a table, the eco-map, and the person's own services in full. The controls above
// the tabs choose what the family shows and live in the address (view-params.ts).

import type { AccessPurpose } from "../api";
import { errorSummary, loading, messageOf, sourcesSection } from "../components";
import { h } from "../dom";
import { parseRoute } from "../router";
import { familyView, type FamilyViewContext } from "./family-view";
import { viewControls } from "./controls";
import { personHeader } from "./header";
import { loadInvolvements } from "./involvements";
import { focusMember, loadPersonNetwork, type PersonNetwork } from "./network";
import { purposeForm, rememberedPurpose, rememberPurpose } from "./purpose";
import { networkDepth, parseView, personViewHref, type PersonView } from "./view-params";

export interface PersonContext {
  isCurrent(): boolean;
  /** Where "Back to search" goes. */
  searchHref: string;
  /** Called once the page has its heading, so focus can move to it. */
  ready(): void;
}

export function renderPerson(main: HTMLElement, id: string, params: URLSearchParams, ctx: PersonContext): void {
  const view = parseView(params);
  const purpose = rememberedPurpose(id);
  if (purpose) {
    openPerson(main, id, view, purpose, ctx);
    return;
  }
  document.title = "Why are you opening this record? – Family Context";
  const form = purposeForm((chosen) => {
    rememberPurpose(id, chosen);
    openPerson(main, id, view, chosen, { ...ctx, ready: () => main.querySelector<HTMLElement>("h1")?.focus() });
  });
  main.replaceChildren(backLink(ctx.searchHref), form);
  ctx.ready();
}

function backLink(href: string): HTMLElement {
  return h("a", { class: "govuk-back-link", href }, "Back to search");
}

function networkRequest(id: string, view: PersonView, purpose: AccessPurpose) {
  return { personId: id, purpose, depth: networkDepth(view), includeInferred: view.inferred, asOf: view.asOf };
}

function openPerson(main: HTMLElement, id: string, view: PersonView, purpose: AccessPurpose, ctx: PersonContext): void {
  document.title = "Loading – Family Context";
  main.replaceChildren(backLink(ctx.searchHref), loading());
  // The focus person's full panel is asked for alongside the family, so the Services tab is ready as soon as it.
  void loadInvolvements(id, purpose).catch(() => undefined);
  loadPersonNetwork(networkRequest(id, view, purpose)).then(
    (network) => {
      if (!ctx.isCurrent()) return;
      if (!network || !focusMember(network)) {
        document.title = "Person not found – Family Context";
        main.replaceChildren(
          backLink(ctx.searchHref),
          h("h1", { class: "govuk-heading-l", tabindex: -1 }, "Person not found"),
          h("p", { class: "govuk-body" }, "There is no one with this ID. They may have been merged with another record. Search again."),
        );
      } else {
        showPage(main, network, view, purpose, ctx);
      }
      ctx.ready();
    },
    (error: unknown) => {
      if (!ctx.isCurrent()) return;
      document.title = "Error – Family Context";
      main.replaceChildren(
        backLink(ctx.searchHref),
        h("h1", { class: "govuk-heading-l", tabindex: -1 }, "This person’s family could not be shown"),
        errorSummary("There is a problem", messageOf(error)),
      );
      ctx.ready();
    },
  );
}

function showPage(main: HTMLElement, first: PersonNetwork, firstView: PersonView, purpose: AccessPurpose, ctx: PersonContext): void {
  const focus = focusMember(first)!.person;
  document.title = `${focus.name} – Family Context`;
  const id = focus.id;
  const family = h("div", { class: "person-family" });
  let view = firstView;
  let network = first;
  let shown: { destroy(): void } | null = null;

  // Tabs, the selected person and the controls change the page in place: the address follows without a new render.
  const remember = (next: PersonView) => {
    view = next;
    history.replaceState(history.state, "", personViewHref(id, view));
  };
  const familyCtx: FamilyViewContext = {
    purpose,
    isCurrent: () => ctx.isCurrent() && family.isConnected,
    remember,
    // The same family and the same reason: the purpose given for this family carries to the relative.
    refocus: (personId) => rememberPurpose(personId, purpose),
    collapsed: new Set(),
  };
  const draw = () => {
    shown?.destroy();
    shown = familyView(family, network, view, familyCtx);
  };
  const change = async (next: PersonView) => {
    const refetch = JSON.stringify(networkRequest(id, next, purpose)) !== JSON.stringify(networkRequest(id, view, purpose));
    remember(next);
    if (!refetch) {
      draw();
      return;
    }
    family.setAttribute("aria-busy", "true");
    try {
      const fetched = await loadPersonNetwork(networkRequest(id, next, purpose));
      if (!familyCtx.isCurrent() || view !== next) return; // a later change is on its way
      if (fetched) network = fetched;
      draw();
    } catch (error) {
      if (!familyCtx.isCurrent()) return;
      family.prepend(errorSummary("The family could not be updated", messageOf(error)));
    } finally {
      family.removeAttribute("aria-busy");
    }
  };

  // Every "show their family" link in the page (table, panel, diagram) goes to a relative of the same family,
  // opened for the same reason: carry the purpose rather than ask again. It is still recorded with that view.
  family.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a[href^='#/person/']");
    const route = link ? parseRoute(link.getAttribute("href")!) : null;
    if (route?.view === "person") rememberPurpose(route.id, purpose);
  });
  main.replaceChildren(
    backLink(ctx.searchHref),
    personHeader(focus, purpose),
    viewControls(() => view, (next) => void change(next)),
    family,
    sourcesSection(),
  );
  draw();
}
