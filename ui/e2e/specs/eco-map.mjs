// The eco-map tab (issue 7): Matilda Williams's family in the centre, the services round it, current and historic
// links said in words; a person on it opens their services; the conference version leaves out police and health;
// axe on the tab.

import { openMatilda } from "../journey.mjs";

export default async function ecoMap(t) {
  const { check, USERS } = t;
  const { page } = await t.signIn(USERS.socialWorker);
  await openMatilda(t, page);
  await page.click("#tab_ecomap");
  await page.waitForSelector("svg.ecomap .ecomap__service");
  check(page.url().includes("tab=ecomap"), "the eco-map tab goes into the address");

  const services = await page.locator("svg.ecomap .ecomap__service").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-service")));
  check(services.includes("CHILDRENS_SOCIAL_CARE") || services.some((s) => /CHILD/.test(s ?? "")), `children's social care is round the family (${services.join(", ")})`);
  check(services.includes("POLICE"), "police is on the social worker's eco-map (her mother is known to them)");
  const members = await page.locator("svg.ecomap .ecomap__member").count();
  check(members >= 5, `the family in the centre holds Matilda and her relatives (${members})`);
  const words = await page.locator("svg.ecomap .ecomap__link-labels").textContent();
  check(/current/.test(words ?? "") && /historic/.test(words ?? ""), "links say 'current' and 'historic' in words, not by colour alone");
  check(/Current: works with them now/.test((await page.locator("svg.ecomap .ecomap__legend").textContent()) ?? ""), "the eco-map has its key");
  await t.axe(page, "the person page, Eco-map tab", "ecomap");

  // Enter on a person opens their services beside the map.
  const mother = page.locator('svg.ecomap .ecomap__member[aria-label^="Victoria Lee"]');
  await mother.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => /Victoria Lee/.test(document.querySelector("#panel_ecomap")?.textContent ?? "") && !!document.querySelector("#panel_ecomap .coverage-list"));
  check(true, "Enter on her mother shows her mother's services beside the map");

  await page.check("#conference");
  await page.waitForFunction(() => location.hash.includes("conference=1"));
  await page.waitForSelector("svg.ecomap .ecomap__service");
  const conference = await page.locator("svg.ecomap .ecomap__service").evaluateAll((gs) => gs.map((g) => g.getAttribute("data-service")));
  check(!conference.includes("POLICE") && !conference.some((s) => /HEALTH|GP|MENTAL/.test(s ?? "")), `the conference version leaves out police and health (${conference.join(", ")})`);
}
