// Social worker's whole journey: sign in -> search by name, by name and date of birth, and by ID -> results with
// age, address and sources -> purpose asked once -> person page with the family diagram and the involvement panel
// -> a relative selected with the keyboard -> refocus on them -> SVG, PNG and PDF exports are real files -> sign out.

import { download, looksLikePdf, pngSize, svgRootIn } from "../files.mjs";
import { choosePurposeIfAsked, openMatilda, resultRow, searchByName } from "../journey.mjs";

export default async function socialWorker(t) {
  const { check, signIn, USERS, MATILDA, appears, axe } = t;
  const session = await signIn(USERS.socialWorker);
  const { page } = session;

  check((await page.locator("main h1").innerText()).includes("Find a person"), "a social worker starts on Find a person");
  await axe(page, "the search page");

  // By name: the results say age, address and sources, so the reader can tell people apart.
  await searchByName(page, MATILDA.name);
  const row = resultRow(page, MATILDA.name);
  check(await appears(row), "a name search finds Matilda Williams");
  const cells = await row.locator("td").allInnerTexts();
  const headers = await page.locator("main table thead th").allInnerTexts();
  const cell = (heading) => cells[headers.findIndex((h) => h.trim().toLowerCase().startsWith(heading))] ?? "";
  check(/^\d+$/.test(cell("age").trim()), `the result shows her age (${cell("age")})`);
  check(/\S/.test(cell("source")), `the result names the sources (${cell("source")})`);
  check(/\S/.test(cell("address")) && cell("address") !== "Not known", `the result shows her address (${cell("address")})`);
  await axe(page, "the search results");

  // By name and date of birth: the date from the first results, typed as a reader would (27/03/2015).
  const born = new Date(`${cell("date of birth")} 12:00 UTC`);
  check(!Number.isNaN(born.getTime()), `the result shows her date of birth (${cell("date of birth")})`);
  if (!Number.isNaN(born.getTime())) {
    const typed = `${String(born.getUTCDate()).padStart(2, "0")}/${String(born.getUTCMonth() + 1).padStart(2, "0")}/${born.getUTCFullYear()}`;
    await searchByName(page, MATILDA.name, typed);
    check(await appears(resultRow(page, MATILDA.name)), `a name and date of birth search (${typed}) finds her`);
    check(page.url().includes("dob="), "the date of birth goes into the address");
  }

  // By ID: one match goes straight to the person, and the purpose is asked first.
  const person = await openMatilda(t, page, { choosePurpose: false });
  check(person.askedPurpose, "opening her record asks the purpose of access");
  await axe(page, "the purpose question");
  await choosePurposeIfAsked(page);
  check(await appears(page.locator("main h1", { hasText: MATILDA.name })), "the person page opens on Matilda Williams");
  const personUrl = page.url();

  // Asked once per person: going back to her in the same session does not ask again.
  await page.goto(`${t.base}/#/`);
  await page.locator("main h1", { hasText: "Find a person" }).waitFor();
  await page.goto(personUrl);
  await page.locator("main h1").first().waitFor();
  check((await page.locator("main h1").first().innerText()).includes(MATILDA.name), "the purpose is not asked a second time for her");

  // The diagram and the involvement panel.
  const diagram = page.locator('main svg[role="group"]');
  check(await appears(diagram, "genogram"), "the person page shows the family diagram", "genogram");
  const people = diagram.locator('[role="button"][tabindex]');
  check((await people.count()) > 2, `the diagram draws her relatives as focusable people (${await people.count()})`, "genogram");
  check(await appears(page.locator("main").getByRole("heading", { name: /services/i })), "the page lists the services working with her");
  const panelTag = page.locator("main").getByText(/^(Current|Historic|None found)$/);
  check(await appears(panelTag), "the involvement panel tags services Current / Historic / None found");
  await axe(page, "the person page", "person-page");

  // A relative selected with the keyboard: focus Matilda in the diagram, arrow up to a parent, Enter.
  const focusNode = diagram.locator(`[role="button"][aria-label^="${MATILDA.name}"]`);
  if (await appears(focusNode, "genogram")) {
    await focusNode.first().focus();
    await page.keyboard.press("ArrowUp");
    const moved = await page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? "");
    check(moved && !moved.startsWith("Matilda"), `ArrowUp moves to a parent (${moved})`, "genogram");
    await page.keyboard.press("Enter");
    const relative = moved.split(",")[0];
    check(relative && (await appears(page.locator("main").getByRole("heading", { name: relative }), "person-page")),
      `Enter shows ${relative}'s services in the panel`, "person-page");
  } else {
    check(false, "Matilda is a focusable person in the diagram", "genogram");
  }

  // Refocus: open a relative's own family from Matilda's page (a link to their page; the tabs link to hers).
  // The People tab lists everyone in the diagram with a link to their family.
  const peopleTab = page.getByRole("tab", { name: "People" });
  if ((await peopleTab.count()) > 0) await peopleTab.click();
  const relativeLinks = page.locator('main a[href^="#/person/"]:not([role="tab"]):visible');
  const ownHref = new URL(personUrl).hash.split("?")[0];
  const hrefs = await relativeLinks.evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  const index = hrefs.findIndex((href) => href.split("?")[0] !== ownHref);
  check(index >= 0, "the page links to her relatives' own pages");
  if (index >= 0) {
    await relativeLinks.nth(index).click();
    await choosePurposeIfAsked(page);
    await page.waitForFunction((own) => !location.hash.startsWith(own), ownHref);
    const heading = await page.locator("main h1").first().innerText();
    check(!heading.includes(MATILDA.name) && new URL(page.url()).hash.split("?")[0] === hrefs[index].split("?")[0],
      `refocusing opens a relative's family (${heading})`);
    await page.goto(personUrl);
    await page.locator("main h1", { hasText: MATILDA.name }).waitFor();
  }

  // Exports: real files, judged by their bytes.
  const exportButton = (name) => page.locator("main").getByRole("button", { name });
  if (await appears(exportButton(/SVG/), "export")) {
    const svg = await download(page, () => exportButton(/SVG/).first().click());
    const root = await svgRootIn(page, svg.bytes.toString("utf8"));
    check(root?.namespace === "http://www.w3.org/2000/svg", `the SVG export is an SVG document (${svg.name}, ${svg.bytes.length} bytes)`);
    check(root?.text.includes("OFFICIAL-SENSITIVE"), "the SVG export carries the OFFICIAL-SENSITIVE marking");
    const png = await download(page, () => exportButton(/PNG/).first().click());
    const size = pngSize(png.bytes);
    check(size && size.width > 200 && size.height > 100, `the PNG export decodes as a PNG (${png.name}, ${size?.width}x${size?.height})`);
    const pdf = await download(page, () => exportButton(/PDF/).first().click());
    check(looksLikePdf(pdf.bytes) && pdf.bytes.length > 2000, `the PDF export is a complete PDF (${pdf.name}, ${pdf.bytes.length} bytes)`);
  } else {
    check(false, "the person page offers SVG, PNG and PDF downloads", "export");
  }

  t.noScriptErrors(session, "the social worker's pages");

  // Sign out ends the session: the start page asks to sign in again.
  await page.locator("header").getByRole("button", { name: "Sign out" }).click();
  await page.waitForURL(/login/);
  await page.goto(`${t.base}/`);
  check(await appears(page.locator('input[name="password"]')), "after signing out the page asks to sign in again");
  await axe(page, "the sign-in page");
}
