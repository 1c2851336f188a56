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

/** Probation cases supervised from the Demoton office: CRN and PNC number, the order and its risk level. */
public final class ProbationSource extends Source {

    private final CsvFile cases;

    public ProbationSource(SourceContext ctx) {
        super("probation", ctx, new NoiseProfile(0.8, true, false, 0, 0, 1, 0.8));
        cases = utf8(
                "cases.csv",
                ',',
                List.of(
                        "CRN",
                        "PNC_NUMBER",
                        "FAMILY_NAME",
                        "FIRST_NAME",
                        "SECOND_NAME",
                        "DATE_OF_BIRTH",
                        "GENDER",
                        "ADDRESS_1",
                        "ADDRESS_2",
                        "TOWN",
                        "POSTCODE",
                        "ORDER_TYPE",
                        "ORDER_START",
                        "ORDER_END",
                        "LAST_CONTACT",
                        "RISK_LEVEL",
                        "OFFENDER_MANAGER",
                        "OM_ROLE",
                        "OM_PHONE",
                        "OM_EMAIL",
                        "PDU_TEAM"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.PROBATION, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("D", 6);
        var a = s.address();
        var om = inv.practitioner();
        cases.row(
                id,
                person.pnc() == null || !dice.chance(0.85) ? "" : person.pnc(),
                s.surname(),
                s.forename(),
                orEmpty(s.middleNames()),
                date(s.birthDate(), DMY),
                letter(s.sex()),
                a == null ? "" : a.firstLine(),
                a == null ? "" : a.locality(),
                a == null ? "" : a.town(),
                a == null ? "" : a.postcode(),
                inv.fact(ORDER),
                date(inv.start(), DMY),
                date(inv.end(), DMY),
                date(inv.lastContact(), DMY),
                inv.fact(RISK_LEVEL),
                om.name(),
                om.role(),
                om.phone(),
                om.email(),
                om.team());
        recorded(id, person);
    }
}
