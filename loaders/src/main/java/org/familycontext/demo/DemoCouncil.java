/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familycontext.loading.InvolvementRow;
import org.familycontext.loading.LivedAtRow;
import org.familycontext.loading.RecordRow;
import org.familycontext.loading.SourceRow;
import org.familycontext.loading.TieRow;
import org.familycontext.model.involvement.InvolvementStatus;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.person.MatchStatus;
import org.familycontext.model.person.SameAsLink;
import org.familycontext.model.record.RecordKey;
import org.familycontext.model.relationship.FamilyTieType;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small hand-written council: three families over three generations seen by fourteen sources (children's
 * and adult social care, schools, housing, police, health, youth justice ...), written to exercise every kind
 * of kinship the API names. The API's tests use it; the demo a new install shows is {@link
 * GeneratedDemoCouncil}. Every person, address, phone number and identifier in it is invented.
 *
 * <p>Its records come already linked: the demo carries its own SAME_AS links, confirmed by the demo's author,
 * so that it shows resolved families before probabilistic matching exists.
 */
public record DemoCouncil(
        String council,
        List<SourceRow> sources,
        List<RecordRow> records,
        List<LivedAtRow> addresses,
        List<TieRow> ties,
        List<InvolvementRow> involvements,
        List<SameAsLink> links) {

    static final String RESOURCE = "/demo/demo-council.json";
    static final String LINKED_BY = "demo council author";

    public static DemoCouncil bundled() {
        try (var in = DemoCouncil.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("demo council resource missing: " + RESOURCE);
            }
            var file = JsonMapper.builder()
                    .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                    .build()
                    .readValue(in, DemoCouncilFile.class);
            return from(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DemoCouncil from(DemoCouncilFile file) {
        var sources = file.sources().stream()
                .map(s -> new SourceRow(
                        s.name(),
                        s.system(),
                        s.service(),
                        s.dataCurrentAsOf(),
                        s.historyYears(),
                        s.areaCovered(),
                        s.minAge(),
                        s.maxAge()))
                .toList();
        Map<String, SourceRow> sourceByName =
                sources.stream().collect(Collectors.toMap(SourceRow::name, Function.identity()));

        var records = new ArrayList<RecordRow>();
        var addresses = new ArrayList<LivedAtRow>();
        for (var r : file.records()) {
            records.add(new RecordRow(
                    r.source(),
                    r.sourceId(),
                    r.forename(),
                    null,
                    r.surname(),
                    r.aliases(),
                    r.previousSurnames(),
                    r.birthDate(),
                    r.sex(),
                    null,
                    r.nhsNumber(),
                    r.upn(),
                    r.caseId(),
                    null,
                    r.deathDate()));
            var key = new RecordKey(r.source(), r.sourceId());
            for (var a : r.addresses() == null ? List.<DemoCouncilFile.DemoAddress>of() : r.addresses()) {
                addresses.add(new LivedAtRow(key, a.uprn(), a.lines(), a.postcode(), a.fromDate(), a.toDate()));
            }
        }

        var ties = file.ties().stream()
                .map(t -> new TieRow(
                        FamilyTieType.valueOf(t.type()),
                        t.kind(),
                        RecordKey.parse(t.fromRecord()),
                        RecordKey.parse(t.toRecord()),
                        t.source(),
                        t.fromDate(),
                        t.toDate(),
                        false,
                        null,
                        null))
                .toList();

        var involvements = file.involvements().stream()
                .map(i -> {
                    var record = RecordKey.parse(i.record());
                    var source = sourceByName.get(record.source());
                    if (source == null || source.service() == null) {
                        throw new IllegalStateException("involvement " + i.sourceId() + " names no service source");
                    }
                    var details = i.details() == null
                            ? List.<String>of()
                            : i.details().entrySet().stream()
                                    .map(e -> e.getKey() + "=" + e.getValue())
                                    .toList();
                    return new InvolvementRow(
                            record,
                            i.sourceId(),
                            Service.valueOf(source.service()),
                            InvolvementStatus.valueOf(i.status()),
                            i.startDate(),
                            i.endDate(),
                            i.lastContact(),
                            i.reason(),
                            i.team(),
                            i.practitionerName(),
                            i.practitionerRole(),
                            i.practitionerPhone(),
                            i.practitionerEmail(),
                            details);
                })
                .toList();

        var links = new ArrayList<SameAsLink>();
        for (var group : file.sameAs()) {
            for (int i = 1; i < group.size(); i++) {
                links.add(new SameAsLink(
                        RecordKey.parse(group.get(i - 1)),
                        RecordKey.parse(group.get(i)),
                        null,
                        1.0,
                        MatchStatus.CONFIRMED,
                        null,
                        null,
                        LINKED_BY,
                        "Linked by the author of the synthetic demo council"));
            }
        }
        return new DemoCouncil(file.council(), sources, records, addresses, ties, involvements, links);
    }
}
