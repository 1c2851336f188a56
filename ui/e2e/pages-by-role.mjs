// Browser check of the header's pages for each role, the match review page and the sources page, against a
// running demo (`./family-context serve`).
//
//   node ui/e2e/pages-by-role.mjs [BASE_URL]          (default http://127.0.0.1:8080)
//
// Needs playwright-core (a devDependency of ui: run it from ui/, or set PLAYWRIGHT_CORE) and a Chromium (CHROMIUM,
// default /usr/bin/chromium). It signs in as each demo user. It REJECTS one pair of the review queue as the demo
// data manager, so run it against a demo you can throw away. Exits non-zero when a check fails.

const base = (process.argv[2] ?? "http://127.0.0.1:8080").replace(/\/$/, "");
const { chromium } = await import(process.env.PLAYWRIGHT_CORE ?? "playwright-core");

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--no-first-run"],
});

let failures = 0;
function check(condition, what) {
  console.log(`${condition ? "ok  " : "FAIL"} ${what}`);
  if (!condition) failures++;
}

async function signIn(username, password) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => {
    // A refused inline style or script is reported on the console: the page must need none.
    if (m.type() === "error") problems.push(m.text());
  });
  await page.goto(`${base}/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForLoadState("networkidle"), page.click('button[type="submit"]')]);
  await page.waitForSelector(".app-identity:not(:empty)");
  return { context, page, problems };
}

async function headerLinks(page) {
  return page.locator(".app-views a").allInnerTexts();
}

// Each role's header shows only its pages, in this order.
const ROLES = [
  ["sam.social", "demo-sam", "Social worker", ["Find a person"]],
  ["fran.coordinator", "demo-fran", "Family group conference coordinator", ["Find a person"]],
  ["tom.manager", "demo-tom", "Team manager", ["Find a person", "Usage"]],
  ["dee.datamanager", "demo-dee", "Data manager", ["Match review", "Data problems", "Sources"]],
  ["aud.auditor", "demo-aud", "Auditor", ["Usage", "Sources"]],
  ["ana.analyst", "demo-ana", "Analyst", ["Family cohorts"]],
];

try {
  for (const [user, password, roleName, links] of ROLES) {
    const { context, page, problems } = await signIn(user, password);
    check(JSON.stringify(await headerLinks(page)) === JSON.stringify(links), `${user}'s header offers ${links.join(", ")}`);
    const identity = await page.locator(".app-identity").innerText();
    check(identity.includes(user) && identity.includes(roleName), `${user}'s header names them and their role`);
    check(await page.locator('.app-sign-out button:has-text("Sign out")').isVisible(), `${user} can sign out from the header`);
    check(problems.length === 0, `${user}'s start page has no script or console errors${problems.length ? `: ${problems.join(" | ")}` : ""}`);
    await context.close();
  }

  // A practitioner who opens a data manager's page is told plainly whose it is.
  const sam = await signIn("sam.social", "demo-sam");
  await sam.page.goto(`${base}/#/review`);
  await sam.page.waitForSelector("h1:has-text('for data managers')");
  check(true, "a social worker who opens #/review is told it is for data managers");
  await sam.context.close();

  // The data manager starts on the match review: a pair side by side, its waterfall, and a decision form.
  const dee = await signIn("dee.datamanager", "demo-dee");
  const page = dee.page;
  await page.waitForSelector("#candidate-heading");
  check(new URL(page.url()).hash === "#/review", "a data manager lands on #/review");
  check(await page.locator('.app-views a[aria-current="page"]').innerText() === "Match review", "the header marks Match review as the current page");
  const waiting = Number((await page.locator("p:has-text('waiting for a decision')").first().innerText()).replace(/[^\d]/g, ""));
  check(waiting > 0, `the queue says how many pairs wait (${waiting})`);
  const agreeWords = await page.locator(".app-compare tbody td:last-child").allInnerTexts();
  check(agreeWords.length > 0 && agreeWords.every((w) => ["Same", "Different", "Only one has it"].includes(w.trim())), "every aligned field says in words whether the records agree");
  check((await page.locator(".waterfall svg title").count()) === 1, "the waterfall is an SVG with a title");
  const bars = await page.locator(".waterfall__row").count();
  const steps = await page.locator(".app-candidate details table tbody tr").count();
  check(bars === steps + 1, `the waterfall has a bar per comparison and a final one (${bars})`);
  check(/likely$/.test(await page.locator(".waterfall__value--final").textContent()), "the final bar is labelled with its probability in words");
  const firstPair = await page.locator("#candidate-heading").innerText();

  await page.click('button:has-text("Save decision")');
  await page.waitForSelector(".govuk-error-summary");
  check((await page.locator(".govuk-error-summary__list li").count()) === 2, "saving with no decision and no reason names both problems");
  await page.check("#decision-reject");
  await page.click('button:has-text("Save decision")');
  check((await page.locator(".govuk-error-summary__list li").count()) === 1, "a decision without a reason is still refused");
  await page.fill("#reason", "Browser check: different forenames and only one NHS number (synthetic demo data).");
  await page.click('button:has-text("Save decision")');
  await page.waitForSelector(".govuk-notification-banner--success");
  check((await page.locator(".govuk-notification-banner").innerText()).includes("will not be joined"), "the rejection is confirmed in words");
  await page.waitForSelector("#candidate-heading, p:has-text('No pairs are waiting')");
  const after = Number((await page.locator("p:has-text('waiting for a decision')").first().innerText().catch(() => "0")).replace(/[^\d]/g, ""));
  check(after < waiting, `the queue is shorter after the decision (${waiting} -> ${after})`);
  const next = after === 0 ? null : await page.locator("#candidate-heading").innerText();
  check(after === 0 || (next !== null && next.length > 0), `the next pair is shown (${next ?? "none left"}; before: ${firstPair})`);

  // Sources and freshness: every source with its date, age, coverage and last load.
  await page.click('.app-views a:has-text("Sources")');
  await page.waitForSelector(".app-sources tbody tr");
  const rows = await page.locator(".app-sources tbody tr").count();
  check(rows > 0, `the sources table lists the sources (${rows})`);
  const ages = await page.locator(".app-sources__age").allInnerTexts();
  check(ages.length > 0 && ages.every((a) => /^(\d[\d,]* days? old|Taken today)$/.test(a)), "each dated source says how many days old its data is");
  const staleRows = await page.locator(".app-sources__row--stale").count();
  const tags = await page.locator(".app-sources__tag").count();
  check(staleRows === tags, `each stale source carries a warning tag (${tags})`);
  check(dee.problems.length === 0, `the data manager's pages have no script or console errors${dee.problems.length ? `: ${dee.problems.join(" | ")}` : ""}`);
  await dee.context.close();
} catch (e) {
  console.error(e);
  failures++;
} finally {
  await browser.close();
}

console.log(failures === 0 ? "pages-by-role: all checks passed" : `pages-by-role: ${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
