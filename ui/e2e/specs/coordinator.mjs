// FGC coordinator: opens Matilda's family, then Mia Goodwin's with the wider family (aunts, uncles, cousins,
// ex-partners, step-relatives' families) and the conference version, which leaves out police and health details everywhere on the page.

import { openByCaseId, openMatilda } from "../journey.mjs";

export default async function coordinator(t) {
  const { check, signIn, USERS, MATILDA, appears, axe } = t;
  const session = await signIn(USERS.coordinator);
  const { page } = session;
  check((await page.locator("main h1").innerText()).includes("Find a person"), "a coordinator starts on Find a person");

  await openMatilda(t, page);
  check(await appears(page.locator("main h1", { hasText: MATILDA.name })), "a coordinator opens Matilda's family");
  // The API gives a coordinator sensitive services only as "involved": the page must show that without failing.
  check(!(await page.locator("main").innerText()).includes("null"), "withheld fields are hidden, never written as null");
  await axe(page, "the person page for a coordinator", "person-page");

  // Matilda's family has no one further out: Mia Goodwin's wider family adds her stepsister's parents and brother.
  await openByCaseId(t, page, t.MIA.cscId);
  await page.locator("main h1", { hasText: t.MIA.name }).waitFor();
  const diagram = page.locator('main svg[role="group"]');
  const people = diagram.locator('[role="button"][tabindex]');
  const wider = page.getByLabel(/Wider family/);
  if (await appears(wider, "person-page")) {
    const before = await people.count();
    await wider.check();
    await page.waitForFunction(() => /wider=1|wider=true/.test(location.hash)).catch(() => {});
    check(/wider=(1|true)/.test(page.url()), "the wider family goes into the address");
    await page.waitForFunction((n) => document.querySelectorAll('main svg[role="group"] [role="button"][tabindex]').length > n, before, { timeout: 5000 }).catch(() => {});
    const after = await people.count();
    check(after > before, `Mia's wider family shows more relatives (${before} -> ${after})`, "genogram");
    await axe(page, "the wider family", "person-page");
  } else {
    check(false, "the person page offers the wider family for a conference", "person-page");
  }

  const conference = page.getByLabel(/Conference version/);
  if (await appears(conference, "person-page")) {
    await conference.check();
    await page.waitForTimeout(500);
    const badges = await diagram.locator("text").allTextContents();
    check(!badges.some((b) => /^(POL|HLT)$/.test(b.trim())), "the conference version draws no police or health badges", "genogram");
    const printed = await page.locator(".print-meta").innerText().catch(() => "");
    check(/conference/i.test(printed) || (await page.locator("main").innerText()).includes("Conference version"),
      "the page says it is the conference version", "person-page");
  } else {
    check(false, "the person page offers a conference version", "person-page");
  }
  t.noScriptErrors(session, "the coordinator's pages");
}
