/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.search;

import static org.familycontext.api.graph.Values.maps;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.familycontext.api.person.PersonView;
import org.familycontext.matching.comparison.NameVariants;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * Finds persons through their records, every look-up through an index and bounded, so that a search costs the
 * same on a council of a million people as on the demo: by identifier straight away; by name through the
 * full-text index (names as typed, close spellings, starts of names, nicknames), the name-sound index (forename
 * and surname that sound alike) and, with a date of birth, the date-of-birth index (anyone born that day, or that
 * month or year where a source holds no more, whatever their name is spelt like). The found records are ranked in Java ({@link SearchRanking}).
 */
@Component
class PersonSearch {

    /** At most this many persons are ranked and counted; a date of birth narrows a common name further. */
    static final int MAX_RESULTS = 200;

    private static final int FULL_TEXT_RECORDS = 200;
    private static final int SOUND_RECORDS = 300;
    private static final int BIRTH_DATE_RECORDS = 300;

    // A case-management ID as typed or in capitals; an NHS number without spaces or hyphens; a UPN in capitals.
    private static final String BY_IDENTIFIER = """
            CALL () {
              MATCH (r:Record) WHERE r.caseId IN $caseIds RETURN r
              UNION
              MATCH (r:Record) WHERE r.nhsNumber = $nhsNumber RETURN r
              UNION
              MATCH (r:Record) WHERE r.upn = $upn RETURN r
            }
            MATCH (r)-[:PART_OF]->(p:Person)
            WITH DISTINCT p LIMIT $max
            RETURN p %s AS p
            """.formatted(PersonView.PROJECTION);

    // Each branch is bounded. The sound pairs are unwound so that each is one seek of the (forenameSound,
    // surnameSound, birthDate) index; records without a date of birth are not in it, and are left to the
    // full-text look-up.
    private static final String BY_NAME = """
            CALL () {
              CALL db.index.fulltext.queryNodes('record_names', $lucene, {limit: $fullTextRecords}) YIELD node
              RETURN node AS r
              UNION
              UNWIND $soundPairs AS pair
              WITH pair[0] AS forenameSound, pair[1] AS surnameSound
              MATCH (r:Record)
              WHERE r.forenameSound = forenameSound AND r.surnameSound = surnameSound AND r.birthDate IS NOT NULL
              RETURN r LIMIT $soundRecords
              UNION
              MATCH (r:Record) WHERE r.birthDate = $birthDate
              RETURN r LIMIT $birthDateRecords
              UNION
              MATCH (r:Record) WHERE r.birthDate IN $partialBirthDates
              RETURN r LIMIT $birthDateRecords
            }
            MATCH (r)-[:PART_OF]->(p:Person)
            RETURN p %s AS p,
                   collect(r {.forename, .middleNames, .surname, .aliases, .previousSurnames, .birthDate}) AS hits
            """.formatted(PersonView.PROJECTION);

    private final Neo4jClient neo4j;
    private final NameVariants variants = NameVariants.bundled();

    PersonSearch(Neo4jClient neo4j) {
        this.neo4j = neo4j;
    }

    /** The persons holding the identifier: one, or the few sharing it. */
    List<RankedPerson> byIdentifier(String identifier) {
        var trimmed = identifier.strip();
        var upper = trimmed.toUpperCase(Locale.ROOT);
        var parameters = new HashMap<String, Object>();
        parameters.put("caseIds", List.of(trimmed, upper).stream().distinct().toList());
        parameters.put("nhsNumber", trimmed.replaceAll("[\\s-]", ""));
        parameters.put("upn", upper.replaceAll("\\s", ""));
        parameters.put("max", MAX_RESULTS);
        return neo4j.query(BY_IDENTIFIER).bindAll(parameters).fetch().all().stream()
                .map(row -> new RankedPerson(PersonView.of(asMap(row.get("p"))), 1.0, List.of(SearchMatch.IDENTIFIER)))
                .toList();
    }

    /** The persons whose records match the name (and date of birth), in no particular order. */
    List<RankedPerson> byName(TypedName name, LocalDate dateOfBirth) {
        var parameters = new HashMap<String, Object>();
        parameters.put("lucene", name.luceneQuery(variants));
        // With a date of birth, everyone born that day is read anyway: the sound look-up would add no one.
        parameters.put("soundPairs", dateOfBirth == null ? name.soundPairs(variants) : List.of());
        // Text either way (no record is born on ""): Neo4j plans a query afresh for each set of parameter types, and
        // planning this one costs more than running it.
        parameters.put("birthDate", dateOfBirth == null ? "" : dateOfBirth.toString());
        parameters.put("partialBirthDates", partialBirthDates(dateOfBirth));
        parameters.put("fullTextRecords", FULL_TEXT_RECORDS);
        parameters.put("soundRecords", SOUND_RECORDS);
        parameters.put("birthDateRecords", BIRTH_DATE_RECORDS);
        var ranking = new SearchRanking(name, dateOfBirth, variants);
        var ranked = new ArrayList<RankedPerson>();
        neo4j.query(BY_NAME)
                .bindAll(parameters)
                .fetch()
                .all()
                .forEach(row -> ranking.rank(PersonView.of(asMap(row.get("p"))), maps(row, "hits"))
                        .ifPresent(ranked::add));
        return ranked;
    }

    /** The month and the year a source holding only part of the date of birth would have written. */
    private static List<String> partialBirthDates(LocalDate dateOfBirth) {
        if (dateOfBirth == null) {
            return List.of();
        }
        var day = dateOfBirth.toString();
        return List.of(day.substring(0, 7), day.substring(0, 4));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }
}
