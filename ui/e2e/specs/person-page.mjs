// The person page (issue 7): header, tabs by keyboard, the side involvement panel, the people table, the controls
// kept in the address (wider family, possible relatives, households as at a date, conference version), refocus
// without a second purpose, and a coordinator who sees sensitive services only as "involved".

export default async function personPage(t) {
  const { check, USERS } = t;
  const base = t.base;
  const signIn = async (username) => t.signIn(Object.values(USERS).find((u) => u.username === username));
  async function openMatilda(page) {
    await page.goto(`${base}/#/search?identifier=1000018`);
    await page.waitForSelector("#purpose");
    await page.selectOption("#purpose", "CHILD_AND_FAMILY_ASSESSMENT");
    const started = Date.now();
    await page.click("form.purpose-form button");
    await page.waitForSelector(".person-tabs", { state: "attached" });
    return Date.now() - started;
  }

  const settled = (page) => page.waitForFunction(() => !document.querySelector(".person-family[aria-busy]"));
  const peopleCount = async (page) => Number(/^(\d+)/.exec(await page.locator(".people-table caption").innerText())?.[1]);

  const session = await signIn("sam.social");
  const { context, page } = session;
  const ms = await openMatilda(page);
  check(ms < 3000, `the page shows within 3 s of choosing a purpose (${ms} ms; the target on an idle machine is 1 s)`);
  check((await page.locator("h1").innerText()) === "Matilda Williams", "the heading names the child");
  check(/Date of birth\s*20 November 2018/.test(await page.locator(".person-header").innerText()), "the header gives the date of birth");
  check((await page.locator('[role="tab"][aria-selected="true"]').innerText()) === "Family diagram", "the family diagram tab is open first");
  await page.waitForSelector(".person-side .coverage-list");
  const side = await page.locator(".person-side").first().innerText();
  check(side.includes("Matilda Williams") && /Children's social care/.test(side), "the side panel shows the child's services");
  check(!/\bnull\b|undefined/.test(await page.locator("main").innerText()), "no 'null' or 'undefined' anywhere on the page");
  check((await page.locator(".print-only.print-meta").innerText()).includes("OFFICIAL-SENSITIVE · Family of Matilda Williams · correct as of"), "the print marking is on the page");
  await t.axe(page, "the person page, Family diagram tab", "person-page");

  // Tabs by keyboard: the arrow keys move along them, and the address keeps the open tab.
  await page.focus("#tab_diagram");
  await page.keyboard.press("ArrowRight");
  check(await page.evaluate(() => document.activeElement?.id === "tab_people"), "ArrowRight moves to the People tab");
  check(page.url().includes("tab=people"), "the open tab goes into the address");
  const closeFamily = await peopleCount(page);
  check(closeFamily >= 5, `the people table lists the family (${closeFamily} people)`);
  await t.axe(page, "the person page, People tab", "person-page");

  // A relative's services under the table, then the controls.
  await page.locator(".people-table tr", { hasText: "mother" }).first().locator("button").click();
  await page.waitForSelector(".person-side--below .coverage-list");
  check(/Victoria Lee/.test(await page.locator(".person-side--below").innerText()), "choosing a relative's Services shows their panel");
  check(page.url().includes("selected="), "the selected person goes into the address");

  // In the demo, Matilda's possible relative is her grandfather's possible sibling: wider family.
  await page.check("#wider");
  await page.waitForFunction(() => location.hash.includes("wider=1"));
  await settled(page);
  const wider = await peopleCount(page);
  check(wider >= closeFamily, "the wider family keeps the close family");
  await page.check("#inferred");
  await page.waitForFunction(() => location.hash.includes("inferred=1"));
  await settled(page);
  check((await peopleCount(page)) > wider, "possible relatives add people to the table");
  check((await page.locator(".people-table").innerText()).includes("% sure"), "a possible relative is shown with its confidence");
  await page.fill("#as-of", "2019-06-01");
  await page.waitForFunction(() => location.hash.includes("asOf=2019-06-01"));
  await settled(page);
  check((await page.locator(".correct-as-of").innerText()).includes("as at 1 June 2019"), "households as at a date are said above the tabs");
  await page.check("#conference");
  await page.waitForFunction(() => location.hash.includes("conference=1"));
  check(!/Police|GP|Health visiting/.test(await page.locator(".people-table tbody").innerText()), "the conference version leaves out police and health services");
  await page.reload();
  await page.waitForSelector(".person-tabs", { state: "attached" });
  check((await page.locator("#conference").isChecked()) && (await page.locator("#as-of").inputValue()) === "2019-06-01", "a reload keeps the controls");

  // Refocus on a relative: the controls are kept and the purpose is not asked again.
  await page.locator(".people-table tr", { hasText: "mother" }).first().locator("a").click();
  await page.waitForFunction(() => location.hash.includes("conference=1") && !location.hash.includes("Pecd03a25831c8a9c"));
  await page.waitForSelector(".person-tabs", { state: "attached" });
  check((await page.locator("h1").innerText()) === "Victoria Lee", "refocusing opens the relative's family without asking the purpose again");
  t.noScriptErrors(session, "the person page");
  await context.close();

  // The FGC coordinator sees a sensitive service only as involved, without errors.
  const fran = await signIn("fran.coordinator");
  await openMatilda(fran.page);
  await fran.page.click("#tab_people");
  await fran.page.locator(".people-table tr", { hasText: "mother" }).first().locator("button").click();
  await fran.page.waitForSelector(".person-side--below .coverage-list");
  const police = fran.page.locator(".person-side--below details.service", { hasText: "Police" });
  await police.evaluate((d) => (d.open = true));
  check(/No further details are shown to your role/.test(await police.innerText()), "a coordinator sees police only as involved");
  check(!/\bnull\b|undefined/.test(await fran.page.locator("main").innerText()), "no 'null' or 'undefined' for the coordinator");
  t.noScriptErrors(fran, "the person page for a coordinator");
  await t.axe(fran.page, "a relative's services for a coordinator", "person-page");
  await fran.context.close();
}
