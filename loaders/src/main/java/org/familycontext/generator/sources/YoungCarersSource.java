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

/** The young carers service: a small spreadsheet kept by hand, so the noisiest of the children's sources. */
public final class YoungCarersSource extends Source {

    private final CsvFile carers;

    public YoungCarersSource(SourceContext ctx) {
        super("ycs", ctx, new NoiseProfile(1.8, false, false, 0, 0, 1.5, 1.5));
        carers = utf8(
                "young_carers.csv",
                ',',
                List.of(
                        "YC_REF",
                        "FORENAME",
                        "SURNAME",
                        "DOB",
                        "GENDER",
                        "ADDRESS",
                        "POSTCODE",
                        "REFERRAL_DATE",
                        "CLOSED_DATE",
                        "CARING_FOR",
                        "WORKER",
                        "WORKER_PHONE",
                        "WORKER_EMAIL"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.YOUNG_CARERS, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("YC", 5);
        var a = s.address();
        var worker = inv.practitioner();
        carers.row(
                id,
                s.forename(),
                s.surname(),
                date(s.birthDate(), DMY),
                letter(s.sex()),
                a == null ? "" : a.lines(),
                a == null ? "" : a.postcode(),
                date(inv.start(), DMY),
                date(inv.end(), DMY),
                inv.fact(CARING_FOR),
                worker.name(),
                worker.phone(),
                worker.email());
        recorded(id, person);
    }
}
