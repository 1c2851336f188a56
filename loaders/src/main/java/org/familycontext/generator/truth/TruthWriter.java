/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.truth;

import java.io.Closeable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.familycontext.generator.family.Family;
import org.familycontext.generator.family.Person;
import org.familycontext.generator.sources.CsvFile;
import org.familycontext.generator.world.Address;

/**
 * The ground truth beside the extracts, in {@code truth/}: who every record really is, how people are
 * related, who lived where. {@code records.csv} is what {@code evaluate --truth} reads.
 */
public final class TruthWriter implements Closeable {

    private final CsvFile records;
    private final CsvFile people;
    private final CsvFile relationships;
    private final CsvFile households;
    private final CsvFile addresses;

    public TruthWriter(Path outDir) {
        var dir = outDir.resolve("truth");
        records = file(dir.resolve("records.csv"), List.of("source", "sourceId", "entityId"));
        people = file(
                dir.resolve("people.csv"),
                List.of(
                        "entityId",
                        "forename",
                        "middleNames",
                        "surname",
                        "previousSurnames",
                        "birthDate",
                        "sex",
                        "deathDate",
                        "nhsNumber",
                        "upn",
                        "ethnicity",
                        "family"));
        relationships = file(dir.resolve("relationships.csv"), List.of("from", "to", "type", "fromDate", "toDate"));
        households = file(dir.resolve("households.csv"), List.of("entityId", "householdId", "uprn", "from", "to"));
        addresses = file(dir.resolve("addresses.csv"), List.of("uprn", "lines", "postcode", "inArea"));
    }

    private static CsvFile file(Path path, List<String> header) {
        return new CsvFile(path, StandardCharsets.UTF_8, false, ',', "\n", header);
    }

    /** A source wrote a record of this person. */
    public void record(String source, String sourceId, String entityId) {
        records.row(source, sourceId, entityId);
    }

    public void family(Family family) {
        for (var p : family.people()) {
            person(p, family.index());
            for (var r : p.residences()) {
                households.row(p.entityId(), r.householdId(), r.address().uprn(), iso(r.from()), iso(r.to()));
            }
        }
        for (var tie : family.ties()) {
            relationships.row(
                    tie.from().entityId(),
                    tie.to().entityId(),
                    tie.typeAndKind(),
                    iso(tie.fromDate()),
                    iso(tie.toDate()));
        }
    }

    private void person(Person p, int family) {
        var previous = p.surnamesBefore(LocalDate.MAX);
        people.row(
                p.entityId(),
                p.forename(),
                p.middleName(),
                p.surname(),
                String.join(";", previous),
                iso(p.birthDate()),
                p.sex().name(),
                iso(p.deathDate()),
                p.nhsNumber(),
                p.upn(),
                p.ethnicity(),
                Integer.toString(family));
    }

    /** Every dwelling is written once, when it is first handed out. */
    public void address(Address a) {
        addresses.row(a.uprn(), a.lines(), a.postcode(), a.inArea() ? "Y" : "N");
    }

    public long records() {
        return records.rows();
    }

    private static String iso(LocalDate date) {
        return date == null ? "" : date.toString();
    }

    @Override
    public void close() {
        for (var f : List.of(records, people, relationships, households, addresses)) {
            f.close();
        }
    }
}
