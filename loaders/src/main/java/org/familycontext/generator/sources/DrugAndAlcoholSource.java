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
 * The drug and alcohol service's clients: tab-separated, only a postcode for an address (people often give
 * no more), dates of birth sometimes only as a month or a year.
 */
public final class DrugAndAlcoholSource extends Source {

    private final CsvFile clients;

    public DrugAndAlcoholSource(SourceContext ctx) {
        super("das", ctx, new NoiseProfile(1.5, false, true, 0.5, 0, 1.5, 1.3));
        clients = utf8(
                "clients.tsv",
                '\t',
                List.of(
                        "ClientRef",
                        "FirstName",
                        "Surname",
                        "DOB",
                        "Gender",
                        "NHSNumber",
                        "Postcode",
                        "TriageDate",
                        "ExitDate",
                        "LastContact",
                        "PrimarySubstance",
                        "Treatment",
                        "Keyworker",
                        "KeyworkerPhone",
                        "KeyworkerEmail",
                        "Team"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.DRUG_AND_ALCOHOL, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("D", 6);
        var worker = inv.practitioner();
        clients.row(
                id,
                s.forename(),
                s.surname(),
                date(s.birthDate(), D_M_Y),
                word(s.sex()).replace("Unknown", "Not stated"),
                orEmpty(s.nhsNumber()),
                s.address() == null ? "" : s.address().postcode(),
                date(inv.start(), D_M_Y),
                date(inv.end(), D_M_Y),
                date(inv.lastContact(), D_M_Y),
                inv.fact(SUBSTANCE),
                inv.fact(TREATMENT),
                worker.name(),
                worker.phone(),
                worker.email(),
                worker.team());
        recorded(id, person);
    }
}
