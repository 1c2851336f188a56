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

/** Early help: the family is the case, so each person row carries the family's reference too. */
public final class EarlyHelpSource extends Source {

    private final CsvFile people;

    public EarlyHelpSource(SourceContext ctx) {
        super("eh", ctx, new NoiseProfile(1, false, false, 0, 0, 1, 1));
        people = utf8(
                "early_help.csv",
                ',',
                List.of(
                        "EH_ID",
                        "FAMILY_REF",
                        "FIRST_NAME",
                        "LAST_NAME",
                        "PREVIOUS_NAME",
                        "DOB",
                        "SEX",
                        "ADDR_LINE_1",
                        "ADDR_LINE_2",
                        "POSTCODE",
                        "EPISODE_START",
                        "EPISODE_END",
                        "LAST_CONTACT",
                        "REASON",
                        "ASSESSMENT",
                        "PLAN",
                        "KEY_WORKER",
                        "KW_ROLE",
                        "KW_PHONE",
                        "KW_EMAIL",
                        "TEAM"));
    }

    @Override
    public void write(Family family) {
        String familyRef = null;
        for (var person : family.people()) {
            var inv = latest(person, Service.EARLY_HELP);
            if (inv == null) {
                continue;
            }
            if (familyRef == null) {
                familyRef = "FAM" + String.format("%06d", family.index());
            }
            var ref = familyRef;
            var knownAt = knownAt(inv);
            row(person, ref, see(person, knownAt), inv);
            maybeDuplicate(person, knownAt, seen -> row(person, ref, seen, inv));
        }
    }

    private void row(Person person, String familyRef, Seen s, Involvement inv) {
        var id = nextId("EH", 6);
        var a = s.address();
        var worker = inv.practitioner();
        people.row(
                id,
                familyRef,
                s.forename(),
                s.surname(),
                s.previousSurnames().isEmpty() ? "" : s.previousSurnames().getLast(),
                date(s.birthDate(), ISO),
                word(s.sex()),
                a == null ? "" : a.firstLine(),
                a == null ? "" : a.locality() + ", " + a.town(),
                a == null ? "" : a.postcode(),
                date(inv.start(), ISO),
                date(inv.end(), ISO),
                date(inv.lastContact(), ISO),
                inv.reason(),
                inv.fact(ASSESSMENT),
                inv.fact(PLAN),
                worker.name(),
                worker.role(),
                worker.phone(),
                worker.email(),
                worker.team());
        recorded(id, person);
    }
}
