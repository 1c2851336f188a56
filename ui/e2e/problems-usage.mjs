// Browser check of "Report a problem", the data managers' queue (#/problems) and the usage page (#/usage), against
// a running demo (`./family-context serve`).
//
//   node ui/e2e/problems-usage.mjs [BASE_URL] [SCREENSHOT_DIR]     (default http://127.0.0.1:8080, no screenshots)
//
// Needs playwright-core and a Chromium (PLAYWRIGHT_CORE, CHROMIUM as for e2e/cohorts.mjs) and esbuild (ui's own);
// with AXE_CORE=/path/to/axe-core/axe.min.js it also runs axe on each page.
// "Report a problem" is checked on a small page of its own (e2e/report-harness.ts, served by the check on the
// service's origin so that it signs in with the session) until the person page places it beside its facts.
// Exits non-zero on the first failed check's end of run.

import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { mkdirSync } from "node:fs";

const base = (process.argv[2] ?? "http://127.0.0.1:8080").replace(/\/$/, "");
const shots = process.argv[3];
if (shots) mkdirSync(shots, { recursive: true });
const here = dirname(fileURLToPath(import.meta.url));
const { chromium } = await import(process.env.PLAYWRIGHT_CORE ?? "playwright-core");

const harness = await build({
  entryPoints: [join(here, "report-harness.ts")],
  bundle: true,
  format: "esm",
  target: "es2022",
  write: false,
  logLevel: "warning",
});
const harnessJs = harness.outputFiles[0].text;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
    "--disable-sync", "--no-first-run"],
});

let failures = 0;
function check(condition, what) {
  console.log(`${condition ? "ok  " : "FAIL"} ${what}`);
  if (!condition) failures++;
}

async function signIn(username, password) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  await page.goto(`${base}/`);
  await page.fill('input[name="username"]', username);
  await page.fill('input[name="password"]', password);
  await Promise.all([page.waitForLoadState("networkidle"), page.click('button[type="submit"]')]);
  return { context, page, problems };
}

// axe-core, when AXE_CORE names its axe.min.js: WCAG 2.2 AA violations on each page fail the check.
const axeSource = process.env.AXE_CORE ? (await import("node:fs")).readFileSync(process.env.AXE_CORE, "utf8") : null;
async function axe(page, what) {
  if (!axeSource) return;
  // evaluate runs beside the page's Content-Security-Policy, which would refuse an injected script tag.
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] }));
  const found = result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  check(found.length === 0, `axe finds no WCAG 2.2 AA violation on ${what}${found.length ? `: ${found.join(", ")}` : ""}`);
}

async function shot(page, name) {
  if (shots) await page.screenshot({ path: join(shots, `${name}.png`), fullPage: true });
}

const note = `The date of birth is wrong (browser check ${Date.now()})`;
try {
  // A social worker reports a fact as wrong.
  {
    const { context, page, problems } = await signIn("sam.social", "demo-sam");
    await page.route(`${base}/report-harness.html`, (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Report a problem</title>
          <link rel="stylesheet" href="app.css"></head><body><main id="main" class="main"></main>
          <script type="module" src="report-harness.js"></script></body></html>`,
      }));
    await page.route(`${base}/report-harness.js`, (route) => route.fulfill({ contentType: "text/javascript", body: harnessJs }));
    await page.goto(`${base}/report-harness.html`);
    await page.waitForSelector("body[data-ready]");
    const summary = page.locator("summary", { hasText: "Report a problem" });
    check(await summary.isVisible(), "a Report a problem link is shown");
    await summary.focus();
    await page.keyboard.press("Enter");
    const textarea = page.getByLabel("What is wrong?");
    check(await textarea.isVisible(), "Enter opens the form, its note field labelled");
    await page.click('button:has-text("Send to the data managers")');
    check((await page.locator(".error-message").innerText()).includes("Say what is wrong"), "an empty note is refused with a message");
    check(await textarea.evaluate((el) => el === document.activeElement), "the note field gets focus back");
    await textarea.fill(note);
    await shot(page, "report-problem-form");
    await axe(page, "the open report form with an error");
    await page.click('button:has-text("Send to the data managers")');
    await page.waitForSelector("text=Sent to the data managers' queue");
    check(true, "the report is confirmed: Sent to the data managers' queue");
    await shot(page, "report-problem-sent");

    await page.goto(`${base}/#/problems`);
    await page.waitForSelector("h1");
    check((await page.locator("h1").innerText()).includes("for data managers"), "a social worker is told the queue is for data managers");
    await page.goto(`${base}/#/usage`);
    await page.waitForSelector("h1");
    check((await page.locator("h1").innerText()).includes("for team managers and auditors"), "a social worker is told usage is for team managers and auditors");
    check(problems.length === 0, `no page errors for the social worker (${problems.join(" | ")})`);
    await context.close();
  }

  // The data manager finds it in the queue with the source and record, and sends it to the source.
  {
    const { context, page, problems } = await signIn("dee.datamanager", "demo-dee");
    await page.goto(`${base}/#/problems`);
    await page.waitForSelector(".problems__list, .error-summary");
    const item = page.locator(".problem", { hasText: note });
    check((await item.count()) === 1, "the report is in the open queue");
    const text = await item.innerText();
    check(/Source\s+\S+/.test(text) && /Record\s+\S+/.test(text), "the queue names the source and the record");
    check(text.includes("sam.social") && text.includes("North Locality"), "the queue names the reporter and team");
    check(text.includes("Matilda Williams"), "the queue names the person");
    await shot(page, "problems-queue");
    await axe(page, "the data problems queue");
    const source = (await item.locator("dt:has-text('Source') + dd").innerText()).trim();
    await item.getByRole("button", { name: "Not a problem" }).click();
    check((await item.locator(".error-message").innerText()).includes("why it is not a problem"), "Not a problem without a note is refused");
    await item.locator("textarea").fill("Raised with the system's owner");
    await item.getByRole("button", { name: "Sent to source" }).click();
    await item.locator("text=Sent to source").first().waitFor();
    await page.waitForFunction(() => [...document.querySelectorAll(".problem")].some((p) => p.textContent.includes("Data manager's note")));
    check((await item.innerText()).includes("Raised with the system's owner"), "the outcome and note are shown on the item");

    await page.selectOption("#problems-status", "SENT_TO_SOURCE");
    await page.selectOption("#problems-source", source);
    await page.click('button:has-text("Show")');
    await page.waitForFunction(() => location.hash.includes("status=SENT_TO_SOURCE"));
    await page.waitForSelector(".problems__list");
    check((await page.locator(".problem", { hasText: note }).count()) === 1, "the filter by status and source finds it sent to source");
    await shot(page, "problems-sent");
    check(problems.length === 0, `no page errors for the data manager (${problems.join(" | ")})`);
    await context.close();
  }

  // A team manager sees their own team's use; an auditor every team's, and a CSV.
  {
    const { context, page, problems } = await signIn("tom.manager", "demo-tom");
    await page.goto(`${base}/#/usage`);
    await page.waitForSelector(".usage-results h2, .usage-results .error-summary");
    check((await page.locator(".usage-results h2").first().innerText()).includes("North Locality"), "a team manager sees their own team");
    check((await page.locator("#usage-team").count()) === 0, "a team manager is offered no team choice");
    check((await page.locator("svg.chart--daily").count()) === 3, "three per-day charts");
    check((await page.locator("svg#usage-signIns rect.chart__bar").count()) === 14, "a bar per day of the last fortnight");
    await shot(page, "usage-team-manager");
    await axe(page, "the usage page (team manager)");
    check(problems.length === 0, `no page errors for the team manager (${problems.join(" | ")})`);
    await context.close();
  }
  {
    const { context, page, problems } = await signIn("aud.auditor", "demo-aud");
    await page.goto(`${base}/#/usage`);
    await page.waitForSelector(".usage-results table, .usage-results .error-summary");
    const teams = await page.locator(".usage-results tbody td:nth-child(2)").allInnerTexts();
    check(teams.includes("North Locality") && teams.includes("Information Management"), "an auditor sees every team's rows");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click('button:has-text("Download CSV")')]);
    const path = await download.path();
    const csv = (await import("node:fs")).readFileSync(path, "utf8");
    check(csv.replace(/^\ufeff/, "").startsWith("day,team,sign-ins,searches,person views"), "the CSV has the table's columns");
    await shot(page, "usage-auditor");
    await axe(page, "the usage page (auditor)");
    const from = await page.inputValue("#usage-from");
    await page.fill("#usage-from", await page.inputValue("#usage-to"));
    await page.click('button:has-text("Show usage")');
    await page.waitForFunction((f) => !location.hash.includes(`from=${f}`), from);
    await page.waitForSelector("svg#usage-searches");
    check((await page.locator("svg#usage-searches rect.chart__bar").count()) === 1, "one day asked for, one bar");
    check((await page.locator(".usage-results h2").first().innerText()).includes("every team"), "an auditor sees every team by default");
    check(problems.length === 0, `no page errors for the auditor (${problems.join(" | ")})`);
    await context.close();
  }
} finally {
  await browser.close();
}
console.log(failures === 0 ? "All checks passed" : `${failures} check(s) failed`);
process.exit(failures === 0 ? 0 : 1);
