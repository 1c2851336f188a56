// Match review and sources in detail (the data manager's own pages): a pair side by side with every field's
// agreement in words, the waterfall's bars, a decision refused without its reason and then saved with one,
// the next pair after it; every source's age in days with a warning tag on each stale one. It REJECTS one pair of
// the demo's review queue: the e2e server's data folder is thrown away afterwards.

export default async function matchReview(t) {
  const { check, signIn, USERS, appears, axe } = t;
  const session = await signIn(USERS.dataManager);
  const { page } = session;

  check(new URL(page.url()).hash === "#/review", "a data manager starts on #/review");
  check((await page.locator("header .app-identity").innerText()).includes("Data manager"), "the header names the data manager's role");
  check((await page.locator('header a[aria-current="page"]').innerText()) === "Match review", "the header marks Match review as the page shown");
  if (!(await appears(page.locator("#candidate-heading")))) {
    check(false, "the review queue shows a pair (the demo has pairs waiting)");
    return;
  }
  const waitingText = async () => page.locator("main p", { hasText: "waiting for a decision" }).first().innerText().catch(() => "0");
  const waiting = Number((await waitingText()).replace(/[^\d]/g, ""));
  check(waiting > 0, `the page says how many pairs wait (${waiting})`);

  const agreement = await page.locator(".app-compare tbody td:last-child").allInnerTexts();
  check(agreement.length > 0 && agreement.every((w) => ["Same", "Different", "Only one has it"].includes(w.trim())),
    "every aligned field says in words whether the two records agree");
  check((await page.locator(".waterfall svg title").count()) === 1, "the waterfall is an SVG with a title");
  const bars = await page.locator(".waterfall__row").count();
  const steps = await page.locator(".app-candidate details table tbody tr").count();
  check(bars === steps + 1 && steps > 0, `the waterfall has a bar per comparison and a final one (${bars})`);
  check(/likely$/.test((await page.locator(".waterfall__value--final").textContent()) ?? ""), "the final bar says its probability in words");
  await axe(page, "a pair in the match review");

  const reject = page.locator("main").getByRole("button", { name: /^Reject/ });
  check(await page.locator("main").getByRole("button", { name: /^Confirm/ }).isVisible(), "the pair can be confirmed");
  await reject.click();
  await appears(page.locator(".govuk-error-summary"));
  check((await page.locator(".govuk-error-summary__list li").innerText()).includes("Say why"), "a decision without a reason is refused, and says why");
  check(await page.locator("#reason").evaluate((e) => e.classList.contains("govuk-textarea--error")), "the reason field is marked");
  await axe(page, "the match review's error summary");
  await page.getByLabel("Why").fill("Browser test: different forenames (synthetic demo data).");
  await reject.click();
  check(await appears(page.locator(".govuk-notification-banner--success", { hasText: "will not be joined" })), "the rejection is confirmed in words");
  await appears(page.locator("#candidate-heading, main p:has-text('No pairs are waiting')"));
  const after = Number((await waitingText()).replace(/[^\d]/g, ""));
  check(after === waiting - 1, `the queue is one pair shorter (${waiting} -> ${after})`);
  check(after === 0 || (await appears(page.locator("#candidate-heading"))), "the next pair is shown");

  await page.locator("header").getByRole("link", { name: "Sources" }).click();
  if (await appears(page.locator(".app-sources tbody tr"))) {
    const ages = await page.locator(".app-sources__age").allInnerTexts();
    check(ages.length > 0 && ages.every((a) => /^(\d[\d,]* days? old|Taken today)$/.test(a)), "each dated source says how many days old its data is");
    const stale = await page.locator(".app-sources__row--stale").count();
    check(stale === (await page.locator(".app-sources__row--stale .govuk-tag").count()), `each stale source has a warning tag (${stale})`);
  } else {
    check(false, "the sources page lists the sources");
  }
  t.noScriptErrors(session, "the match review and sources pages");
}
