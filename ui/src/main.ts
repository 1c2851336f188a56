// Family Context page: hash routing between the search page and a person's family.

import { csrfToken } from "./csrf";
import { renderPerson } from "./person";
import { navigate, parseRoute, searchHref } from "./router";
import { renderSearch } from "./search";

const main = document.getElementById("main") as HTMLElement;
let renderCount = 0;
let lastSearch = "#/";

function focusHeading(): void {
  main.querySelector<HTMLElement>("h1")?.focus({ preventScroll: false });
}

function render(): void {
  const token = ++renderCount;
  const first = token === 1;
  const isCurrent = () => token === renderCount;
  const route = parseRoute(location.hash);

  if (route.view === "person") {
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
    if (!first) focusHeading();
  }
  if (!first) window.scrollTo(0, 0);
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

window.addEventListener("hashchange", render);
render();
