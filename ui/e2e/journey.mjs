// Steps several journeys share: searching, and opening Matilda Williams's record with a purpose of access.

/** Searches by name (and date of birth, typed dd/mm/yyyy) through the search form, as a reader would. */
export async function searchByName(page, name, dob = "") {
  const form = page.locator("form", { has: page.getByRole("heading", { name: "Search by name" }) });
  await form.getByLabel("Name", { exact: true }).fill(name);
  await form.getByLabel(/Date of birth/).fill(dob);
  await form.getByRole("button", { name: "Search" }).click();
  await page.locator("#results-heading").waitFor();
}

/** The results table's row for a person. */
export function resultRow(page, name) {
  return page.locator("main table tbody tr", { has: page.getByRole("link", { name }) }).first();
}

/** Answers the purpose question when the page asks it (the first purpose offered); says whether it was asked. */
export async function choosePurposeIfAsked(page) {
  const question = page.locator("main h1", { hasText: "Why are you opening this record?" });
  const other = page.locator("main h1").filter({ hasNotText: "Why are you opening this record?" });
  await question.or(other).first().waitFor();
  if (!(await question.isVisible())) return false;
  const select = page.getByLabel("Purpose");
  const first = await select.locator("option").nth(1).getAttribute("value");
  await select.selectOption(first);
  await page.getByRole("button", { name: "Open record" }).click();
  await other.first().waitFor();
  return true;
}

/** Searches for a demo person's CSC case ID from the start page; one match goes straight to their record. */
export async function openByCaseId(t, page, caseId, { choosePurpose = true } = {}) {
  await page.goto(`${t.base}/#/`);
  const form = page.locator("form", { has: page.getByRole("heading", { name: /identifier/ }) });
  await form.getByLabel(/Case ID/).fill(caseId);
  await form.getByRole("button", { name: "Search" }).click();
  await page.waitForURL(/#\/person\//);
  await page.locator("main h1").first().waitFor();
  const askedPurpose = (await page.locator("main h1").first().innerText()).startsWith("Why are you opening");
  if (choosePurpose) await choosePurposeIfAsked(page);
  return { askedPurpose };
}

/** Opens Matilda Williams's record (README's demo child). */
export function openMatilda(t, page, options) {
  return openByCaseId(t, page, t.MATILDA.cscId, options);
}
