// Family Context page: hash routing between the pages each role is offered. The signed-in user's roles (`me`)
// decide the start page: practitioners search for a person, analysts see family cohorts, and a role with no page
// here is told what it can do.

import { me, type SignedInUser } from "./api";
import { renderCohorts } from "./cohort/page";
import { loading } from "./components";
import { csrfToken } from "./csrf";
import { h } from "./dom";
import { renderPerson } from "./person";
import { renderProblems } from "./problems/page";
import { renderRoleNotice } from "./role-notice";
import { UNKNOWN_OFFER, offerFor, type Offer } from "./roles";
import { navigate, parseRoute, searchHref } from "./router";
import { renderSearch } from "./search";
import { renderUsage } from "./usage/page";

const main = document.getElementById("main") as HTMLElement;
let renderCount = 0;
let lastSearch = "#/";
let user: SignedInUser | null = null;
let offer: Offer = UNKNOWN_OFFER;
let lastView = "";

function focusHeading(): void {
  main.querySelector<HTMLElement>("h1")?.focus({ preventScroll: false });
}

function notForYou(title: string, text: string, href: string, linkText: string): void {
  document.title = `${title} – Family Context`;
  main.replaceChildren(
    h("h1", { class: "heading-l", tabindex: -1 }, title),
    h("p", null, text),
    h("p", null, h("a", { class: "link", href }, linkText)),
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

  if (route.view === "cohorts") {
    if (offer.analyst) {
      renderCohorts(main, route.params, { isCurrent, go: (href) => navigate(href, render) });
    } else {
      notForYou("Family cohorts are for analysts", "Your role cannot see family cohorts. They are counts of families for performance and intelligence analysts.",
        "#/", "Go to the start page");
    }
  } else if (route.view === "problems") {
    if (user?.roles.includes("DATA_MANAGER")) {
      renderProblems(main, route.params, { isCurrent, go: (href) => navigate(href, render) });
    } else {
      notForYou("Reported data problems are for data managers", "Your role cannot work the queue of reported data problems. To report a fact as wrong, use Report a problem beside it on the person's page.",
        "#/", "Go to the start page");
    }
  } else if (route.view === "usage") {
    const auditor = user?.roles.includes("AUDITOR") ?? false;
    if (auditor || user?.roles.includes("TEAM_MANAGER")) {
      renderUsage(main, route.params, { isCurrent, go: (href) => navigate(href, render), auditor });
    } else {
      notForYou("Usage is for team managers and auditors", "Your role cannot see how the service is used.", "#/", "Go to the start page");
    }
  } else if (!offer.practitioner) {
    // Search and people's families are for practitioners: an analyst starts on cohorts, other roles are told why.
    if (offer.analyst) {
      navigate("#/cohorts", render, true);
      return;
    }
    renderRoleNotice(main, user ?? { username: "", roles: [], team: null });
  } else if (route.view === "person") {
    renderPerson(main, route.id, {
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

const nav = document.querySelector<HTMLElement>(".header__nav");

function markCurrentLink(view: string): void {
  nav?.querySelectorAll<HTMLAnchorElement>("a").forEach((a) => {
    if (a.getAttribute("href") === `#/${view}`) a.setAttribute("aria-current", "page");
    else a.removeAttribute("aria-current");
  });
}

// The skip link points at #main; following it as a link would change the route, so move focus instead.
document.querySelector<HTMLAnchorElement>(".skip-link")?.addEventListener("click", (event) => {
  event.preventDefault();
  main.focus();
});

// Sign-out posts the session's CSRF token. Without one there is no cookie session to end (a bearer token).
const signOut = document.querySelector<HTMLFormElement>(".header__sign-out");
const token = csrfToken();
if (signOut && token) {
  signOut.querySelector<HTMLInputElement>('input[name="_csrf"]')!.value = token;
  signOut.hidden = false;
}

main.replaceChildren(loading());
me().then(
  (signedIn) => {
    user = signedIn;
    offer = offerFor(signedIn.roles);
  },
  () => {
    // A service without `me` (or one that failed to answer it): the practitioners' pages, as before roles were asked.
    offer = UNKNOWN_OFFER;
  },
).finally(() => {
  if (nav) nav.hidden = !offer.analyst;
  window.addEventListener("hashchange", render);
  render();
});
