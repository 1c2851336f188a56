// The demo families' genograms compared with the committed baselines (baselines/*.png): Matilda Williams's family
// at the default settings and in wider-family mode. The same data must always draw the same picture, so a
// difference is a change to look at (ui/e2e/run.mjs --update-screenshots accepts it).
//
// Stable pictures: a fixed viewport and scale, Liberation Sans for Arial (fonts-liberation), no animation, and a
// fixed "today" (the page's clock), since ages and "current" are computed against it.

import { openMatilda } from "../journey.mjs";
import { compareWithBaseline } from "../screenshots.mjs";

export const FIXED_TODAY = "2026-06-01T12:00:00Z";

const VIEWS = [
  ["matilda-williams-default", ""],
  ["matilda-williams-wider", "wider=1"],
];

export default async function screenshots(t) {
  const { check, signIn, USERS, appears } = t;
  const session = await signIn(USERS.socialWorker);
  const { page } = session;
  await page.clock.setFixedTime(new Date(FIXED_TODAY));
  await openMatilda(t, page);
  const personUrl = page.url().split("?")[0];

  for (const [name, query] of VIEWS) {
    await page.goto(query ? `${personUrl}?${query}` : personUrl);
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
