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

/** The youth justice service's young people (10 to 17): the name in one column, forename first. */
public final class YouthJusticeSource extends Source {

    private final CsvFile youngPeople;

    public YouthJusticeSource(SourceContext ctx) {
        super("yos", ctx, new NoiseProfile(1, true, false, 0, 0, 1, 1));
        youngPeople = utf8(
                "young_people.csv",
                ',',
                List.of(
                        "YOT_ID",
                        "YP_NAME",
                        "DOB",
                        "SEX",
                        "ADDRESS",
                        "POSTCODE",
                        "OUTCOME",
                        "OFFENCE",
                        "START_DATE",
                        "END_DATE",
                        "LAST_CONTACT",
                        "CASE_MANAGER",
                        "CM_PHONE",
                        "CM_EMAIL"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.YOUTH_OFFENDING, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("YJ", 5);
        var a = s.address();
        var worker = inv.practitioner();
        var name = s.forename() + (s.middleNames() == null ? "" : " " + s.middleNames()) + " " + s.surname();
        youngPeople.row(
                id,
                name,
                date(s.birthDate(), DMY),
                letter(s.sex()),
                a == null ? "" : a.lines(),
                a == null ? "" : a.postcode(),
                inv.fact(ORDER),
                inv.fact(YOUTH_OFFENCE),
                date(inv.start(), DMY),
                date(inv.end(), DMY),
                date(inv.lastContact(), DMY),
                worker.name(),
                worker.phone(),
                worker.email());
        recorded(id, person);
    }
}
