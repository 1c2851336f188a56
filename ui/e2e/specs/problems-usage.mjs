// Reporting a data problem and the usage page in more detail than the role journeys: a note is required and the
// form says so; the report reaches the data managers' queue with the source, record, person, reporter and team;
// Not a problem needs a note; Sent to source is shown on the item and found by the status and source filter; a
// team manager sees only their own team's use, an auditor every team's, and one day asked for draws one bar.
// With E2E_SHOTS=folder it also saves screenshots of the pages (for docs/screenshots).

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { openMatilda } from "../journey.mjs";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.2 AA violations inside one element (evaluate runs beside the page's Content-Security-Policy). */
async function axeOn(locator) {
  const page = locator.page();
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(axeSource);
  const result = await locator.evaluate((el) =>
    window.axe.run(el, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] }, resultTypes: ["violations"] }));
  return result.violations.map((v) => `${v.id} (${v.nodes.length}x)`);
}

export default async function problemsAndUsage(t) {
  const { check, signIn, USERS, appears, axe } = t;
  const shot = async (page, name) => {
    if (process.env.E2E_SHOTS) await page.screenshot({ path: join(process.env.E2E_SHOTS, `${name}.png`), fullPage: true });
  };
  const note = `The date is wrong (problems-usage ${Date.now()})`;

  // A social worker reports a fact on Matilda's page.
  const sam = await signIn(USERS.socialWorker);
  await openMatilda(t, sam.page);
  const summary = sam.page.locator("main summary", { hasText: "Report a problem" }).first();
  if (check(await appears(summary), "the person page offers Report a problem beside a fact")) {
    await summary.focus();
    await sam.page.keyboard.press("Enter");
    const details = sam.page.locator("main details[open]", { has: sam.page.locator("summary", { hasText: "Report a problem" }) }).first();
    const noteField = details.getByLabel("What is wrong?");
    check(await appears(noteField), "Enter opens the form, its note field labelled");
    await details.getByRole("button", { name: "Send to the data managers" }).click();
    check(await appears(details.locator(".govuk-error-message", { hasText: "Say what is wrong" })), "an empty note is refused with a message");
    check(await noteField.evaluate((el) => el === document.activeElement), "the note field has focus again");
    // axe on the form alone: the rest of the person page is the person page spec's to check.
    const violations = await axeOn(details);
    check(violations.length === 0, `axe: no WCAG 2.2 AA violations in the report form showing an error${violations.length ? ` -- ${violations.join(" | ")}` : ""}`);
    await noteField.fill(note);
    await details.getByRole("button", { name: "Send to the data managers" }).click();
    check(await appears(details.getByText("Sent to the data managers' queue")), "the report is confirmed: Sent to the data managers' queue");
    await shot(sam.page, "report-problem-sent");
  }
  // Script errors on the person page are the person page spec's to find (it checks them after the same journey).

  // The data manager finds it with the source and record, refuses Not a problem without a note, sends it on.
  const dee = await signIn(USERS.dataManager);
  const { page } = dee;
  if (await t.opens(page, "#/problems", /Reported data problems/, "#/problems opens the queue")) {
    const item = page.locator(".app-problem", { hasText: note });
    if (check(await appears(item), "the report is in the open queue")) {
      const text = await item.innerText();
      check(/Source\s+\S+/.test(text) && /Record\s+\S+/.test(text), "the queue names the source and the record");
      check(text.includes("sam.social") && text.includes("North Locality"), "the queue names the reporter and their team");
      check(text.includes(t.MATILDA.name), "the queue names the person");
      await axe(page, "the data problems queue");
      await shot(page, "problems-queue");
      const source = (await item.locator("dt", { hasText: /^Source$/ }).locator("xpath=following-sibling::dd").innerText()).trim();
      await item.getByRole("button", { name: "Not a problem" }).click();
      check(await appears(item.locator(".govuk-error-message", { hasText: "why it is not a problem" })), "Not a problem without a note is refused");
      await item.locator("textarea").fill("Raised with the system's owner");
      await item.getByRole("button", { name: "Sent to source" }).click();
      check(await appears(item.getByText("Raised with the system's owner")), "the outcome and note are shown on the item");

      await page.selectOption("#problems-status", "SENT_TO_SOURCE");
      await page.selectOption("#problems-source", source);
      await page.getByRole("button", { name: "Show", exact: true }).click();
      await page.waitForFunction(() => location.hash.includes("status=SENT_TO_SOURCE"));
      check(await appears(page.locator(".app-problem", { hasText: note })), "the status and source filter finds it sent to the source");
    }
  }
  t.noScriptErrors(dee, "the data manager's queue");

  // Usage: a team manager's own team only; an auditor's every team; one day, one bar.
  const tom = await signIn(USERS.manager);
  if (await t.opens(tom.page, "#/usage", /Usage/, "#/usage opens for a team manager")) {
    const heading = tom.page.locator(".app-usage-results h2").first();
    check(await appears(heading) && (await heading.innerText()).includes("North Locality"), "a team manager sees their own team");
    check((await tom.page.locator("#usage-team").count()) === 0, "a team manager is offered no team choice");
    check((await tom.page.locator("svg.chart--daily").count()) === 3, "three per-day charts: sign-ins, searches, person views");
    check((await tom.page.locator("svg#usage-signIns rect.chart__bar").count()) === 14, "a bar per day of the last fortnight");
    await shot(tom.page, "usage-team-manager");
  }
  t.noScriptErrors(tom, "the team manager's usage page");

  const aud = await signIn(USERS.auditor);
  if (await t.opens(aud.page, "#/usage", /Usage/, "#/usage opens for an auditor")) {
    const table = aud.page.locator(".app-usage-results table");
    if (check(await appears(table), "the auditor's usage page has the table")) {
      const teams = await aud.page.locator(".app-usage-results tbody td:nth-child(2)").allInnerTexts();
      check(teams.includes("North Locality") && teams.includes("Information Management"), "an auditor sees every team's rows");
    }
    await axe(aud.page, "the usage page (auditor)");
    await aud.page.fill("#usage-from", await aud.page.inputValue("#usage-to"));
    await aud.page.getByRole("button", { name: "Show usage" }).click();
    await aud.page.waitForFunction(() => {
      const q = new URLSearchParams(location.hash.split("?")[1] ?? "");
      return q.get("from") === q.get("to");
    });
    await aud.page.locator("svg#usage-searches").waitFor();
    check((await aud.page.locator("svg#usage-searches rect.chart__bar").count()) === 1, "one day asked for, one bar");
  }
  t.noScriptErrors(aud, "the auditor's usage page");
}
