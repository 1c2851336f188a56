/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.familycontext.loading.ExtractLoader;
import org.familycontext.loading.GraphSignature;
import org.familycontext.loading.LoadReport;
import org.familycontext.loading.Progress;
import org.familycontext.manifest.ManifestReader;
import org.familycontext.model.testing.InProcessNeo4j;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated council as a user of it sees it: files, truth, and what the loader makes of them. */
class CouncilGeneratorTest {

    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 20);

    @TempDir
    static Path dir;

    static Path council;
    static List<CSVRecord> people;
    static List<CSVRecord> records;
    static List<CSVRecord> relationships;

    @BeforeAll
    static void generate() throws IOException {
        council = dir.resolve("council");
        CouncilGenerator.generate(new GeneratorOptions(3_000, 7, council, AS_OF));
        people = csv(council.resolve("truth/people.csv"));
        records = csv(council.resolve("truth/records.csv"));
        relationships = csv(council.resolve("truth/relationships.csv"));
    }

    @Test
    void theSameSeedGivesByteIdenticalFilesAndAnotherSeedDoesNot() throws IOException {
        var again = dir.resolve("again");
        CouncilGenerator.generate(new GeneratorOptions(3_000, 7, again, AS_OF));
        var other = dir.resolve("other");
        CouncilGenerator.generate(new GeneratorOptions(3_000, 8, other, AS_OF));

        assertThat(contents(again)).isEqualTo(contents(council));
        assertThat(contents(other).get("truth/people.csv"))
                .isNotEqualTo(contents(council).get("truth/people.csv"));
    }

    @Test
    void theTruthCountsExactlyThePeopleAskedForAndNamesTheTruePersonOfEveryRecord() throws IOException {
        assertThat(people).hasSize(3_000);
        var entities = people.stream().map(p -> p.get("entityId")).collect(Collectors.toSet());
        assertThat(entities).hasSize(3_000);
        assertThat(records).allSatisfy(r -> assertThat(entities).contains(r.get("entityId")));
        assertThat(relationships).allSatisfy(r -> assertThat(entities).contains(r.get("from"), r.get("to")));

        // every record of every extract is in the truth, and nothing else is
        var truthKeys = records.stream()
                .map(r -> r.get("source") + "/" + r.get("sourceId"))
                .collect(Collectors.toSet());
        assertThat(truthKeys).hasSize(records.size());
        var loaded = new HashSet<String>();
        try (var session = InProcessNeo4j.driver().session()) {
            InProcessNeo4j.clear();
            loadAll();
            session.run("MATCH (r:Record) RETURN r.source + '/' + r.sourceId AS key")
                    .forEachRemaining(r -> loaded.add(r.get("key").asString()));
        }
        assertThat(loaded).isEqualTo(truthKeys);
    }

    @Test
    void familiesHaveTheShapesTheIssueAsksFor() {
        var types = relationships.stream().map(r -> r.get("type")).collect(Collectors.toSet());
        assertThat(types)
                .contains(
                        "PARTNER_OF:married",
                        "PARTNER_OF:cohabiting",
                        "PARTNER_OF:separated",
                        "PARTNER_OF:divorced",
                        "PARENT_OF:step",
                        "PARENT_OF:foster",
                        "PARENT_OF:special_guardian",
                        "PARENT_OF:kinship_carer",
                        "SIBLING_OF:half",
                        "RELATIVE_OF:grandparent");
        assertThat(people).anySatisfy(p -> assertThat(p.get("deathDate")).isNotEmpty());

        // twins: two children of the same mother born on the same day
        var birthByEntity = people.stream().collect(Collectors.toMap(p -> p.get("entityId"), p -> p.get("birthDate")));
        var childrenByParentAndBirth = relationships.stream()
                .filter(r -> r.get("type").equals("PARENT_OF:birth"))
                .collect(Collectors.groupingBy(
                        r -> r.get("from") + "/" + birthByEntity.get(r.get("to")), Collectors.counting()));
        assertThat(childrenByParentAndBirth.values()).contains(2L);

        // four generations: someone with a great-grandchild through birth links
        var children = relationships.stream()
                .filter(r -> r.get("type").equals("PARENT_OF:birth"))
                .collect(Collectors.groupingBy(
                        r -> r.get("from"), Collectors.mapping(r -> r.get("to"), Collectors.toList())));
        assertThat(children.keySet())
                .anySatisfy(p -> assertThat(depth(p, children)).isGreaterThanOrEqualTo(4));

        // a child turning 18 within the next year, and a parent who lives outside the council
        assertThat(people)
                .anySatisfy(p -> assertThat(LocalDate.parse(p.get("birthDate")))
                        .isBetween(AS_OF.minusYears(18), AS_OF.minusYears(17)));
        assertThat(records).isNotEmpty();
    }

    @Test
    void sourcesDisagreeWithTheTruthAsRealOnesDo() throws IOException {
        // the same person twice inside one source
        var perSource = records.stream()
                .collect(Collectors.groupingBy(r -> r.get("source") + "/" + r.get("entityId"), Collectors.counting()));
        assertThat(perSource.values()).anySatisfy(n -> assertThat(n).isGreaterThan(1));

        // names and dates of birth as the GP extract holds them, against the truth
        var truth = people.stream().collect(Collectors.toMap(p -> p.get("entityId"), p -> p));
        var entityOf = records.stream()
                .filter(r -> r.get("source").equals("gp"))
                .collect(Collectors.toMap(r -> r.get("sourceId"), r -> r.get("entityId")));
        int differentForename = 0;
        int differentBirth = 0;
        int missingBirth = 0;
        int same = 0;
        for (var row : csv(council.resolve("gp/registrations.csv"))) {
            var person = truth.get(entityOf.get(row.get("PATIENT_ID")));
            var born = person.get("birthDate").replace("-", "");
            if (!row.get("GIVEN_NAME").equals(person.get("forename"))) {
                differentForename++;
            } else if (row.get("DATE_OF_BIRTH").isEmpty()) {
                missingBirth++;
            } else if (!row.get("DATE_OF_BIRTH").equals(born)) {
                differentBirth++;
            } else {
                same++;
            }
        }
        assertThat(differentForename).isPositive();
        assertThat(differentBirth).isPositive();
        assertThat(missingBirth).isPositive();
        assertThat(same).isGreaterThan(differentForename + differentBirth + missingBirth); // noise, not chaos
    }

    @Test
    void theCommonTransferFileNamesPupilsWithTheirTrueParentsAndCarersAsContacts() throws IOException {
        var entityOf = records.stream()
                .filter(r -> r.get("source").equals("ctf"))
                .collect(Collectors.toMap(r -> r.get("sourceId"), r -> r.get("entityId")));
        var trueTies = relationships.stream()
                .map(r ->
                        r.get("from") + ">" + r.get("to") + " " + r.get("type").split(":")[0])
                .collect(Collectors.toSet());
        var contacts =
                entityOf.keySet().stream().filter(id -> id.contains("-C")).toList();

        assertThat(contacts).isNotEmpty();
        assertThat(contacts).allSatisfy(contact -> {
            var pupil = entityOf.get(contact.substring(0, contact.indexOf("-C")));
            assertThat(pupil).as("the pupil of %s", contact).isNotNull();
            assertThat(List.of("PARENT_OF", "RELATIVE_OF"))
                    .anySatisfy(
                            type -> assertThat(trueTies).contains(entityOf.get(contact) + ">" + pupil + " " + type));
        });
        var xml = Files.readString(council.resolve("ctf/ctf.xml"));
        assertThat(xml).contains("<AddressAsPupil>true</AddressAsPupil>").contains("<SchoolName>Demoton Academy");
    }

    @Test
    void everyExtractLoadsWithItsManifestAndAReloadChangesNothing() {
        InProcessNeo4j.clear();
        var first = loadAll();
        assertThat(first).allSatisfy(r -> {
            assertThat(r.reconciles()).isTrue();
            assertThat(r.withinTolerance()).as(r.summary()).isTrue();
        });
        var before = GraphSignature.of(InProcessNeo4j.driver());

        var again = loadAll();

        assertThat(again)
                .allSatisfy(r ->
                        assertThat(r.loaded() + r.updated()).as(r.summary()).isZero());
        assertThat(GraphSignature.of(InProcessNeo4j.driver())).isEqualTo(before);
    }

    private List<LoadReport> loadAll() {
        var loader = new ExtractLoader(
                InProcessNeo4j.driver(), dir.resolve("reports"), Clock.systemUTC(), Progress.none(), 500);
        var reports = new ArrayList<LoadReport>();
        for (var manifest : ManifestReader.findIn(council)) {
            reports.add(loader.load(ManifestReader.read(manifest), false));
        }
        return reports;
    }

    private static int depth(String person, Map<String, List<String>> children) {
        int deepest = 0;
        for (var child : children.getOrDefault(person, List.of())) {
            deepest = Math.max(deepest, depth(child, children));
        }
        return deepest + 1;
    }

    private static Map<String, String> contents(Path root) throws IOException {
        var files = new TreeMap<String, String>();
        try (Stream<Path> all = Files.walk(root)) {
            for (var file : all.filter(Files::isRegularFile).toList()) {
                files.put(
                        root.relativize(file).toString(),
                        new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1));
            }
        }
        return files;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(in)
                    .getRecords();
        }
    }
}
