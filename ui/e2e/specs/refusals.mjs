// Each role sees only its views: a role that opens another role's page by its address is told in words, and
// is shown no one's data.

import { openMatilda } from "../journey.mjs";

export default async function refusals(t) {
  const { check, signIn, USERS, MATILDA, appears, axe } = t;
  // A link to Matilda's family as a social worker would share it.
  const sessions = new Map();
  sessions.set(USERS.socialWorker, await signIn(USERS.socialWorker));
  await openMatilda(t, sessions.get(USERS.socialWorker).page);
  const matildaHref = new URL(sessions.get(USERS.socialWorker).page.url()).hash.split("?")[0];

  // [user, address, what the page must say, the part it is about]
  const cases = [
    [USERS.socialWorker, "#/cohorts", /for analysts/i],
    [USERS.dataManager, "#/cohorts", /for analysts/i],
    [USERS.socialWorker, "#/review", /data managers?/i],
    [USERS.socialWorker, "#/problems", /data managers?/i, "problems"],
    [USERS.socialWorker, "#/usage", /(team managers?|auditors?)/i, "usage"],
    [USERS.analyst, "#/review", /data managers?/i],
    [USERS.analyst, matildaHref, /social workers?/i],
    [USERS.auditor, matildaHref, /social workers?/i],
    [USERS.dataManager, "#/usage", /team managers?|auditors?/i, "usage"],
    [USERS.auditor, "#/review", /data managers?/i],
  ];
  for (const [user, address, said, part] of cases) {
    if (!sessions.has(user)) sessions.set(user, await signIn(user));
    const { page } = sessions.get(user);
    await page.goto(`${t.base}/${address}`);
    const heading = page.locator("main h1").first();
    await heading.waitFor();
    await page.waitForTimeout(300);
    const text = await page.locator("main").innerText();
    check(said.test(text) && !text.includes(MATILDA.name), `${user.username} opening ${address} is told it is not for them`, part);
  }
  const { page } = sessions.get(USERS.socialWorker);
  await page.goto(`${t.base}/#/cohorts`);
  await appears(page.locator("main h1", { hasText: "for analysts" }));
  await axe(page, "a refusal page");
}
