/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import static org.familycontext.generator.involvement.Facts.*;
import static org.familycontext.generator.sources.Formats.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Involvement;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.noise.NoiseProfile;
import org.familycontext.generator.noise.Seen;
import org.familycontext.model.involvement.Service;

/**
 * Adult social care clients from a Mosaic-like report: UTF-8 with a byte-order mark (saved from a
 * spreadsheet), headers with spaces, dates without leading zeros, Male/Female.
 */
public final class AdultSocialCareSource extends Source {

    private final CsvFile clients;

    public AdultSocialCareSource(SourceContext ctx) {
        super("asc", ctx, new NoiseProfile(0.9, false, false, 0.85, 0, 1, 1));
        clients = file(
                "asc_clients.csv",
                StandardCharsets.UTF_8,
                true,
                ',',
                "\r\n",
                List.of(
                        "Person ID",
                        "First Name",
                        "Last Name",
                        "Date of Birth",
                        "Gender",
                        "NHS Number",
                        "Address",
                        "Post Code",
                        "Date of Death",
                        "Involvement Start",
                        "Involvement End",
                        "Last Interaction",
                        "Primary Support Reason",
                        "Worker",
                        "Worker Role",
                        "Team",
                        "Worker Phone",
                        "Worker Email",
                        "Organisation"));
    }

    @Override
    public void write(Family family) {
        writeLatest(family, Service.ADULT_SOCIAL_CARE, this::row);
    }

    private void row(Person person, Seen s, Involvement inv) {
        var id = Long.toString(400_000 + Long.parseLong(nextId("", 7)));
        var a = s.address();
        var worker = inv.practitioner();
        clients.row(
                id,
                s.forename(),
                s.surname(),
                date(s.birthDate(), D_M_Y),
                word(s.sex()),
                orEmpty(spacedNhs(s.nhsNumber())),
                a == null ? "" : a.lines(),
                a == null ? "" : a.postcode(),
                date(s.deathDate(), D_M_Y),
                date(inv.start(), D_M_Y),
                date(inv.end(), D_M_Y),
                date(inv.lastContact(), D_M_Y),
                inv.reason(),
                worker.name(),
                worker.role(),
                worker.team(),
                worker.phone(),
                worker.email(),
                inv.fact(ORGANISATION));
        recorded(id, person);
    }
}
