// The diagram in words, for the SVG's <title> and <desc>: who is in it and who lives with whom, and how to
// move around it by keyboard.

import type { GenogramLayout } from "./layout";
import type { GenogramNetwork } from "./network";
import { householdsShown } from "./households";
import { ageOn } from "./ties";

export const KEYBOARD_HELP =
  "Arrow keys move between relatives: up to a parent, down to a child, left and right along a generation. " +
  "Enter shows the person's details, C centres the diagram on them, and plus or minus folds or unfolds their descendants.";

export function describeFamily(network: GenogramNetwork, layout: GenogramLayout, today: string): { title: string; desc: string } {
  const focus = layout.people.get(layout.model.focusId)?.member?.person;
  const name = focus?.name ?? "this person";
  const age = focus ? ageOn(focus, today) : null;
  const people = [...layout.people.values()].filter((p) => p.member);
  const inferred = people.filter((p) => p.member!.inferred).length;
  const parts = [
    `Genogram of ${name}${age !== null ? ` (${age})` : ""}: ${people.length} ${people.length === 1 ? "person" : "people"} in ${layout.rows.length} ${layout.rows.length === 1 ? "generation" : "generations"}.`,
  ];
  if (inferred) parts.push(`${inferred} of them possible relatives inferred from the records, not confirmed.`);
  for (const h of householdsShown(network, layout)) {
    const names = h.members.map((id) => {
      const m = layout.people.get(id)!.member!;
      return m.relationshipToFocus === "this person" ? m.person.name : `${m.person.name} (${m.relationshipToFocus})`;
    });
    parts.push(`${network.asOf ? `On ${network.asOf}` : "Now"} living together: ${names.join(", ")}.`);
  }
  if (network.truncated) parts.push("The family is larger than shown: the network was cut at its size limit.");
  parts.push(KEYBOARD_HELP);
  return { title: `Genogram of ${name}'s family`, desc: parts.join(" ") };
}
