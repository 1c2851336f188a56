/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import static org.familycontext.generator.involvement.Facts.*;
import static org.familycontext.generator.sources.Formats.*;

import java.util.List;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Involvement;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.noise.NoiseProfile;
import org.familycontext.generator.noise.Seen;
import org.familycontext.model.involvement.Service;

/**
 * The school census as the council collects it from its schools: UPN, legal and former surname, preferred
 * forename, ISO dates, M/F, one row per pupil on roll (and leavers of the last three years).
 */
public final class SchoolSource extends Source {

    private final CsvFile census;

    public SchoolSource(SourceContext ctx) {
        super("school", ctx, new NoiseProfile(0.5, true, false, 0, 0.995, 0.5, 0.6));
        census = utf8(
                "census.csv",
                ',',
                List.of(
                        "PupilNo",
                        "UPN",
                        "Surname",
                        "Forename",
                        "MiddleNames",
                        "PreferredForename",
                        "FormerSurname",
                        "DOB",
                        "Sex",
                        "AddressLine1",
                        "AddressLine2",
                        "Town",
                        "Postcode",
                        "UPRN",
                        "SchoolName",
                        "SchoolURN",
                        "EntryDate",
                        "LeavingDate",
                        "EnrolStatus",
                        "AttendancePct",
                        "Exclusions",
                        "DSL"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.EDUCATION, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("P", 7);
        var a = s.address();
        census.row(
                id,
                orEmpty(s.upn()),
                s.surname(),
                s.forename(),
                orEmpty(s.middleNames()),
                orEmpty(s.alias()),
                String.join(";", s.previousSurnames()),
                date(s.birthDate(), ISO),
                letter(s.sex()),
                a == null ? "" : a.firstLine(),
                a == null ? "" : a.locality(),
                a == null ? "" : a.town(),
                a == null ? "" : a.postcode(),
                a == null || !dice.chance(0.7) ? "" : a.uprn(),
                inv.fact(SCHOOL),
                inv.fact(SCHOOL_URN),
                date(inv.start(), ISO),
                date(inv.end(), ISO),
                inv.fact(ADMISSION_TYPE),
                inv.fact(ATTENDANCE),
                inv.fact(EXCLUSIONS),
                inv.fact(SAFEGUARDING_CONTACT));
        recorded(id, person);
    }
}
