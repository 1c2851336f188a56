// Auditor: sources and usage, and no person's data anywhere (the page and the API both refuse it).

export default async function auditor(t) {
  const { check, signIn, USERS, MATILDA, appears, axe } = t;
  const session = await signIn(USERS.auditor);
  const { page } = session;
  await axe(page, "the auditor's start page");
  check(!(await page.locator("main").innerText()).includes(MATILDA.name), "the auditor's start page shows no person");

  const nav = page.locator("header");
  check(await appears(nav.getByRole("link", { name: "Sources" })), "the header offers Sources");
  check(await appears(nav.getByRole("link", { name: "Usage" })), "the header offers Usage");

  if (await t.opens(page, "#/sources", /sources/i, "#/sources opens the sources page")) {
    check(await appears(page.locator("main table")), "the sources page has a table of the sources");
    await axe(page, "the sources page (auditor)");
  }
  if (await t.opens(page, "#/usage", /usage/i, "#/usage opens the usage page", "usage")) {
    check(await appears(page.locator("main table")), "the usage page has a table per day and team", "usage");
    await axe(page, "the usage page (auditor)", "usage");
  }

  // Her record by address: no name, no services.
  await page.goto(`${t.base}/#/search?identifier=${MATILDA.cscId}`);
  await page.locator("main h1").first().waitFor();
  await page.waitForTimeout(1000);
  check(!(await page.locator("main").innerText()).includes(MATILDA.name), "a search by her ID shows the auditor no person");

  // The API refuses too, whatever the page does.
  const answer = await page.evaluate(async (id) => {
    const csrf = document.cookie.match(/XSRF-TOKEN=([^;]+)/)?.[1];
    const response = await fetch("graphql", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(csrf ? { "X-XSRF-TOKEN": decodeURIComponent(csrf) } : {}) },
      body: JSON.stringify({ query: `{ searchPeople(identifier: "${id}") { edges { node { name } } } }` }),
    });
    return response.text();
  }, MATILDA.cscId);
  check(!answer.includes(MATILDA.name) && /error|denied|forbidden/i.test(answer), "the API refuses the auditor a person search");
  t.noScriptErrors(session, "the auditor's pages");
}
