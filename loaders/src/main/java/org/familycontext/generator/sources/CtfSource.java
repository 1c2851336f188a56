/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import static org.familycontext.generator.involvement.Facts.SCHOOL;
import static org.familycontext.generator.sources.Formats.*;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Involvement;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.family.Tie;
import org.familycontext.generator.noise.NoiseProfile;
import org.familycontext.generator.noise.Seen;
import org.familycontext.generator.noise.Spelling;
import org.familycontext.generator.world.Directory.School;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.Sex;

/**
 * The DfE common transfer file (CTF) that one of Demoton's secondary schools sent at the end of the last school
 * year for the pupils who left it during that year without it knowing their next school (destination MMM), as
 * schools must. One XML file, ctf.xml: each pupil's details and home address, and their contacts, the parents
 * and carers of the true family the pupil lived with, as the school recorded them. Its manifest is the shipped
 * {@code manifests/ctf/ctf.manifest.yaml}.
 */
public final class CtfSource extends Source {

    private static final int MAX_CONTACTS = 4;

    private final School school;
    private final LocalDate sent;
    private final XmlFile ctf;

    /** @param school the school that sends the file */
    public CtfSource(SourceContext ctx, School school) {
        super("ctf", ctx, new NoiseProfile(0.5, true, false, 0, 1.0, 0.5, 0));
        this.school = school;
        var endOfTerm = LocalDate.of(asOf.getYear(), Month.JULY, 24);
        this.sent = endOfTerm.isAfter(asOf) ? endOfTerm.minusYears(1) : endOfTerm;
        ctf = new XmlFile(folder().resolve("ctf.xml"));
        header();
    }

    private void header() {
        ctf.start("CTfile");
        ctf.start("Header");
        ctf.element("DocumentName", "Common Transfer File");
        ctf.element("CTFversion", "23.0");
        ctf.element("DateTime", sent + "T16:00:00");
        ctf.element("DocumentQualifier", "partial");
        ctf.element("SupplierID", "Family Context generator");
        ctf.start("SourceSchool");
        ctf.element("LEA", "999");
        ctf.element("Estab", "4" + school.urn().substring(3));
        ctf.element("URN", school.urn());
        ctf.element("SchoolName", school.name());
        ctf.element("AcademicYear", Integer.toString(sent.getYear() - 1));
        ctf.end("SourceSchool");
        ctf.start("DestSchool");
        ctf.element("LEA", "MMM");
        ctf.element("Estab", "MMMM");
        ctf.end("DestSchool");
        ctf.end("Header");
        ctf.start("CTFpupilData");
    }

    @Override
    protected String manifestResource() {
        return "/manifests/ctf/ctf.manifest.yaml";
    }

    /** The shipped manifest, with only its source block set to this file. */
    @Override
    protected String manifest(String template) {
        var area = "Pupils who left " + school.name() + " in " + (sent.getYear() - 1) + "/" + (sent.getYear() % 100)
                + ", next school not known, and their contacts";
        return withSourceValues(template, Map.of("dataCurrentAsOf", sent, "areaCovered", area));
    }

    @Override
    public void write(Family family) {
        var yearStart = LocalDate.of(sent.getYear() - 1, Month.SEPTEMBER, 1);
        for (var pupil : family.people()) {
            var roll = latest(pupil, Service.EDUCATION);
            if (roll != null
                    && school.name().equals(roll.fact(SCHOOL))
                    && roll.end() != null
                    && !roll.end().isBefore(yearStart)
                    && !roll.end().isAfter(sent)) {
                pupil(family, pupil, roll);
            }
        }
    }

    private void pupil(Family family, Person pupil, Involvement roll) {
        var left = roll.end();
        var seen = see(pupil, left);
        ctf.start("Pupil");
        ctf.element("UPN", pupil.upn());
        ctf.element("Surname", seen.surname());
        ctf.element("Forename", seen.forename());
        ctf.element("DOB", date(seen.birthDate(), ISO));
        ctf.element("Sex", letter(seen.sex()));
        ctf.start("BasicDetails");
        ctf.element(
                "FormerSurname",
                seen.previousSurnames().isEmpty()
                        ? null
                        : seen.previousSurnames().getLast());
        ctf.element("PreferredForename", seen.alias());
        ctf.element("MiddleNames", seen.middleNames());
        ctf.element("NCyearActual", Integer.toString(yearGroup(pupil, left)));
        ctf.end("BasicDetails");
        address(seen.address());
        var contacts = contacts(family, pupil, left);
        if (!contacts.isEmpty()) {
            ctf.start("Contacts");
            for (int i = 0; i < contacts.size(); i++) {
                contact(pupil, contacts.get(i), i + 1, left);
            }
            ctf.end("Contacts");
        }
        ctf.end("Pupil");
        recorded(pupil.upn(), pupil);
    }

    /** The national curriculum year the pupil was in: Year 1 are five on the 31st of August before it. */
    private static int yearGroup(Person pupil, LocalDate on) {
        var september = LocalDate.of(on.getMonthValue() >= 9 ? on.getYear() : on.getYear() - 1, Month.SEPTEMBER, 1);
        return pupil.ageOn(september.minusDays(1)) - 4;
    }

    /** A contact as the school holds them, with the DfE's code for how they are related to the pupil. */
    private record Contact(Person person, String relationship, boolean responsibility, boolean livesWithPupil) {}

    /**
     * The adults who brought the pupil up when they left, the ones the pupil lived with first, then others with
     * a parent's tie; a grandparent when fewer than two such are known.
     */
    private List<Contact> contacts(Family family, Person pupil, LocalDate on) {
        var home = pupil.residenceOn(on);
        var withPupil = new ArrayList<Contact>();
        var elsewhere = new ArrayList<Contact>();
        Contact grandparent = null;
        for (var tie : family.ties()) {
            if (tie.to() != pupil || !tie.from().aliveOn(on) || !activeOn(tie, on)) {
                continue;
            }
            var code = code(tie);
            if (code == null) {
                continue;
            }
            var carer = tie.from().residenceOn(on);
            boolean together =
                    home != null && carer != null && home.householdId().equals(carer.householdId());
            var contact = new Contact(tie.from(), code, hasParentalResponsibility(tie), together);
            if (tie.type().equals("RELATIVE_OF")) {
                grandparent = grandparent == null ? contact : grandparent;
            } else if (together) {
                withPupil.add(contact);
            } else {
                elsewhere.add(contact);
            }
        }
        var contacts = new ArrayList<>(withPupil);
        contacts.addAll(elsewhere);
        if (contacts.size() < 2 && grandparent != null) {
            contacts.add(grandparent);
        }
        return contacts.size() > MAX_CONTACTS ? contacts.subList(0, MAX_CONTACTS) : contacts;
    }

    private static boolean activeOn(Tie tie, LocalDate on) {
        return !tie.fromDate().isAfter(on)
                && (tie.toDate() == null || tie.toDate().isAfter(on));
    }

    /** The DfE contact relationship code for a true tie to the pupil; null for ties a school does not record. */
    private String code(Tie tie) {
        return switch (tie.typeAndKind()) {
            case "PARENT_OF:birth", "PARENT_OF:adoptive", "PARENT_OF:unknown" -> "PAR";
            case "PARENT_OF:step" -> "STP";
            case "PARENT_OF:foster" -> "FOS";
            case "PARENT_OF:special_guardian", "PARENT_OF:kinship_carer" -> "CAR";
            case "RELATIVE_OF:grandparent" -> dice.chance(0.3) ? "FAM" : "REL";
            default -> null;
        };
    }

    private static boolean hasParentalResponsibility(Tie tie) {
        return switch (tie.kind()) {
            case "birth", "adoptive", "special_guardian" -> true;
            default -> false;
        };
    }

    private void contact(Person pupil, Contact contact, int order, LocalDate on) {
        var person = contact.person();
        var seen = see(person, on);
        ctf.start("Contact");
        ctf.element("Order", Integer.toString(order));
        ctf.element("Title", title(person.sex()));
        ctf.element("Surname", seen.surname());
        ctf.element("Forename", seen.forename());
        ctf.element("MiddleNames", seen.middleNames());
        ctf.element("Gender", letter(seen.sex()));
        ctf.element("Relationship", contact.relationship());
        ctf.element("Responsibility", Boolean.toString(contact.responsibility()));
        if (contact.livesWithPupil()) {
            ctf.start("Address");
            ctf.element("AddressAsPupil", "true");
            ctf.end("Address");
        } else {
            address(seen.address());
        }
        ctf.start("Phones");
        ctf.start("Phone");
        ctf.element("TelephoneType", "M");
        ctf.element("PhoneNo", "07700 900" + String.format("%03d", dice.between(0, 999)));
        ctf.end("Phone");
        ctf.end("Phones");
        if (dice.chance(0.6)) {
            ctf.element("Email", email(seen));
        }
        ctf.end("Contact");
        recorded(pupil.upn() + "-C" + order, person);
    }

    private String title(Sex sex) {
        return switch (sex) {
            case MALE -> "Mr";
            case FEMALE -> dice.pick("Mrs", "Ms", "Miss");
            default -> "Mx";
        };
    }

    /** Invented: the .example domain is reserved and never delivers. */
    private static String email(Seen seen) {
        var local = Spelling.fold(seen.forename() + "." + seen.surname())
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z.]", "");
        return local + "@mail.example";
    }

    /** A BS7666 address as school systems hold one, from a gazetteer; its postcode as typed. */
    private void address(Seen.SeenAddress seen) {
        if (seen == null) {
            return;
        }
        var a = seen.address();
        ctf.start("Address");
        ctf.start("BS7666Address");
        ctf.element("SAON", a.flat());
        ctf.element("PAON", a.building() == null ? Integer.toString(a.number()) : a.building() + ", " + a.number());
        ctf.element("Street", a.street());
        ctf.element("Locality", a.locality());
        ctf.element("Town", a.town());
        if (dice.chance(0.7)) {
            ctf.element("UniquePropertyReferenceNumber", a.uprn());
        }
        ctf.end("BS7666Address");
        ctf.element("PostCode", seen.postcode());
        ctf.end("Address");
    }

    @Override
    public void close() {
        ctf.end("CTFpupilData");
        ctf.end("CTfile");
        ctf.close();
        super.close();
    }
}
