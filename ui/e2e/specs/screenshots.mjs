// The demo families' genograms compared with the committed baselines (baselines/*.png): Matilda Williams's family
// at the default settings, and Mia Goodwin's blended family at the default settings and in wider-family mode
// (Matilda's own family has no one further out). The same data must always draw the same picture, so a difference
// is a change to look at (ui/e2e/run.mjs --update-screenshots accepts it).
//
// Stable pictures: a fixed viewport and scale, Liberation Sans for Arial (fonts-liberation), no animation, and a
// fixed "today" (the page's clock), since ages and "current" are computed against it.

import { openByCaseId } from "../journey.mjs";
import { compareWithBaseline } from "../screenshots.mjs";

export const FIXED_TODAY = "2026-06-01T12:00:00Z";

// [baseline name, CSC case ID, view options in the address]
const VIEWS = [
  ["matilda-williams-default", "1000018", ""],
  ["mia-goodwin-default", "1000045", ""],
  ["mia-goodwin-wider", "1000045", "wider=1"],
];

export default async function screenshots(t) {
  const { check, signIn, USERS, appears } = t;
  const session = await signIn(USERS.socialWorker);
  const { page } = session;
  await page.clock.setFixedTime(new Date(FIXED_TODAY));
  const urls = new Map();

  for (const [name, caseId, query] of VIEWS) {
    if (!urls.has(caseId)) {
      await openByCaseId(t, page, caseId);
      urls.set(caseId, page.url().split("?")[0]);
    }
    await page.goto("about:blank");
    await page.goto(query ? `${urls.get(caseId)}?${query}` : urls.get(caseId));
    const diagram = page.locator('main svg[role="group"]').first();
    if (!(await appears(diagram, "genogram"))) {
      check(false, `${name}: the family diagram is drawn`, "genogram");
      continue;
    }
    // Fonts loaded and nothing moving before the picture is taken.
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const [ok, what] = compareWithBaseline(name, await diagram.screenshot({ animations: "disabled" }), t.updateScreenshots);
    check(ok, what, "genogram");
  }
}
