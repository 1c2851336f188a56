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

/** GP registrations: everyone registered with a practice in the area, NHS numbers and ISO 5218 sex codes. */
public final class GpSource extends Source {

    private final CsvFile registrations;

    public GpSource(SourceContext ctx) {
        super("gp", ctx, new NoiseProfile(0.5, true, false, 0.995, 0, 0.5, 0.5));
        registrations = utf8(
                "registrations.csv",
                ',',
                List.of(
                        "PATIENT_ID",
                        "NHS_NUMBER",
                        "FAMILY_NAME",
                        "GIVEN_NAME",
                        "OTHER_GIVEN_NAMES",
                        "PREVIOUS_FAMILY_NAME",
                        "DATE_OF_BIRTH",
                        "SEX",
                        "DATE_OF_DEATH",
                        "ADDRESS_LINE_1",
                        "ADDRESS_LINE_2",
                        "ADDRESS_LINE_3",
                        "POSTCODE",
                        "PRACTICE_CODE",
                        "PRACTICE_NAME",
                        "USUAL_GP",
                        "PRACTICE_PHONE",
                        "REGISTRATION_DATE",
                        "DEREGISTRATION_DATE",
                        "MISSED_APPTS_12M"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.GP, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("G", 8);
        var a = s.address();
        registrations.row(
                id,
                orEmpty(s.nhsNumber()),
                s.surname(),
                s.forename(),
                orEmpty(s.middleNames()),
                s.previousSurnames().isEmpty() ? "" : s.previousSurnames().getLast(),
                date(s.birthDate(), COMPACT),
                iso5218(s.sex()),
                date(s.deathDate(), COMPACT),
                a == null ? "" : a.firstLine(),
                a == null ? "" : a.locality(),
                a == null ? "" : a.town(),
                a == null ? "" : a.postcode(),
                inv.fact(PRACTICE_CODE),
                inv.fact(PRACTICE),
                inv.practitioner() == null ? "" : inv.practitioner().name(),
                inv.fact(PRACTICE_PHONE),
                date(inv.start(), COMPACT),
                date(inv.end(), COMPACT),
                orEmpty(inv.fact(MISSED_APPOINTMENTS)));
        recorded(id, person);
    }
}
