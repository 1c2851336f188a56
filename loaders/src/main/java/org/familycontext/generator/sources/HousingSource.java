/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import static org.familycontext.generator.involvement.Facts.*;
import static org.familycontext.generator.sources.Formats.*;

import java.util.List;
import java.util.Locale;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Involvement;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.family.Residence;
import org.familycontext.generator.noise.NoiseProfile;
import org.familycontext.generator.noise.Seen;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.Sex;

/**
 * A housing management system's tenant list: an old Windows system, so windows-1252 with CRLF line ends,
 * the name in one column as "SURNAME, Forename", a title instead of a sex. The property address is the
 * landlord's own and exact.
 */
public final class HousingSource extends Source {

    private final CsvFile tenants;

    public HousingSource(SourceContext ctx) {
        super("housing", ctx, new NoiseProfile(1.4, true, false, 0, 0, 0, 1.2));
        tenants = file(
                "tenancies.csv",
                CsvFile.WINDOWS_1252,
                false,
                ',',
                "\r\n",
                List.of(
                        "TENANCY_REF",
                        "TENANT_REF",
                        "TENANT_NAME",
                        "TITLE",
                        "DOB",
                        "LEAD_TENANT",
                        "UPRN",
                        "ADDR1",
                        "ADDR2",
                        "TOWN",
                        "POSTCODE",
                        "TENANCY_START",
                        "TENANCY_END",
                        "STATUS",
                        "PROVIDER",
                        "ASB",
                        "ARREARS",
                        "NOSP",
                        "EVICTION",
                        "HOUSING_OFFICER",
                        "OFFICER_PHONE",
                        "OFFICER_EMAIL",
                        "PATCH"));
    }

    @Override
    public void write(Family family) {
        for (var person : family.people()) {
            var inv = latest(person, Service.HOUSING);
            if (inv == null) {
                continue;
            }
            var knownAt = knownAt(inv);
            var home = tenancyHome(person, inv);
            row(person, see(person, knownAt), inv, home);
            maybeDuplicate(person, knownAt, seen -> row(person, seen, inv, home));
        }
    }

    private static Residence tenancyHome(Person person, Involvement inv) {
        for (var r : person.residences()) {
            if (r.householdId().equals(inv.fact(TENANCY))) {
                return r;
            }
        }
        throw new IllegalStateException("tenancy without a home: " + person);
    }

    private void row(Person person, Seen s, Involvement inv, Residence home) {
        var id = nextId("TR", 7);
        var name = s.surname().toUpperCase(Locale.ROOT) + ", " + s.forename()
                + (s.middleNames() == null ? "" : " " + s.middleNames());
        var a = home.address();
        var officer = inv.practitioner();
        tenants.row(
                "T" + inv.fact(TENANCY).substring(1),
                id,
                name,
                title(person, s),
                date(s.birthDate(), DMY),
                inv.fact(LEAD_TENANT),
                a.uprn(),
                a.firstLine(),
                a.locality(),
                a.town(),
                a.postcode(),
                date(inv.start(), DMY),
                date(inv.end(), DMY),
                inv.end() == null ? "Live" : "Ended",
                inv.fact(PROVIDER),
                flag(inv.fact(ANTI_SOCIAL_BEHAVIOUR)),
                flag(inv.fact(RENT_ARREARS)),
                flag(inv.fact(NOTICE_SEEKING_POSSESSION)),
                flag(inv.fact(EVICTION)),
                officer.name(),
                officer.phone(),
                officer.email(),
                officer.team());
        recorded(id, person);
    }

    /** Open and Closed as O and C; "no records" is an empty cell. */
    private static String flag(String value) {
        return "N".equals(value) ? "" : value;
    }

    private String title(Person person, Seen s) {
        if (s.sex() == Sex.UNKNOWN) {
            return dice.chance(0.5) ? "" : "Mx";
        }
        if (s.sex() == Sex.MALE) {
            return dice.chance(0.03) ? "Dr" : "Mr";
        }
        boolean married = !person.surnamesBefore(asOf).isEmpty();
        return married ? (dice.chance(0.8) ? "Mrs" : "Ms") : dice.pick("Miss", "Ms", "Ms");
    }
}
