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

/** Health visiting caseload: children under five, NHS numbers printed with spaces, one address column. */
public final class HealthVisitingSource extends Source {

    private final CsvFile caseload;

    public HealthVisitingSource(SourceContext ctx) {
        super("hv", ctx, new NoiseProfile(0.7, false, false, 0.97, 0, 0.7, 0.7));
        caseload = utf8(
                "caseload.csv",
                ',',
                List.of(
                        "HV_CLIENT_ID",
                        "NHS_NO",
                        "CHILD_FORENAME",
                        "CHILD_SURNAME",
                        "CHILD_DOB",
                        "CHILD_SEX",
                        "ADDRESS",
                        "POSTCODE",
                        "CASELOAD_START",
                        "DISCHARGE_DATE",
                        "LAST_CONTACT",
                        "SERVICE_LEVEL",
                        "HEALTH_VISITOR",
                        "HV_TEAM",
                        "HV_PHONE",
                        "HV_EMAIL"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.HEALTH_VISITOR, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("HV", 6);
        var a = s.address();
        var worker = inv.practitioner();
        caseload.row(
                id,
                orEmpty(spacedNhs(s.nhsNumber())),
                s.forename(),
                s.surname(),
                date(s.birthDate(), ISO),
                iso5218(s.sex()),
                a == null ? "" : a.lines(),
                a == null ? "" : a.postcode(),
                date(inv.start(), ISO),
                date(inv.end(), ISO),
                date(inv.lastContact(), ISO),
                inv.fact(SERVICE_LEVEL),
                worker.name(),
                worker.team(),
                worker.phone(),
                worker.email());
        recorded(id, person);
    }
}
