/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.familycontext.analytics.indicator.IndicatorSet;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Value;

/** The hand-written council of docs/analytics.md ("A worked example"), built into families against a real Neo4j. */
class FamilyBuilderTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 1, 1);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-01T09:00:00Z"), ZoneOffset.UTC);

    private final Driver driver = InProcessNeo4j.driver();

    @BeforeEach
    void handWrittenCouncil() {
        InProcessNeo4j.clear();
        new TestCouncil(driver)
                // The Ashes: two parents, two children, and ann's son leo, 19, at home.
                .person("ann", "1990-02-01")
                .person("bob", "1988-07-01")
                .person("cat", "2015-05-01")
                .person("dan", "2018-03-01")
                .person("leo", "2006-06-01")
                .household("H1", "XD1 1AA", "ann", "bob", "cat", "dan", "leo")
                .tie("ann", "PARENT_OF", "birth", "cat")
                .tie("ann", "PARENT_OF", "birth", "dan")
                .tie("bob", "PARENT_OF", "birth", "cat")
                .tie("bob", "PARENT_OF", "birth", "dan")
                .tie("ann", "PARENT_OF", "birth", "leo")
                .tie("ann", "PARTNER_OF", "married", "bob")
                .involvement("ann", "amh", "ADULT_MENTAL_HEALTH", "CURRENT", "Depression")
                .involvement(
                        "bob",
                        "police",
                        "POLICE",
                        "HISTORIC",
                        "Convicted: assault (domestic)",
                        "Offence 1=2024-03-01, Assault (domestic), convicted")
                .involvement("bob", "gp", "GP", "CURRENT", "Registered patient", "Missed appointments (12 months)=0")
                .involvement("cat", "school", "EDUCATION", "CURRENT", "On school roll", "Attendance=70.2%")
                .involvement("cat", "eh", "EARLY_HELP", "CURRENT", "Early help: parenting support")
                .involvement("dan", "gp", "GP", "CURRENT", "Registered patient", "Missed appointments (12 months)=4")
                // gma: ann's and eve's mother, living alone with no child of her own.
                .person("gma", "1962-01-01")
                .household("H3", "XD3 3CC", "gma")
                .tie("gma", "RELATIVE_OF", "grandparent", "cat")
                // eve, ann's sister, a lone mother; fay's father sam and eve's partner uma live elsewhere.
                .person("eve", "1993-01-01")
                .person("fay", "2021-09-01")
                .person("sam", "1991-01-01")
                .person("uma", "1992-01-01")
                .household("H2", "XD2 2BB", "eve", "fay")
                .household("H8", "XD8 8HH", "sam")
                .household("H9", "XD9 9JJ", "uma")
                .tie("eve", "PARENT_OF", "birth", "fay")
                .tie("sam", "PARENT_OF", "birth", "fay")
                .tie("ann", "SIBLING_OF", "full", "eve")
                .tie("gma", "RELATIVE_OF", "grandparent", "fay")
                .tie("eve", "PARTNER_OF", "separated", "sam", "2022-01")
                .tie("eve", "PARTNER_OF", "cohabiting", "uma")
                .involvement("eve", "das", "DRUG_AND_ALCOHOL", "HISTORIC", "Alcohol treatment")
                // gus, in foster care with jon, whose mother ivy was in care herself.
                .person("gus", "2012-04-01")
                .person("ivy", "1994-01-01")
                .household("H5", "XD5 5EE", "ivy")
                .tie("ivy", "PARENT_OF", "birth", "gus")
                .involvement("gus", "lcs", "CHILDRENS_SOCIAL_CARE", "CURRENT", "Looked after: full care order")
                .involvement("ivy", "ssda903", "CHILDRENS_SOCIAL_CARE", "HISTORIC", "Looked after")
                // jon, a foster carer, and his own son kim; gus lives with them.
                .person("jon", "1970-01-01")
                .person("kim", "2011-01-01")
                .household("H4", "XD4 4DD", "jon", "kim", "gus")
                .tie("jon", "PARENT_OF", "birth", "kim")
                .tie("jon", "PARENT_OF", "foster", "gus")
                .involvement("jon", "lcs", "CHILDRENS_SOCIAL_CARE", "CURRENT", "Approved foster carer")
                // pam and quin: no recorded tie, only a co-residence guess; quin's father tom has died.
                .person("pam", "1985-01-01")
                .person("quin", "2016-01-01")
                .person("tom", "1984-01-01", "2020-05-01")
                .household("H7", "XD7 7GG", "pam", "quin")
                .possibleParent("pam", "quin")
                .tie("tom", "PARENT_OF", "birth", "quin")
                // nia, 19, living with her mother ola: no dependent child, so no family.
                .person("nia", "2006-09-01")
                .person("ola", "1970-01-01")
                .household("H6", "XD6 6FF", "nia", "ola")
                .tie("ola", "PARENT_OF", "birth", "nia");
    }

    private FamilyBuilder.Counts build(FamilyOptions options) {
        return new FamilyBuilder(driver, options, IndicatorSet.bundled(), CLOCK).rebuild();
    }

    private FamilyBuilder.Counts build() {
        return build(FamilyOptions.defaults(AS_OF));
    }

    @Test
    void drawsFamiliesAroundDependentChildrenWithTheirRoles() {
        var counts = build();

        assertThat(counts.families()).isEqualTo(5);
        assertThat(counts.members()).isEqualTo(15);
        assertThat(counts.children()).isEqualTo(6);
        assertThat(membersByFamily())
                .containsOnly(
                        entry(
                                "ann",
                                Map.of(
                                        "ann", "parent", "bob", "parent", "cat", "child", "dan", "child", "leo",
                                        "sibling")),
                        entry("eve", Map.of("eve", "parent", "fay", "child", "sam", "parent", "uma", "partner")),
                        // gus lives with jon, but a foster placement is not his family: his mother is.
                        entry("gus", Map.of("gus", "child", "ivy", "parent")),
                        entry("jon", Map.of("jon", "parent", "kim", "child")),
                        entry("pam", Map.of("pam", "household", "quin", "child")));
        assertThat(single("MATCH (p:Person)-[r:IN_FAMILY]->() WHERE r.possibleParent RETURN collect(p.id) AS ids")
                        .asList(Value::asString))
                .containsExactly("pam");
        assertThat(single("""
                        MATCH (p:Person) WHERE NOT (p)-[:IN_FAMILY]->() RETURN collect(p.id) AS ids
                        """).asList(Value::asString)).containsExactlyInAnyOrder("gma", "nia", "ola", "tom");
        assertThat(single("MATCH (p:Person)-[r:IN_FAMILY]->() WITH p, count(r) AS n WHERE n > 1 RETURN count(p) AS n")
                        .asLong())
                .isZero();
    }

    @Test
    void storesEachFamilysFigures() {
        build();

        var ashes = family("ann");
        assertThat(ashes.get("id").asString())
                .isEqualTo(StableIds.family("ann"))
                .startsWith("F");
        assertThat(ashes.get("people").asInt()).isEqualTo(5);
        assertThat(ashes.get("children").asInt()).isEqualTo(2);
        assertThat(ashes.get("adults").asInt()).isEqualTo(3);
        assertThat(ashes.get("youngestChildAge").asInt()).isEqualTo(7);
        assertThat(ashes.get("oldestChildAge").asInt()).isEqualTo(10);
        assertThat(ashes.get("loneParent").asBoolean()).isFalse();
        assertThat(ashes.get("area").asString()).isEqualTo("XD1");
        assertThat(ashes.get("indicators").asList(Value::asString))
                .containsExactly(
                        "parental_mental_health",
                        "domestic_abuse",
                        "school_attendance",
                        "offending",
                        "missed_health_appointments");
        assertThat(ashes.get("indicatorCount").asInt()).isEqualTo(5);
        assertThat(ashes.get("servicesCurrent").asList(Value::asString))
                .containsExactly("EDUCATION", "EARLY_HELP", "GP", "ADULT_MENTAL_HEALTH");
        assertThat(ashes.get("servicesEver").asList(Value::asString))
                .containsExactly("EDUCATION", "EARLY_HELP", "POLICE", "GP", "ADULT_MENTAL_HEALTH");
        assertThat(ashes.get("openCases").asInt()).isEqualTo(1);
        assertThat(ashes.get("childrenInCare").asInt()).isZero();
        assertThat(ashes.get("builtAt").asString()).isEqualTo("2026-01-01T09:00:00Z");

        // sam is fay's father but lives elsewhere, as does eve's partner uma: fay's home has one parent.
        var eve = family("eve");
        assertThat(eve.get("loneParent").asBoolean()).isTrue();
        assertThat(eve.get("indicators").asList(Value::asString)).containsExactly("substance_misuse");
        assertThat(eve.get("area").asString()).isEqualTo("XD2");

        var gus = family("gus");
        assertThat(gus.get("childrenInCare").asInt()).isEqualTo(1);
        assertThat(gus.get("childrenInCareWithParentInCare").asInt()).isEqualTo(1);
        assertThat(gus.get("indicators").asList(Value::asString)).containsExactly("parent_previously_in_care");
        assertThat(gus.get("openCases").asInt()).isEqualTo(1);
        // gus's home is his placement: the family lives where his mother does.
        assertThat(gus.get("area").asString()).isEqualTo("XD5");

        // A foster carer's approval is not an open case.
        var jon = family("jon");
        assertThat(jon.get("openCases").asInt()).isZero();
        assertThat(jon.get("indicatorCount").asInt()).isZero();
        assertThat(jon.get("area").asString()).isEqualTo("XD4");

        var pam = family("pam");
        assertThat(pam.get("loneParent").asBoolean()).isTrue();
        assertThat(pam.get("youngestChildAge").asInt()).isEqualTo(10);

        var build = single("MATCH (b:FamilyBuild {name: 'latest'}) RETURN properties(b) AS b")
                .asMap();
        assertThat(build)
                .containsEntry("families", 5L)
                .containsEntry("asOf", "2026-01-01")
                .containsEntry("indicatorsUnavailable", List.of("worklessness"));
    }

    @Test
    void relatesFamiliesJoinedByKinshipIntoGroups() {
        var counts = build();

        assertThat(counts.relatedLinks()).isEqualTo(1);
        assertThat(counts.relatedGroups()).isEqualTo(1);
        var link = single("""
                MATCH (a:Family)-[r:RELATED_FAMILY]->(b:Family)
                RETURN {a: a.id, b: b.id, via: r.via, ties: r.ties} AS link
                """).asMap();
        // ann and eve are sisters; cat and fay share their grandmother, who is in no family.
        assertThat(link)
                .containsEntry("via", "sibling")
                .containsEntry("ties", 2L)
                .containsEntry("a", StableIds.family("ann"))
                .containsEntry("b", StableIds.family("eve"));
        var ashes = family("ann");
        var eve = family("eve");
        assertThat(ashes.get("relatedGroup").asString())
                .isEqualTo(eve.get("relatedGroup").asString())
                .isEqualTo(StableIds.relatedGroup(StableIds.family("ann")));
        assertThat(ashes.get("relatedGroupSize").asInt()).isEqualTo(2);
        assertThat(ashes.get("relatedFamilies").asInt()).isEqualTo(1);
        // The foster placement relates no families.
        assertThat(family("gus").get("relatedGroupSize").asInt()).isEqualTo(1);
        assertThat(family("jon").get("relatedGroupSize").asInt()).isEqualTo(1);
    }

    @Test
    void aRebuildReplacesThePreviousBuildWithTheSameFamilies() {
        build();
        var first = everything();

        var again = build();

        assertThat(again.familiesRemoved()).isEqualTo(5);
        assertThat(everything()).isEqualTo(first);
        assertThat(single("MATCH (f:Family) RETURN count(f) AS n").asLong()).isEqualTo(5);
        assertThat(single("MATCH ()-[r:RELATED_FAMILY]->() RETURN count(r) AS n")
                        .asLong())
                .isEqualTo(1);
    }

    @Test
    void withoutCoResidenceOrPartnersFamiliesAreChildrenAndTheirParentsAndCarers() {
        build(new FamilyOptions(AS_OF, 1, false, 18, 12));

        assertThat(membersByFamily())
                .containsOnly(
                        entry("ann", Map.of("ann", "parent", "bob", "parent", "cat", "child", "dan", "child")),
                        entry("eve", Map.of("eve", "parent", "fay", "child", "sam", "parent")),
                        entry("gus", Map.of("gus", "child", "ivy", "parent")),
                        entry("jon", Map.of("jon", "parent", "kim", "child")),
                        entry("quin", Map.of("quin", "child")));
    }

    @Test
    void theAgeLimitDecidesWhoIsADependentChild() {
        build(new FamilyOptions(AS_OF, 2, true, 20, 12));

        // At 20, leo and nia are dependent children too: nia and her mother ola become a family.
        var families = membersByFamily();
        assertThat(families.get("ann")).containsEntry("leo", "child");
        assertThat(families).containsEntry("nia", Map.of("nia", "child", "ola", "parent"));
    }

    /** Each family by its first member: member → role. */
    private Map<String, Map<String, String>> membersByFamily() {
        var rows = rows("""
                MATCH (p:Person)-[r:IN_FAMILY]->(f:Family)
                WITH f, p.id AS id, r.role AS role ORDER BY id
                RETURN f.id AS family, collect([id, role]) AS members
                """);
        var families = new TreeMap<String, Map<String, String>>();
        for (var row : rows) {
            var members = new TreeMap<String, String>();
            for (var m : row.get("members").asList(v -> v)) {
                members.put(m.get(0).asString(), m.get(1).asString());
            }
            families.put(members.firstKey(), members);
        }
        return families;
    }

    private Value family(String firstMember) {
        return single("MATCH (f:Family {id: $id}) RETURN f", Map.of("id", StableIds.family(firstMember)));
    }

    /** Every family's properties but the time of the build, with members and roles, and the related links. */
    private List<Object> everything() {
        return List.of(
                rows("""
                        MATCH (f:Family)
                        RETURN f.id AS id, [k IN keys(f) WHERE k <> 'builtAt' | [k, f[k]]] AS properties,
                               COLLECT { MATCH (p)-[r:IN_FAMILY]->(f) RETURN [p.id, r.role] ORDER BY p.id } AS members
                        ORDER BY id
                        """).stream().map(r -> r.asMap()).toList(),
                rows("""
                        MATCH (a:Family)-[r:RELATED_FAMILY]->(b:Family)
                        RETURN a.id AS a, b.id AS b, r.via AS via, r.ties AS ties ORDER BY a, b
                        """).stream().map(r -> r.asMap()).toList());
    }

    private Value single(String cypher) {
        return single(cypher, Map.of());
    }

    private Value single(String cypher, Map<String, Object> params) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher, params).single().get(0));
        }
    }

    private List<org.neo4j.driver.Record> rows(String cypher) {
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(cypher).list());
        }
    }
}
