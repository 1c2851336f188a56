/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.familycontext.generator.noise.Nicknames;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Values;

/**
 * What the benchmark asks about, drawn from the loaded council with a fixed seed so that every run asks the same:
 * focus persons (children with a recorded parent, as a social worker's cases are) and search terms taken from
 * their records and their parents' records as the sources hold them, in the five ways people search.
 */
record BenchSamples(List<String> focusIds, List<SearchTerm> searchTerms) {

    /** How a search was typed. */
    enum SearchKind {
        /** Forename and surname as a record holds them. */
        NAME,
        /** The same with the full date of birth. */
        NAME_AND_DATE_OF_BIRTH,
        /** A nickname for the forename (Kate for Catherine) and the surname. */
        NICKNAME,
        /** Forename and a surname with two letters swapped. */
        MISSPELT,
        /** A case-management ID, NHS number or unique pupil number. */
        IDENTIFIER
    }

    /**
     * One search, and whom it was taken from: the person the record belongs to, and the child whose case it is
     * (the same person when the record is the child's own).
     */
    record SearchTerm(
            SearchKind kind, String name, String dateOfBirth, String identifier, String personId, String focusId) {

        Map<String, Object> variables(int first) {
            var variables = new LinkedHashMap<String, Object>();
            variables.put("name", name);
            variables.put("dateOfBirth", dateOfBirth);
            variables.put("identifier", identifier);
            variables.put("first", first);
            return variables;
        }
    }

    /** No person has been found to ask about: the store holds no child with a recorded parent. */
    static final class NoChildrenWithFamilies extends RuntimeException {
        NoChildrenWithFamilies() {
            super("The store holds no child with a recorded parent to ask about: is it loaded and linked?");
        }
    }

    private static final String CHILDREN_WITH_A_PARENT = """
            MATCH (p:Person)
            WHERE p.birthDate >= $bornSince AND p.deathDate IS NULL
              AND EXISTS { (p)<-[:PART_OF]-(:Record)<-[:PARENT_OF]-(:Record)-[:PART_OF]->(:Person) }
            RETURN p.id AS id ORDER BY id
            """;

    private static final String RECORDS_OF_CHILDREN_AND_PARENTS = """
            UNWIND $ids AS focus
            MATCH (:Person {id: focus})<-[:PART_OF]-(own:Record)
            OPTIONAL MATCH (own)<-[:PARENT_OF]-(parent:Record)
            WITH focus, collect(DISTINCT own) + collect(DISTINCT parent) AS records
            UNWIND records AS r
            MATCH (r)-[:PART_OF]->(owner:Person)
            RETURN focus, owner.id AS person, r.source AS source, r.sourceId AS sourceId, r.forename AS forename,
                   r.surname AS surname, r.birthDate AS birthDate, r.nhsNumber AS nhsNumber, r.upn AS upn,
                   r.caseId AS caseId
            ORDER BY focus, source, sourceId
            """;

    /** @param count how many focus persons (and as many search terms) to draw, fewer when the council is smaller */
    static BenchSamples draw(Driver driver, int count, long seed, LocalDate today) {
        var random = new Random(seed);
        List<String> children;
        Map<String, List<Record>> recordsByFocus = new HashMap<>();
        try (var session = driver.session()) {
            children = new ArrayList<>(session.run(
                            CHILDREN_WITH_A_PARENT,
                            Values.parameters("bornSince", today.minusYears(18).toString()))
                    .list(r -> r.get("id").asString()));
            if (children.isEmpty()) {
                throw new NoChildrenWithFamilies();
            }
            Collections.shuffle(children, random);
            children = List.copyOf(children.subList(0, Math.min(count, children.size())));
            session.run(RECORDS_OF_CHILDREN_AND_PARENTS, Values.parameters("ids", children))
                    .forEachRemaining(r -> recordsByFocus
                            .computeIfAbsent(r.get("focus").asString(), k -> new ArrayList<>())
                            .add(r));
        }
        var nicknames = Nicknames.bundled();
        var kinds = SearchKind.values();
        var terms = new ArrayList<SearchTerm>();
        for (int i = 0; i < children.size(); i++) {
            var focus = children.get(i);
            var records = recordsByFocus.getOrDefault(focus, List.of());
            if (records.isEmpty()) {
                continue;
            }
            var record = records.get(random.nextInt(records.size()));
            for (int k = 0; k < kinds.length; k++) {
                var term = termOf(kinds[(i + k) % kinds.length], record, focus, nicknames, random);
                if (term != null) {
                    terms.add(term);
                    break;
                }
            }
        }
        return new BenchSamples(children, List.copyOf(terms));
    }

    /** The search of this kind a record allows, or null when it has not what the kind needs. */
    static SearchTerm termOf(SearchKind kind, Record record, String focus, Nicknames nicknames, Random random) {
        var forename = text(record, "forename");
        var surname = text(record, "surname");
        var birthDate = text(record, "birthDate");
        var person = text(record, "person");
        boolean named = forename != null && surname != null;
        return switch (kind) {
            case NAME -> named ? new SearchTerm(kind, forename + " " + surname, null, null, person, focus) : null;
            case NAME_AND_DATE_OF_BIRTH ->
                named && birthDate != null && birthDate.length() == 10
                        ? new SearchTerm(kind, forename + " " + surname, birthDate, null, person, focus)
                        : null;
            case NICKNAME -> {
                var nicks = named ? nicknames.of(forename) : List.<String>of();
                yield nicks.isEmpty()
                        ? null
                        : new SearchTerm(
                                kind,
                                nicks.get(random.nextInt(nicks.size())) + " " + surname,
                                null,
                                null,
                                person,
                                focus);
            }
            case MISSPELT -> {
                var misspelt = named ? misspell(surname, random) : null;
                yield misspelt == null
                        ? null
                        : new SearchTerm(kind, forename + " " + misspelt, null, null, person, focus);
            }
            case IDENTIFIER -> {
                var identifier = firstOf(text(record, "caseId"), text(record, "nhsNumber"), text(record, "upn"));
                yield identifier == null ? null : new SearchTerm(kind, null, null, identifier, person, focus);
            }
        };
    }

    /** The name with two different neighbouring letters after the first swapped, or null when it has none. */
    static String misspell(String name, Random random) {
        var places = new ArrayList<Integer>();
        for (int i = 1; i + 1 < name.length(); i++) {
            if (Character.isLetter(name.charAt(i))
                    && Character.isLetter(name.charAt(i + 1))
                    && Character.toLowerCase(name.charAt(i)) != Character.toLowerCase(name.charAt(i + 1))) {
                places.add(i);
            }
        }
        if (places.isEmpty()) {
            return null;
        }
        int at = places.get(random.nextInt(places.size()));
        var chars = name.toCharArray();
        var swapped = chars[at];
        chars[at] = chars[at + 1];
        chars[at + 1] = swapped;
        return new String(chars);
    }

    private static String firstOf(String... values) {
        for (var value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String text(Record record, String key) {
        var value = record.get(key);
        if (value.isNull()) {
            return null;
        }
        var text = value.asString().strip();
        return text.isEmpty() ? null : text;
    }
}
