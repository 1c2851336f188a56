// Team manager: a practitioner (search), plus the usage of their own team: date filter, charts and a table per
// day and team, and a CSV download.

import { download } from "../files.mjs";

export default async function teamManager(t) {
  const { check, signIn, USERS, appears, axe } = t;
  const session = await signIn(USERS.manager);
  const { page } = session;
  check((await page.locator("main h1").innerText()).includes("Find a person"), "a team manager starts on Find a person");
  check(await appears(page.locator("header").getByRole("link", { name: "Usage" })), "the header offers Usage");

  if (await t.opens(page, "#/usage", /usage/i, "#/usage opens the usage page", "usage")) {
    check(await appears(page.getByLabel(/from/i)), "the usage page has a date filter", "usage");
    check(await appears(page.locator("main svg")), "the usage page draws charts", "usage");
    const table = page.locator("main table").first();
    if (check(await appears(table), "the usage page has a table per day and team", "usage")) {
      // Sign-ins are audited: this manager's own sign-in a moment ago is counted.
      check(/\b[1-9]\d*\b/.test(await table.innerText()), "the table counts this morning's sign-ins", "usage");
    }
    const csvButton = page.locator("main").getByRole("button", { name: /CSV/ }).or(page.locator("main").getByRole("link", { name: /CSV/ }));
    if (check(await appears(csvButton), "the usage page offers a CSV download", "usage")) {
      const csv = await download(page, () => csvButton.first().click());
      check(/\.csv$/.test(csv.name) && csv.bytes.toString("utf8").split("\n").length > 1, `the usage CSV downloads (${csv.name})`, "usage");
    }
    await axe(page, "the usage page (team manager)", "usage");
  }
  t.noScriptErrors(session, "the team manager's pages");
}
