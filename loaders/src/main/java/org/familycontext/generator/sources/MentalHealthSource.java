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

/** The mental health trust's community caseload: semicolon-delimited, as its European-locale export writes. */
public final class MentalHealthSource extends Source {

    private final CsvFile patients;

    public MentalHealthSource(SourceContext ctx) {
        super("amh", ctx, new NoiseProfile(0.9, false, true, 0.92, 0, 1, 1));
        patients = utf8(
                "patients.csv",
                ';',
                List.of(
                        "MH_ID",
                        "NHS_NUMBER",
                        "SURNAME",
                        "FORENAME",
                        "DOB",
                        "SEX",
                        "ADDRESS_1",
                        "ADDRESS_2",
                        "POSTCODE",
                        "REFERRAL_DATE",
                        "DISCHARGE_DATE",
                        "LAST_SEEN",
                        "PRESENTING_NEED",
                        "TEAM",
                        "CARE_COORDINATOR",
                        "ROLE",
                        "PHONE",
                        "EMAIL",
                        "CPA"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.ADULT_MENTAL_HEALTH, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("MH", 7);
        var a = s.address();
        var worker = inv.practitioner();
        patients.row(
                id,
                orEmpty(s.nhsNumber()),
                s.surname(),
                s.forename(),
                date(s.birthDate(), DMY),
                letter(s.sex()),
                a == null ? "" : a.firstLine(),
                a == null ? "" : a.locality() + ", " + a.town(),
                a == null ? "" : a.postcode(),
                date(inv.start(), DMY),
                date(inv.end(), DMY),
                date(inv.lastContact(), DMY),
                inv.reason(),
                inv.fact(TEAM),
                worker.name(),
                worker.role(),
                worker.phone(),
                worker.email(),
                inv.fact(CARE_PROGRAMME_APPROACH));
        recorded(id, person);
    }
}
