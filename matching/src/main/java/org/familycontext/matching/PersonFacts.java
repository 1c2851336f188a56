/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.familycontext.model.record.RecordKey;
import org.neo4j.driver.Record;

/**
 * What a record says about its person's display fields, and how a person's fields are chosen from its records'.
 * The whole-graph resolver and the re-forming after a review decision both use it, so a person looks the same
 * whichever formed it.
 */
public record PersonFacts(String forename, String surname, String birthDate, String sex, String deathDate) {

    /** From a row with the columns forename, surname, birthDate, sex and deathDate. */
    public static PersonFacts of(Record row) {
        return new PersonFacts(
                text(row, "forename"),
                text(row, "surname"),
                text(row, "birthDate"),
                text(row, "sex"),
                text(row, "deathDate"));
    }

    /** The row a person is written from: its ID, display fields by majority, record count and record keys. */
    public static Map<String, Object> personRow(String id, List<RecordKey> cluster, Map<RecordKey, PersonFacts> facts) {
        var records = cluster.stream().map(facts::get).toList();
        var properties = new HashMap<String, Object>();
        properties.put("forename", mostCommon(records, PersonFacts::forename));
        properties.put("surname", mostCommon(records, PersonFacts::surname));
        properties.put("birthDate", mostCommon(records, PersonFacts::birthDate));
        properties.put("sex", mostCommon(records, f -> "UNKNOWN".equals(f.sex()) ? null : f.sex()));
        properties.put("deathDate", mostCommon(records, PersonFacts::deathDate));
        properties.put("recordCount", cluster.size());
        return Map.of(
                "id",
                id,
                "properties",
                properties,
                "records",
                cluster.stream().map(k -> List.of(k.source(), k.sourceId())).toList());
    }

    /**
     * The value most of the cluster's records agree on; on a tie the longest (a full date of birth over a
     * year, "Catherine" over "Kate"), then alphabetical, so that the choice is the same on every run.
     */
    private static String mostCommon(List<PersonFacts> records, Function<PersonFacts, String> field) {
        return records.stream()
                .map(field)
                .filter(Objects::nonNull)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Comparator.comparing(Map.Entry<String, Long>::getValue)
                        .thenComparing(e -> e.getKey().length())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .map(Map.Entry::getKey)
                .orElse(null);
    }

    private static String text(Record row, String field) {
        var value = row.get(field);
        return value.isNull() ? null : value.asString();
    }
}
