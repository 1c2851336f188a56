// Family Context page: hash routing between the pages each role is offered. The signed-in user's roles (`me`)
// decide the start page: practitioners search for a person, analysts see family cohorts, and a role with no page
// here is told what it can do.

import { me, type SignedInUser } from "./api";
import { renderCohorts } from "./cohort/page";
import { loading } from "./components";
import { csrfToken } from "./csrf";
import { h } from "./dom";
import { renderPerson } from "./person/page";
import { renderProblems } from "./problems/page";
import { renderReview } from "./review/page";
import { renderRoleNotice } from "./role-notice";
import { ROLE_NAMES, UNKNOWN_OFFER, VIEWS, describeUser, offerFor, viewOf, viewsFor, type Offer, type View } from "./roles";
import { navigate, parseRoute, searchHref } from "./router";
import { renderSearch } from "./search";
import { renderSources } from "./sources/page";
import { renderUsage } from "./usage/page";

const main = document.getElementById("main") as HTMLElement;
let renderCount = 0;
let lastSearch = "#/";
let user: SignedInUser | null = null;
let offer: Offer = UNKNOWN_OFFER;
let lastView = "";
/** The header's pages for the signed-in user; empty until `me` answers (or when it cannot). */
let views: View[] = [];

function focusHeading(): void {
  main.querySelector<HTMLElement>("h1")?.focus({ preventScroll: false });
}

function describeRoles(user: SignedInUser): string {
  return user.roles.map((r) => ROLE_NAMES[r]?.toLowerCase() ?? r).join(", ") || "no role";
}

function notForYou(title: string, text: string, href: string, linkText: string): void {
  document.title = `${title} – Family Context`;
  main.replaceChildren(
    h("h1", { class: "govuk-heading-l", tabindex: -1 }, title),
    h("p", { class: "govuk-body" }, text),
    h("p", { class: "govuk-body" }, h("a", { class: "govuk-link", href }, linkText)),
  );
}

function render(): void {
  const token = ++renderCount;
  const first = token === 1;
  const isCurrent = () => token === renderCount;
  const route = parseRoute(location.hash);
  const previousView = lastView;
  lastView = route.view;
  markCurrentLink(route.view);
  document.body.classList.toggle("page--wide", route.view === "person");

  const view = viewOf(route.view);
  // A header link to a page this version cannot show yet (its route is unknown, so it parsed as the search form).
  const notBuilt = VIEWS.find((v) => v.view !== "search" && location.hash.split("?")[0] === v.href && parseRoute(v.href).view !== v.view);
  // The start address (or one this version does not know) takes each role to its own first page, below; a search
  // or a person opened by address is another role's page like any other.
  const atStart = route.view === "search" && !route.name && !route.dob && !route.identifier;
  if (user && view && !views.includes(view) && !atStart) {
    // Another role's page, opened from a link or the address bar: say so plainly rather than show a refusal.
    notForYou(`This page is for ${view.forWhom}`, `The ${view.label} page is for ${view.forWhom}. You are signed in as ${describeRoles(user)}, which cannot see it.`,
      "#/", "Go to your start page");
  } else if (notBuilt) {
    notForYou(`${notBuilt.label} is not ready yet`, `The ${notBuilt.label} page is not part of this version of Family Context yet.`, "#/", "Go to your start page");
  } else if (route.view === "review") {
    renderReview(main, { isCurrent });
  } else if (route.view === "sources") {
    renderSources(main, { isCurrent });
  } else if (route.view === "problems") {
    renderProblems(main, route.params, { isCurrent, go: (href) => navigate(href, render) });
  } else if (route.view === "usage") {
    // A team manager sees their own team; an auditor chooses.
    renderUsage(main, route.params, { isCurrent, go: (href) => navigate(href, render), auditor: user?.roles.includes("AUDITOR") ?? false });
  } else if (route.view === "cohorts") {
    if (offer.analyst) {
      renderCohorts(main, route.params, { isCurrent, go: (href) => navigate(href, render) });
    } else {
      notForYou("Family cohorts are for analysts", "Your role cannot see family cohorts. They are counts of families for performance and intelligence analysts.",
        "#/", "Go to the start page");
    }
  } else if (!offer.practitioner && route.view === "person" && user) {
    // A link to someone's family (shared, or from the history) opened by a role that cannot see people: said in
    // words, not a silent jump to another page.
    const forWhom = viewOf("search")?.forWhom ?? "practitioners";
    notForYou(`People's families are for ${forWhom}`, `Your role cannot see people or their families. You are signed in as ${describeRoles(user)}.`,
      "#/", "Go to your start page");
  } else if (!offer.practitioner) {
    // Search and people's families are for practitioners: other roles start on their first page, or are told
    // what they can do when this page has none of theirs yet.
    const home = views.find((v) => v.view !== "search" && parseRoute(v.href).view === v.view);
    if (home) {
      navigate(home.href, render, true);
      return;
    }
    renderRoleNotice(main, user ?? { username: "", roles: [], team: null });
  } else if (route.view === "person") {
    renderPerson(main, route.id, route.params, {
      isCurrent,
      searchHref: lastSearch,
      ready: () => {
        if (!first) focusHeading();
      },
    });
  } else {
    lastSearch = searchHref({ name: route.name, dob: route.dob, identifier: route.identifier });
    renderSearch(main, route, {
      isCurrent,
      go: (href, replace = false) => {
        // An identifier search that found one person replaces itself; going back to it would jump forward again.
        if (replace) lastSearch = "#/";
        navigate(href, render, replace);
      },
    });
  }
  if (first) return;
  const results = main.querySelector<HTMLElement>("#results-heading");
  if (route.view === "cohorts" && previousView === "cohorts" && results) {
    // A new filter: the reader wants its figures, not the top of the form again.
    results.focus();
    results.scrollIntoView({ block: "start" });
    return;
  }
  if (route.view !== "person") focusHeading();
  window.scrollTo(0, 0);
}

const nav = document.querySelector<HTMLElement>(".app-views");

function markCurrentLink(routeView: string): void {
  const href = viewOf(routeView)?.href;
  nav?.querySelectorAll<HTMLAnchorElement>("a").forEach((a) => {
    const current = a.getAttribute("href") === href;
    if (current) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
    a.parentElement?.classList.toggle("govuk-service-navigation__item--active", current);
  });
}

// The skip link points at #main; following it as a link would change the route, so move focus instead.
document.querySelector<HTMLAnchorElement>(".govuk-skip-link")?.addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

// Sign-out posts the session's CSRF token. Without one there is no cookie session to end (a bearer token).
const signOut = document.querySelector<HTMLFormElement>(".app-sign-out");
const token = csrfToken();
if (signOut && token) {
  signOut.querySelector<HTMLInputElement>('input[name="_csrf"]')!.value = token;
  signOut.hidden = false;
  signOut.closest<HTMLElement>(".moj-identity-bar")!.hidden = false;
}

/** The header for the signed-in user: only their role's pages, and who they are. */
function showUser(signedIn: SignedInUser): void {
  views = viewsFor(signedIn.roles);
  const list = nav?.querySelector("ul");
  if (nav && list) {
    list.replaceChildren(
      ...views.map((v) => h("li", { class: "govuk-service-navigation__item" }, h("a", { class: "govuk-service-navigation__link", href: v.href }, v.label))),
    );
    nav.hidden = views.length === 0;
  }
  const identity = document.querySelector<HTMLElement>(".app-identity");
  if (identity) {
    identity.replaceChildren(h("span", { class: "govuk-visually-hidden" }, "Signed in as "), describeUser(signedIn));
    identity.closest<HTMLElement>(".moj-identity-bar")!.hidden = false;
  }
}

main.replaceChildren(loading());
me().then(
  (signedIn) => {
    user = signedIn;
    offer = offerFor(signedIn.roles);
    showUser(signedIn);
  },
  () => {
    // A service without `me` (or one that failed to answer it): the practitioners' pages, as before roles were asked.
    offer = UNKNOWN_OFFER;
  },
).finally(() => {
  window.addEventListener("hashchange", render);
  render();
});
