// A person's page: who they are, the services working with them, and their family (two steps out).

import {
  ACCESS_PURPOSES,
  familyNetwork,
  type AccessPurpose,
  type FamilyMember,
  type FamilyNetwork,
  type FamilyTie,
  type Involvement,
  type Person,
} from "./api";
import { errorSummary, loading, messageOf, serviceTags, sourcesSection, statusTag } from "./components";
import { append, h, summaryList, type Child, type Children } from "./dom";
import { capitalise, formatAge, formatDate, unique } from "./format";
import { personHref } from "./router";

export interface PersonContext {
  isCurrent(): boolean;
  /** Where "Back to search" goes. */
  searchHref: string;
  /** Called once the page has its heading, so focus can move to it. */
  ready(): void;
}

const SEX: Record<Person["sex"], string> = { FEMALE: "Female", MALE: "Male", OTHER: "Other", UNKNOWN: "" };

export function renderPerson(main: HTMLElement, id: string, ctx: PersonContext): void {
  const purpose = rememberedPurpose(id);
  if (purpose) openPerson(main, id, purpose, ctx);
  else askForPurpose(main, id, ctx);
}

// A purpose is asked once per person and browser session: sessionStorage ends with the session.
const PURPOSE_KEY = "family-context.purpose.";
const LAST_PURPOSE_KEY = "family-context.last-purpose";

function stored(key: string): AccessPurpose | null {
  try {
    const value = sessionStorage.getItem(key);
    return ACCESS_PURPOSES.some(([v]) => v === value) ? (value as AccessPurpose) : null;
  } catch {
    return null; // storage blocked: ask every time
  }
}

function rememberedPurpose(id: string): AccessPurpose | null {
  return stored(PURPOSE_KEY + id);
}

function remember(id: string, purpose: AccessPurpose): void {
  try {
    sessionStorage.setItem(PURPOSE_KEY + id, purpose);
    sessionStorage.setItem(LAST_PURPOSE_KEY, purpose);
  } catch {
    // storage blocked: the purpose is asked again next time
  }
}

function purposeLabel(purpose: AccessPurpose): string {
  return ACCESS_PURPOSES.find(([v]) => v === purpose)?.[1] ?? purpose;
}

/** Opening a record needs a reason, recorded with the view; the last one given is chosen already. */
function askForPurpose(main: HTMLElement, id: string, ctx: PersonContext): void {
  document.title = "Why are you opening this record? – Family Context";
  const last = stored(LAST_PURPOSE_KEY);
  const select = h(
    "select",
    { class: "select", id: "purpose", name: "purpose", "aria-describedby": "purpose-hint" },
    h("option", { value: "" }, "Choose a purpose"),
    ACCESS_PURPOSES.map(([value, label]) => h("option", { value, selected: value === last }, label)),
  );
  const group = h(
    "div",
    { class: "form-group" },
    h("label", { class: "label", for: "purpose" }, "Purpose"),
    h(
      "div",
      { class: "hint", id: "purpose-hint" },
      "Family Context records who opens each record and why. You are asked once for each person while your browser is open.",
    ),
    select,
  );
  const form = h(
    "form",
    { class: "purpose-form", novalidate: true },
    h("h1", { class: "heading-l", tabindex: -1 }, "Why are you opening this record?"),
    group,
    h("button", { class: "button", type: "submit" }, "Open record"),
  );
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const value = select.value as AccessPurpose | "";
    if (!value) {
      if (!group.querySelector(".error-message")) {
        group.classList.add("form-group--error");
        select.before(
          h("p", { class: "error-message", id: "purpose-error" }, h("span", { class: "visually-hidden" }, "Error: "), "Choose why you are opening this record"),
        );
        select.setAttribute("aria-describedby", "purpose-hint purpose-error");
      }
      select.focus();
      return;
    }
    remember(id, value);
    openPerson(main, id, value, { ...ctx, ready: () => main.querySelector<HTMLElement>("h1")?.focus() });
  });
  main.replaceChildren(backLink(ctx.searchHref), form);
  ctx.ready();
}

function openPerson(main: HTMLElement, id: string, purpose: AccessPurpose, ctx: PersonContext): void {
  document.title = "Loading – Family Context";
  main.replaceChildren(backLink(ctx.searchHref), loading());
  familyNetwork(id, purpose).then(
    (network) => {
      if (!ctx.isCurrent()) return;
      if (!network) {
        document.title = "Person not found – Family Context";
        main.replaceChildren(
          backLink(ctx.searchHref),
          h("h1", { class: "heading-l", tabindex: -1 }, "Person not found"),
          h("p", null, "There is no one with this ID. They may have been merged with another record. Search again."),
        );
      } else {
        main.replaceChildren(backLink(ctx.searchHref));
        append(main, personPage(network, purpose));
      }
      ctx.ready();
    },
    (error: unknown) => {
      if (!ctx.isCurrent()) return;
      document.title = "Error – Family Context";
      main.replaceChildren(
        backLink(ctx.searchHref),
        h("h1", { class: "heading-l", tabindex: -1 }, "This person’s family could not be shown"),
        errorSummary("There is a problem", messageOf(error)),
      );
      ctx.ready();
    },
  );
}

function backLink(href: string): HTMLElement {
  return h("a", { class: "back-link", href }, "Back to search");
}

function personPage(network: FamilyNetwork, purpose: AccessPurpose): Children[] {
  const focusMember = network.members.find((m) => m.person.id === network.focus.id) ?? network.members[0];
  if (!focusMember) return [h("h1", { class: "heading-l", tabindex: -1 }, "Person not found")];
  const focus = focusMember.person;
  document.title = `${focus.name} – Family Context`;
  const others = network.members.filter((m) => m !== focusMember);
  const names = new Map(network.members.map((m) => [m.person.id, m.person.name]));

  return [
    h("span", { class: "caption" }, "Family of"),
    h("h1", { class: "heading-l", tabindex: -1 }, focus.name),
    personFacts(focus),
    h("p", { class: "hint" }, `Opened for: ${purposeLabel(purpose)}`),
    identifiers(focus),
    h(
      "section",
      { "aria-labelledby": "services-heading" },
      h("h2", { class: "heading-m", id: "services-heading" }, `Services working with ${focus.name}`),
      focus.involvements.length === 0
        ? h("p", null, "No service records this person.")
        : h("div", { class: "involvements" }, focus.involvements.map((i) => involvementCard(i, "h3"))),
    ),
    h(
      "section",
      { "aria-labelledby": "family-heading" },
      h("h2", { class: "heading-m", id: "family-heading" }, "Family"),
      others.length === 0
        ? h("p", null, "No family members are recorded.")
        : [
            h("p", { class: "hint" }, `${others.length} ${others.length === 1 ? "person" : "people"} up to two relationship steps away, grouped by how they relate to ${focus.name}.`),
            groups(others).map(([relationship, members]) => familyGroup(relationship, members)),
          ],
    ),
    ties(network.ties, names),
    sourcesSection(),
  ];
}

function personFacts(person: Person): HTMLElement {
  const facts: string[] = [];
  // For someone who has died the API gives the age at death.
  if (person.age !== null) facts.push(person.deathDate ? `Died aged ${person.age}` : `Age ${person.age}`);
  facts.push(person.birthDate ? `Born ${formatDate(person.birthDate)}` : "Date of birth not known");
  if (SEX[person.sex]) facts.push(SEX[person.sex]);
  return h(
    "p",
    { class: "lede" },
    facts.join(" · "),
    person.deathDate ? h("strong", { class: "died" }, ` · Died ${formatDate(person.deathDate)}`) : null,
  );
}

function identifiers(person: Person): HTMLElement | null {
  const rows: [string, Child][] = [];
  const add = (label: string, values: string[]) => {
    const list = unique(values);
    if (list.length) rows.push([label, list.join(", ")]);
  };
  add("NHS number", person.records.flatMap((r) => (r.nhsNumber ? [r.nhsNumber] : [])));
  add("UPN", person.records.flatMap((r) => (r.upn ? [r.upn] : [])));
  add("Case ID", person.records.flatMap((r) => (r.caseId ? [`${r.caseId} (${r.source})`] : [])));
  add("Held by", person.records.map((r) => r.source));
  return summaryList(rows, "facts");
}

/** Members grouped by relationship, nearest first; within a distance, in the order the API sends them. */
function groups(members: FamilyMember[]): [string, FamilyMember[]][] {
  const byRelationship = new Map<string, FamilyMember[]>();
  for (const m of [...members].sort((a, b) => a.distance - b.distance)) {
    const key = m.relationshipToFocus || "relationship not known";
    const list = byRelationship.get(key);
    if (list) list.push(m);
    else byRelationship.set(key, [m]);
  }
  return [...byRelationship.entries()];
}

function familyGroup(relationship: string, members: FamilyMember[]): HTMLElement {
  return h(
    "div",
    { class: "family-group" },
    h("h3", { class: "heading-s family-group__title" }, capitalise(relationship)),
    h("ul", { class: "members" }, members.map((m) => h("li", null, memberCard(m.person)))),
  );
}

function memberCard(person: Person): HTMLElement {
  const age = formatAge(person.age);
  const ageText = age ? (person.deathDate ? `Died aged ${age}` : `Age ${age}`) : "Age not known";
  const facts = [ageText, person.birthDate ? `born ${formatDate(person.birthDate)}` : ""]
    .filter(Boolean)
    .join(", ");
  const card = h(
    "div",
    { class: "member" },
    h("h4", { class: "member__name" }, h("a", { class: "link", href: personHref(person.id) }, person.name)),
    h("p", { class: "member__facts" }, facts, person.deathDate ? h("strong", { class: "died" }, ` · Died ${formatDate(person.deathDate)}`) : null),
    serviceTags(person.involvements),
  );
  if (person.involvements.length > 0) {
    const count = person.involvements.length;
    card.append(
      h(
        "details",
        { class: "details" },
        h("summary", { class: "details__summary" }, `Service details (${count})`),
        h("div", { class: "details__body" }, person.involvements.map((i) => involvementCard(i, "h5"))),
      ),
    );
  }
  return card;
}

function involvementCard(i: Involvement, heading: "h3" | "h5"): HTMLElement {
  const lead = i.leadPractitioner;
  const rows: [string, Children][] = [
    ["Reason", i.reason],
    ["Team", i.team],
    ["Started", formatDate(i.startDate)],
    ["Ended", formatDate(i.endDate)],
    ["Last contact", formatDate(i.lastContact)],
    ["Lead practitioner", lead ? [lead.name, lead.role ? `, ${lead.role}` : ""].join("") : null],
    ["Phone", lead?.phone ? h("a", { class: "link", href: `tel:${lead.phone.replace(/[^\d+]/g, "")}` }, lead.phone) : null],
    ["Email", lead?.email ? h("a", { class: "link", href: `mailto:${lead.email}` }, lead.email) : null],
    ...i.details.map((d): [string, Child] => [d.label, d.value]),
    ["Recorded in", i.source],
  ];
  return h(
    "div",
    { class: `involvement involvement--${i.status === "CURRENT" ? "current" : "historic"}` },
    h(heading, { class: "involvement__title" }, statusTag(i)),
    summaryList(rows),
  );
}

const TIE_WORDS: Record<FamilyTie["type"], string> = {
  PARENT_OF: "parent of",
  PARTNER_OF: "partner of",
  SIBLING_OF: "sibling of",
  RELATIVE_OF: "relative of",
  SIGNIFICANT_OTHER_OF: "significant to",
};

function ties(list: FamilyTie[], names: Map<string, string>): HTMLElement {
  const name = (id: string) => names.get(id) ?? `Person ${id}`;
  const when = (t: FamilyTie) => {
    if (t.from && t.to) return `${formatDate(t.from)} to ${formatDate(t.to)}`;
    if (t.from) return `Since ${formatDate(t.from)}`;
    if (t.to) return `Until ${formatDate(t.to)}`;
    return "";
  };
  return h(
    "section",
    { class: "ties", "aria-labelledby": "ties-heading" },
    h("h2", { class: "heading-m", id: "ties-heading" }, "Relationships as the sources record them"),
    list.length === 0
      ? h("p", null, "No relationships are recorded.")
      : h(
          "table",
          { class: "table table--small" },
          h(
            "thead",
            null,
            h("tr", null, h("th", { scope: "col" }, "Relationship"), h("th", { scope: "col" }, "When"), h("th", { scope: "col" }, "Source")),
          ),
          h(
            "tbody",
            null,
            list.map((t) =>
              h(
                "tr",
                { class: t.inferred ? "tie--inferred" : null },
                h(
                  "td",
                  null,
                  h("strong", null, name(t.fromPersonId)),
                  ` is ${t.kind && t.kind.toLowerCase() !== "unknown" ? `${t.kind} ` : ""}${TIE_WORDS[t.type] ?? t.type.toLowerCase()} `,
                  h("strong", null, name(t.toPersonId)),
                  t.inferred
                    ? h(
                        "span",
                        { class: "tag tag--inferred" },
                        t.confidence !== null ? `Inferred, ${Math.round(t.confidence * 100)}% sure – not confirmed` : "Inferred – not confirmed",
                      )
                    : null,
                ),
                h("td", null, when(t)),
                h("td", null, t.source),
              ),
            ),
          ),
        ),
  );
}
