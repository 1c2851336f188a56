/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import static org.familycontext.generator.family.CareCodes.*;
import static org.familycontext.generator.sources.Formats.*;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.noise.NoiseProfile;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.Sex;

/**
 * The DfE SSDA903 looked-after children return, in its real layout: header.csv (one row per child, no names)
 * and episodes.csv (one row per episode). CHILD is the case-management system's person ID, as councils
 * submit it. Its manifest is the shipped {@code manifests/ssda903/ssda903.manifest.yaml}.
 */
public final class Ssda903Source extends Source {

    /** Children looked after at any time in these last years are in the return. */
    private static final int HISTORY_YEARS = 5;

    private final LcsSource lcs;
    private final CsvFile header;
    private final CsvFile episodes;

    public Ssda903Source(SourceContext ctx, LcsSource lcs) {
        super("ssda903", ctx, new NoiseProfile(0.2, false, false, 0, 0.9, 0, 0));
        this.lcs = lcs;
        header = utf8("header.csv", ',', List.of("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"));
        episodes = utf8(
                "episodes.csv",
                ',',
                List.of(
                        "CHILD",
                        "DECOM",
                        "RNE",
                        "LS",
                        "CIN",
                        "PLACE",
                        "PLACE_PROVIDER",
                        "DEC",
                        "REC",
                        "REASON_PLACE_CHANGE",
                        "HOME_POST",
                        "PL_POST",
                        "URN"));
    }

    @Override
    protected String manifestResource() {
        return "/manifests/ssda903/ssda903.manifest.yaml";
    }

    /** The shipped manifest, with only its source block set to this extract. */
    @Override
    protected String manifest(String template) {
        return withSourceValues(
                template,
                Map.of(
                        "dataCurrentAsOf",
                        asOf,
                        "historyYears",
                        HISTORY_YEARS,
                        "areaCovered",
                        "Demoton Borough Council looked-after children"));
    }

    @Override
    public void write(Family family) {
        var since = asOf.minusYears(HISTORY_YEARS);
        for (var child : family.people()) {
            var episodes = involvements(child, Service.CHILDRENS_SOCIAL_CARE).stream()
                    .filter(inv -> LOOKED_AFTER.equals(inv.type()))
                    .toList();
            if (episodes.isEmpty()
                    || episodes.stream()
                            .allMatch(e -> e.end() != null && e.end().isBefore(since))) {
                continue;
            }
            var id = lcs.caseIdOf(child);
            if (id == null) {
                continue;
            }
            headerRow(id, child, family);
            for (var e : episodes) {
                this.episodes.row(
                        id,
                        date(e.start(), DMY),
                        e.fact(REASON_NEW),
                        e.fact(LEGAL_STATUS),
                        e.fact(CATEGORY),
                        e.fact(PLACEMENT),
                        e.fact(PROVIDER),
                        date(e.end(), DMY),
                        orEmpty(e.fact(REASON_ENDED)),
                        orEmpty(e.fact(REASON_PLACE_CHANGE)),
                        orEmpty(e.fact(HOME_POSTCODE)),
                        orEmpty(e.fact(PLACEMENT_POSTCODE)),
                        orEmpty(e.fact(URN)));
            }
        }
    }

    private void headerRow(String id, Person child, Family family) {
        String mother = "";
        String babyBorn = "";
        if (child.sex() == Sex.FEMALE) {
            LocalDate first = null;
            for (var baby : family.childrenOf(child)) {
                first = first == null || baby.birthDate().isBefore(first) ? baby.birthDate() : first;
            }
            mother = first == null ? "0" : "1";
            babyBorn = date(first, DMY);
        }
        var upn = child.upn() != null && dice.chance(profile.upns()) ? child.upn() : "";
        header.row(
                id,
                child.sex() == Sex.FEMALE ? "2" : "1",
                date(child.birthDate(), DMY),
                child.ethnicity(),
                upn,
                mother,
                babyBorn);
        recorded(id, child);
    }
}
