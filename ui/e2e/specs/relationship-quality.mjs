// Relationship-quality lines (issue 7): a practitioner records how two relatives get on, and the family diagram
// draws it - conflict as a zigzag, close as a double line - with its words in the line's title and in the key.
// No demo family has a recorded quality, so the spec records two on Poppy Richardson's family (CSC case 1000176,
// which no screenshot baseline shows) through the API, as a social worker's script would, then opens her page.

import { openByCaseId } from "../journey.mjs";

const POPPY_CASE_ID = "1000176";

async function api(t, user, query, variables = {}) {
  const response = await fetch(`${t.base}/graphql`, {
    method: "POST",
    headers: {
      "Content-Type": "application/json",
      Authorization: `Basic ${Buffer.from(`${user.username}:${user.password}`).toString("base64")}`,
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors?.length) throw new Error(`GraphQL: ${body.errors.map((e) => e.message).join("; ")}`);
  return body.data;
}

export default async function relationshipQuality(t) {
  const { check, USERS } = t;
  const user = USERS.socialWorker;
  const found = await api(t, user, `query($id: String) { searchPeople(identifier: $id) { edges { node { id } } } }`, { id: POPPY_CASE_ID });
  const poppy = found.searchPeople.edges[0].node.id;
  const { familyNetwork } = await api(
    t,
    user,
    `query($id: ID!) { familyNetwork(personId: $id, depth: 2, purpose: CHILD_AND_FAMILY_ASSESSMENT) { members { relationshipToFocus person { id } } } }`,
    { id: poppy },
  );
  const idOf = (relationship) => familyNetwork.members.find((m) => m.relationshipToFocus === relationship)?.person.id;
  const [mother, father, grandmother] = [idOf("mother"), idOf("father"), idOf("paternal grandmother and special guardian")];
  check(Boolean(mother && father && grandmother), "Poppy Richardson's family has a mother, a father and a paternal grandmother");
  const record = `mutation($input: RecordRelationshipQualityInput!) { recordRelationshipQuality(input: $input) { quality recordedBy } }`;
  const conflict = await api(t, user, record, { input: { fromPersonId: mother, toPersonId: father, quality: "CONFLICT", note: "Synthetic note: argue at handovers." } });
  check(conflict.recordRelationshipQuality.recordedBy === user.username, "the quality is recorded as the signed-in practitioner's");
  await api(t, user, record, { input: { fromPersonId: poppy, toPersonId: grandmother, quality: "CLOSE" } });

  const { page } = await t.signIn(user);
  await openByCaseId(t, page, POPPY_CASE_ID);
  await page.waitForSelector("svg.genogram__svg .gg-person");
  const lines = async (kind) => page.locator(`svg.genogram__svg .gg-quality--${kind}`).count();
  check((await lines("conflict")) === 1, "the diagram draws the parents' conflict as one quality line");
  check((await lines("close")) === 1, "the diagram draws Poppy's close relationship with her grandmother");
  const titles = await page.locator("svg.genogram__svg .gg-qualities title").allTextContents();
  check(titles.some((words) => /conflict – Synthetic note: argue at handovers\. \(recorded by sam\.social/.test(words)),
    "the conflict line says in words what it is, the note and who recorded it");
  const key = await page.locator("svg.genogram__svg .gg-legend").textContent();
  check(/relationship: conflict/.test(key ?? "") && /relationship: close/.test(key ?? ""), "the key explains both quality lines in words");
  await t.axe(page, "the person page with relationship-quality lines");
}
