// Analyst journey: the family cohorts page (filter in the address, withheld counts marked [c] in tables, chart and
// heat map, CSV download, a refused field named beside it, Clear), and a social worker kept away from it.

export default async function analystCohorts(t) {
  const { check, signIn, USERS } = t;
  // The analyst starts on the cohorts, with the header link.
  const session = await signIn(USERS.analyst);
  const { context, page } = session;
  await page.waitForSelector("form.cohort-form");
  check(new URL(page.url()).hash.startsWith("#/cohorts"), "an analyst lands on #/cohorts");
  check(await page.locator("header").getByRole("link", { name: "Family cohorts" }).isVisible(), "the header links to Family cohorts");
  await t.axe(page, "the cohorts page (no filter)");

  // A filter through the form goes into the address, and the figures come back with withheld cells marked [c].
  await page.waitForSelector('input[name="indicator"]');
  await page.fill("#minIndicators", "1");
  await page.check("#loneParent-either");
  await page.click('button:has-text("Show figures")');
  await page.waitForFunction(() => location.hash.includes("minIndicators=1"));
  await page.waitForSelector("#by-indicator-count table");
  check(/Families with at least 1 indicator\b/.test(await page.locator(".results__for").innerText()), "the filter is said in words");
  await t.axe(page, "the cohorts page with figures");
  check(/Numbers from 1 to \d+ are withheld \(\[c\]\)/.test(await page.locator(".notice--disclosure").innerText()), "the threshold in force is said at the top");

  const withheldRow = page.locator("#by-indicator-count tbody td.figure--withheld").first();
  check((await withheldRow.count()) === 1, "a withheld count in the table is hatched (class figure--withheld)");
  if ((await withheldRow.count()) === 1) {
    check((await withheldRow.innerText()).includes("[c]"), "a withheld count in the table reads [c]");
  }
  const chartWithheld = page.locator("#chart-indicator-count .chart__withheld").first();
  check((await chartWithheld.count()) === 1, "the bar chart draws a hatched column for a withheld count");
  if ((await chartWithheld.count()) === 1) {
    check((await chartWithheld.textContent()).includes("[c]"), "the bar chart writes [c] on it");
    check((await chartWithheld.locator("rect.chart__withheld-band").getAttribute("fill")).startsWith("url(#"), "the column is filled with the hatch pattern");
  }

  await page.waitForSelector("#heat-map");
  const heatWithheld = page.locator("#heat-map .heat__cell--withheld").first();
  check((await heatWithheld.count()) === 1, "the heat map has a withheld cell");
  if ((await heatWithheld.count()) === 1) {
    check((await heatWithheld.locator(".heat__count").textContent()) === "[c]", "a withheld heat-map cell is written [c], not colour alone");
  }
  await page.click('#co-occurrence .toggle__button:has-text("Table")');
  check(await page.locator("#co-occurrence .view--table").isVisible(), "the heat map has a table view");

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator('#by-indicator-count button:has-text("Download CSV")').click(),
  ]);
  check(/^family-cohort_families-by-number-of-indicators_\d{4}-\d{2}-\d{2}_\d{4}\.csv$/.test(download.suggestedFilename()), `the CSV's name says what and when (${download.suggestedFilename()})`);
  const { readFile } = await import("node:fs/promises");
  const csv = await readFile(await download.path(), "utf8");
  check(csv.includes("[c]") && csv.includes("Total"), "the CSV holds the published figures, [c] included");

  // The address alone gives the same filter back (a shared link).
  const shared = page.url();
  const second = await context.newPage();
  await second.goto(shared);
  await second.waitForSelector("#minIndicators");
  check((await second.inputValue("#minIndicators")) === "1", "a shared address fills the form with its filter");
  await second.close();

  // A field the server refuses is named beside it.
  await page.fill("#minChildren", "4");
  await page.fill("#maxChildren", "2");
  await page.click('button:has-text("Show figures")');
  const error = page.locator("#maxChildren").locator("xpath=preceding-sibling::p[contains(@class,'error-message')]");
  await error.waitFor({ timeout: 10000 }).catch(() => {});
  check((await error.count()) === 1, "a refused maximum is marked beside its field");

  await page.click("a:has-text('Clear the filter')");
  await page.waitForFunction(() => location.hash === "#/cohorts" && !document.querySelector("[class*='error-message']"));
  check((await page.inputValue("#minChildren")) === "" && (await page.locator(".results__for").innerText()) === "Every family", "Clear the filter empties the form");

  t.noScriptErrors(session, "the cohorts page");
  await context.close();

  // A social worker keeps the search and is not offered the cohorts.
  const sam = await signIn(USERS.socialWorker);
  await sam.page.waitForSelector("h1");
  check((await sam.page.locator("h1").innerText()).includes("Find a person"), "a social worker starts on the search");
  check(!(await sam.page.locator("header").getByRole("link", { name: "Family cohorts" }).isVisible()), "a social worker has no Family cohorts link");
  await sam.page.goto(`${t.base}/#/cohorts`);
  await sam.page.waitForSelector("h1:has-text('for analysts')");
  check(true, "a social worker who opens #/cohorts is told they are for analysts");
  await t.axe(sam.page, "the cohorts refusal");
  await sam.context.close();
}
