// A page holding only "Report a problem" for the browser check (e2e/problems-usage.mjs), until the person page
// places the link beside its facts: it finds the demo child by case ID, opens her (purpose: review) and offers
// the link for her first record. Bundled by the check itself with esbuild; not part of the app.

import { graphql } from "../src/api";
import { reportProblemLink } from "../src/problems/report";

const caseId = new URLSearchParams(location.search).get("caseId") ?? "1000018";
const found = await graphql<{ searchPeople: { edges: { node: { id: string; name: string } }[] } }>(
  `query($identifier: String) { searchPeople(identifier: $identifier) { edges { node { id name } } } }`,
  { identifier: caseId },
);
const person = found.searchPeople.edges[0]!.node;
const opened = await graphql<{ person: { records: { source: string; sourceId: string }[] } }>(
  `query($id: ID!) { person(id: $id, purpose: REVIEW) { records { source sourceId } } }`,
  { id: person.id },
);
const record = opened.person.records[0]!;
const main = document.getElementById("main")!;
const heading = document.createElement("h1");
heading.className = "heading-l";
heading.textContent = person.name;
main.append(
  heading,
  reportProblemLink({
    personId: person.id,
    factKind: "PERSON",
    source: record.source,
    sourceRecordId: record.sourceId,
    description: `Date of birth of ${person.name}`,
  }),
);
document.body.dataset.ready = "true";
