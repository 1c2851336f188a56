/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import static org.familycontext.generator.family.CareCodes.*;
import static org.familycontext.generator.sources.Formats.*;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Involvement;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.family.Residence;
import org.familycontext.generator.family.Tie;
import org.familycontext.generator.noise.NoiseProfile;
import org.familycontext.generator.noise.Seen;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.Sex;

/**
 * Children's social care (Liquidlogic-like): four files. Persons are the children the service works with and
 * the adults around them, foster carers included; addresses keep their history; relationships are recorded
 * in the system's own codes from the child's side; involvements are child in need, child protection and
 * looked-after episodes.
 */
public final class LcsSource extends Source {

    /** Foster carers are written when approved; their IDs are needed when a child is placed with them. */
    private static final int CARER_MEMORY = 5_000;

    private final CsvFile persons;
    private final CsvFile addresses;
    private final CsvFile relationships;
    private final CsvFile involvements;
    private final Map<Person, String> carers = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Person, String> eldest) {
            return size() > CARER_MEMORY;
        }
    };
    private Map<Person, String> ids = new IdentityHashMap<>();

    public LcsSource(SourceContext ctx) {
        super("lcs", ctx, new NoiseProfile(1, true, false, 0.7, 0.6, 1, 1));
        persons = file(
                "persons.csv",
                StandardCharsets.UTF_8,
                true,
                ',',
                "\r\n",
                List.of(
                        "PERSON_ID",
                        "FORENAME",
                        "MIDDLE_NAMES",
                        "SURNAME",
                        "FORMER_SURNAMES",
                        "KNOWN_AS",
                        "DOB",
                        "GENDER",
                        "ETHNICITY",
                        "NHS_NUMBER",
                        "UPN",
                        "DATE_OF_DEATH",
                        "PERSON_TYPE"));
        addresses = file(
                "addresses.csv",
                StandardCharsets.UTF_8,
                false,
                ',',
                "\r\n",
                List.of(
                        "PERSON_ID",
                        "UPRN",
                        "HOUSE",
                        "STREET",
                        "LOCALITY",
                        "TOWN",
                        "POSTCODE",
                        "START_DATE",
                        "END_DATE"));
        relationships = file(
                "relationships.csv",
                StandardCharsets.UTF_8,
                false,
                ',',
                "\r\n",
                List.of("PERSON_ID", "RELATED_PERSON_ID", "RELATIONSHIP", "START_DATE", "END_DATE"));
        involvements = file(
                "involvements.csv",
                StandardCharsets.UTF_8,
                false,
                ',',
                "\r\n",
                List.of(
                        "EPISODE_ID",
                        "PERSON_ID",
                        "EPISODE_TYPE",
                        "STATUS",
                        "START_DATE",
                        "END_DATE",
                        "LAST_CONTACT",
                        "REASON",
                        "CATEGORY_OF_NEED",
                        "LEGAL_STATUS",
                        "PLACEMENT_TYPE",
                        "PLACEMENT_POSTCODE",
                        "TEAM",
                        "WORKER_NAME",
                        "WORKER_ROLE",
                        "WORKER_PHONE",
                        "WORKER_EMAIL"));
    }

    /** The case ID of a person of the family just written, or null when the service does not know them. */
    public String caseIdOf(Person person) {
        return ids.get(person);
    }

    @Override
    public void write(Family family) {
        ids = new IdentityHashMap<>();
        var known = new LinkedHashMap<Person, LocalDate>();
        for (var person : family.people()) {
            var csc = involvements(person, Service.CHILDRENS_SOCIAL_CARE);
            if (!csc.isEmpty()) {
                known.merge(person, lastKnown(csc), Formats::later);
            }
        }
        if (known.isEmpty()) {
            return;
        }
        for (var child : new ArrayList<>(known.keySet())) {
            var childKnown = known.get(child);
            for (var tie : family.ties()) {
                if (tie.to() == child && tie.type().equals("PARENT_OF") && !carers.containsKey(tie.from())) {
                    known.merge(tie.from(), childKnown, Formats::later);
                }
                if (tie.type().equals("SIBLING_OF") && (tie.from() == child || tie.to() == child)) {
                    var other = tie.from() == child ? tie.to() : tie.from();
                    if (other.ageOn(asOf) < 25) {
                        known.merge(other, childKnown, Formats::later);
                    }
                }
                if (tie.to() == child && tie.kind().equals("grandparent") && dice.chance(0.3)) {
                    known.merge(tie.from(), childKnown, Formats::later);
                }
            }
            for (var baby : family.childrenOf(child)) {
                known.merge(baby, childKnown, Formats::later);
            }
        }
        // In family order, so the output does not depend on the order the rules above found people.
        for (var person : family.people()) {
            var knownAt = known.get(person);
            if (knownAt == null || person.birthDate().isAfter(knownAt)) {
                continue;
            }
            var seen = see(person, knownAt);
            var id = personRow(person, seen);
            ids.put(person, id);
            addressRows(id, person, seen, knownAt);
            for (var inv : involvements(person, Service.CHILDRENS_SOCIAL_CARE)) {
                involvementRow(id, inv);
            }
            if (isFosterCarer(person)) {
                carers.put(person, id);
            }
            maybeDuplicate(person, knownAt, again -> personRow(person, again));
        }
        for (var tie : family.ties()) {
            relationshipRow(tie);
        }
    }

    private static LocalDate lastKnown(List<Involvement> csc) {
        LocalDate last = null;
        for (var inv : csc) {
            var d = inv.end() != null ? inv.end() : inv.lastContact();
            last = last == null || d.isAfter(last) ? d : last;
        }
        return last;
    }

    private static boolean isFosterCarer(Person person) {
        for (var inv : person.involvements()) {
            if (FOSTER_CARER.equals(inv.type())) {
                return true;
            }
        }
        return false;
    }

    private String personRow(Person person, Seen s) {
        var id = Long.toString(1_000_000 + Long.parseLong(nextId("", 7)));
        var type = isFosterCarer(person) ? "Carer" : person.ageOn(asOf) < 18 ? "Child" : "Adult";
        persons.row(
                id,
                s.forename(),
                orEmpty(s.middleNames()),
                s.surname(),
                String.join(";", s.previousSurnames()),
                orEmpty(s.alias()),
                date(s.birthDate(), DMY),
                letter(s.sex()),
                person.ethnicity(),
                orEmpty(s.nhsNumber()),
                orEmpty(s.upn()),
                date(s.deathDate(), DMY),
                type);
        recorded(id, person);
        return id;
    }

    /**
     * The addresses the service recorded while it knew the family. When the source missed the last move
     * (its view is stale), the history ends at the address before.
     */
    private void addressRows(String id, Person person, Seen seen, LocalDate knownAt) {
        if (seen.address() == null) {
            return;
        }
        var since = knownAt.minusYears(6);
        var rows = new ArrayList<Residence>();
        for (var r : person.residences()) {
            if (r.from().isAfter(knownAt) || (r.to() != null && r.to().isBefore(since))) {
                continue;
            }
            rows.add(r);
            if (r.address() == seen.address().address()
                    && r.from().equals(seen.address().from())) {
                break;
            }
        }
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            boolean last = i == rows.size() - 1;
            var a = r.address();
            var end = last ? seen.address().to() : r.to();
            addresses.row(
                    id,
                    dice.chance(0.7) ? a.uprn() : "",
                    last ? houseOf(seen.address().firstLine(), a.street()) : houseOf(a.firstLine(), a.street()),
                    a.street(),
                    a.locality(),
                    a.town(),
                    last ? seen.address().postcode() : a.postcode(),
                    date(r.from(), DMY),
                    date(end, DMY));
        }
    }

    /** "Flat 3, Kestrel House, 12 Mill Road" gives "Flat 3, Kestrel House, 12". */
    private static String houseOf(String firstLine, String street) {
        int at = firstLine.lastIndexOf(' ' + street.split(" ")[0]);
        return at > 0 ? firstLine.substring(0, at) : firstLine;
    }

    private void involvementRow(String personId, Involvement inv) {
        var worker = inv.practitioner();
        involvements.row(
                nextId("EP", 7),
                personId,
                inv.type(),
                inv.end() == null ? "Open" : "Closed",
                date(inv.start(), DMY),
                date(inv.end(), DMY),
                date(inv.lastContact(), DMY),
                inv.reason(),
                orEmpty(inv.fact(CATEGORY)),
                orEmpty(inv.fact(LEGAL_STATUS)),
                orEmpty(inv.fact(PLACEMENT)),
                orEmpty(inv.fact(PLACEMENT_POSTCODE)),
                worker.team(),
                worker.name(),
                worker.role(),
                worker.phone(),
                worker.email());
    }

    /**
     * The system records "RELATED_PERSON is MOTHER of PERSON", mostly from the child's side; sometimes the
     * other way round (SON), and sometimes not quite right: a mother's partner entered as the father.
     */
    private void relationshipRow(Tie tie) {
        var from = idOf(tie.from());
        var to = idOf(tie.to());
        if (from == null || to == null || dice.chance(0.05 * noiseLevel())) {
            return;
        }
        var kind = tie.kind();
        if (kind.equals("step") && dice.chance(0.08 * noiseLevel())) {
            kind = "birth";
        } else if (kind.equals("half") && dice.chance(0.25 * noiseLevel())) {
            kind = "full";
        }
        boolean directed = tie.type().equals("PARENT_OF") || tie.type().equals("RELATIVE_OF");
        if (directed && dice.chance(0.25)) {
            var code = childCode(tie.type(), kind, tie.to().sex());
            if (code != null) {
                relationships.row(from, to, code, date(tie.fromDate(), DMY), date(tie.toDate(), DMY));
                return;
            }
        }
        var code = code(tie.type(), kind, tie.from().sex());
        relationships.row(to, from, code, date(tie.fromDate(), DMY), date(tie.toDate(), DMY));
    }

    private double noiseLevel() {
        return ctx.noise().level();
    }

    private String idOf(Person person) {
        var id = ids.get(person);
        return id != null ? id : carers.get(person);
    }

    /** What the related person (the tie's "from") is to the person. */
    private static String code(String type, String kind, Sex sex) {
        boolean female = sex == Sex.FEMALE;
        return switch (type + ":" + kind) {
            case "PARENT_OF:birth" -> female ? "MOTHER" : "FATHER";
            case "PARENT_OF:step" -> female ? "STEPMOTHER" : "STEPFATHER";
            case "PARENT_OF:foster" -> "FOSTER_CARER";
            case "PARENT_OF:special_guardian" -> "SPECIAL_GUARDIAN";
            case "PARENT_OF:kinship_carer" -> "KINSHIP_CARER";
            case "RELATIVE_OF:grandparent" -> female ? "GRANDMOTHER" : "GRANDFATHER";
            case "RELATIVE_OF:aunt_uncle" -> female ? "AUNT" : "UNCLE";
            case "RELATIVE_OF:cousin" -> "COUSIN";
            case "SIBLING_OF:full" -> female ? "SISTER" : "BROTHER";
            case "SIBLING_OF:half" -> female ? "HALF_SISTER" : "HALF_BROTHER";
            case "SIBLING_OF:step" -> female ? "STEP_SISTER" : "STEP_BROTHER";
            case "PARTNER_OF:married" -> female ? "WIFE" : "HUSBAND";
            case "PARTNER_OF:civil_partnership" -> "CIVIL_PARTNER";
            case "PARTNER_OF:separated" -> "EX_PARTNER";
            case "PARTNER_OF:divorced" -> female ? "EX_WIFE" : "EX_HUSBAND";
            case "PARTNER_OF:cohabiting" -> "PARTNER";
            default -> "OTHER_RELATIVE";
        };
    }

    /** What the tie's "to" is to its "from", for the rows written from the parent's side. */
    private static String childCode(String type, String kind, Sex sex) {
        boolean female = sex == Sex.FEMALE;
        return switch (type + ":" + kind) {
            case "PARENT_OF:birth" -> female ? "DAUGHTER" : "SON";
            case "PARENT_OF:step" -> female ? "STEPDAUGHTER" : "STEPSON";
            case "PARENT_OF:foster" -> "FOSTER_CHILD";
            case "RELATIVE_OF:grandparent" -> female ? "GRANDDAUGHTER" : "GRANDSON";
            case "RELATIVE_OF:aunt_uncle" -> female ? "NIECE" : "NEPHEW";
            default -> null;
        };
    }
}
