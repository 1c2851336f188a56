/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import static org.familycontext.generator.involvement.Facts.*;
import static org.familycontext.generator.sources.Formats.*;

import java.util.List;
import java.util.Locale;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Involvement;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.noise.NoiseProfile;
import org.familycontext.generator.noise.Seen;
import org.familycontext.model.involvement.Service;

/**
 * The police's safeguarding extract of adult nominals: pipe-delimited, surnames in capitals, compact dates and
 * sometimes only a year of birth, up to three offences each as "date, type, convicted or suspect".
 */
public final class PoliceSource extends Source {

    private final CsvFile nominals;

    public PoliceSource(SourceContext ctx) {
        super("police", ctx, new NoiseProfile(1.6, true, true, 0, 0, 1.5, 1.5));
        nominals = utf8(
                "nominals.psv",
                '|',
                List.of(
                        "NOMINAL_ID",
                        "PNC_ID",
                        "SURNAME",
                        "FORENAME_1",
                        "FORENAME_2",
                        "DOB",
                        "SEX",
                        "ADDRESS",
                        "POSTCODE",
                        "FIRST_CONTACT",
                        "LAST_CONTACT",
                        "FLAG",
                        "STATION",
                        "SUMMARY",
                        "OFFENCE_1",
                        "OFFENCE_2",
                        "OFFENCE_3"));
    }

    @Override
    public void write(Family family) {
        for (var person : family.people()) {
            var inv = latest(person, Service.POLICE);
            if (inv == null) {
                continue;
            }
            var knownAt = inv.lastContact();
            row(person, see(person, knownAt), inv);
            maybeDuplicate(person, knownAt, seen -> row(person, seen, inv));
        }
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = nextId("PN", 7);
        var a = s.address();
        boolean active = inv.lastContact().isAfter(asOf.minusYears(1));
        nominals.row(
                id,
                person.pnc() == null || !dice.chance(0.9) ? "" : person.pnc(),
                s.surname().toUpperCase(Locale.ROOT),
                s.forename(),
                orEmpty(s.middleNames()),
                date(s.birthDate(), COMPACT),
                letter(s.sex()),
                a == null ? "" : a.lines(),
                a == null ? "" : a.postcode(),
                date(inv.start(), COMPACT),
                date(inv.lastContact(), COMPACT),
                active ? "ACTIVE" : "INACTIVE",
                inv.fact(STATION),
                inv.reason(),
                orEmpty(inv.fact(OFFENCE + 1)),
                orEmpty(inv.fact(OFFENCE + 2)),
                orEmpty(inv.fact(OFFENCE + 3)));
        recorded(id, person);
    }
}
