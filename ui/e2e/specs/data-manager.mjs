// Data manager: the match review queue, the data problems queue (a problem a social worker reported arrives with
// its source and record named, and is resolved) and the sources page; no one's family.

import { openMatilda } from "../journey.mjs";

export default async function dataManager(t) {
  const { check, signIn, USERS, appears, axe } = t;

  // A social worker reports a problem on one of Matilda's facts.
  const note = `Wrong date, checked with the school (e2e ${Date.now()})`;
  const sam = await signIn(USERS.socialWorker);
  await openMatilda(t, sam.page);
  const report = sam.page.locator("main").getByText("Report a problem").first();
  let reported = false;
  if (await appears(report, "problems")) {
    await report.click();
    const noteField = sam.page.getByLabel(/note|what is wrong/i).first();
    await noteField.fill(note);
    await sam.page.locator("main").getByRole("button", { name: /send|report/i }).first().click();
    reported = await appears(sam.page.getByText(/Sent to the data managers/), "problems");
  }
  check(reported, "a social worker reports a problem and is told it went to the data managers' queue", "problems");

  const session = await signIn(USERS.dataManager);
  const { page } = session;
  await axe(page, "the data manager's start page");
  const nav = page.locator("header");
  for (const name of ["Match review", "Data problems", "Sources"]) {
    check(await appears(nav.getByRole("link", { name })), `the header offers ${name}`);
  }

  if (await t.opens(page, "#/review", /review/i, "#/review opens the match review")) {
    await appears(page.locator("#candidate-heading"));
    check(await appears(page.locator("main").getByRole("button", { name: /^Confirm/ })), "the match review offers a pair to confirm or reject");
    await axe(page, "the match review");
  }
  if (await t.opens(page, "#/problems", /problem/i, "#/problems opens the data problems queue", "problems")) {
    if (reported) check(await appears(page.locator("main").getByText(note)), "the reported problem is in the queue with its note");
    await axe(page, "the data problems queue", "problems");
  }
  if (await t.opens(page, "#/sources", /sources/i, "#/sources opens the sources page")) {
    check(await appears(page.locator("main").getByText(/days? old|current as of/i)), "the sources page says how fresh each source is");
    await axe(page, "the sources page (data manager)");
  }
  t.noScriptErrors(session, "the data manager's pages");
}
