/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.launcher.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import graphql.parser.Parser;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.validation.Validator;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import picocli.CommandLine.TypeConversionException;
import tools.jackson.databind.json.JsonMapper;

/** The small pieces of bench-api that can go wrong on their own. */
class BenchPartsTest {

    @Test
    void theServersTimeTravelsInTheServerTimingHeaderToTheMicrosecond() {
        var header = ServerTiming.header(12_345_678);
        assertThat(header).isEqualTo("graphql;dur=12.346");
        assertThat(ServerTiming.nanosFrom(header)).isEqualTo(12_346_000);
        assertThat(ServerTiming.nanosFrom("db;dur=3, graphql;desc=\"x\";dur=7.5"))
                .isEqualTo(7_500_000);
        assertThat(ServerTiming.nanosFrom(null)).isEqualTo(-1);
        assertThat(ServerTiming.nanosFrom("db;dur=3")).isEqualTo(-1);
    }

    @Test
    void durationsAreReadAsPeopleWriteThem() {
        var converter = new DurationConverter();
        assertThat(converter.convert("10m")).isEqualTo(Duration.ofMinutes(10));
        assertThat(converter.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(converter.convert("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(converter.convert("PT1H")).isEqualTo(Duration.ofHours(1));
        assertThatThrownBy(() -> converter.convert("ten minutes")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> converter.convert("10y")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void aMisspeltSurnameHasTwoDifferentNeighbouringLettersSwappedAndKeepsItsFirstLetter() {
        var random = new Random(1);
        for (int i = 0; i < 50; i++) {
            var misspelt = BenchSamples.misspell("Thornbury", random);
            assertThat(misspelt).isNotEqualTo("Thornbury").startsWith("T").hasSize(9);
            assertThat(misspelt.chars().sorted().toArray())
                    .isEqualTo("Thornbury".chars().sorted().toArray());
        }
        assertThat(BenchSamples.misspell("Lee", random)).isNull();
    }

    @Test
    void everyQueryTheBenchmarkSendsIsValidAgainstTheServicesSchema() throws Exception {
        var registry = new TypeDefinitionRegistry();
        var files = new PathMatchingResourcePatternResolver().getResources("classpath*:graphql/*.graphqls");
        assertThat(files).isNotEmpty();
        for (var file : files) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                registry.merge(new SchemaParser().parse(reader));
            }
        }
        var schema = new SchemaGenerator().makeExecutableSchema(registry, RuntimeWiring.MOCKED_WIRING);
        var queries = new ApiQueries();
        assertThat(queries.all())
                .hasSize(4)
                .allSatisfy((name, query) -> assertThat(
                                new Validator().validateDocument(schema, Parser.parse(query), Locale.ROOT))
                        .as(name)
                        .isEmpty());
        assertThat(CohortCases.all())
                .hasSizeGreaterThan(5)
                .allSatisfy(question -> assertThat(
                                new Validator().validateDocument(schema, Parser.parse(question.query()), Locale.ROOT))
                        .as(question.name())
                        .isEmpty());
    }

    @Test
    void theSearchAnswerGivesThePersonsFoundBestFirst() {
        var json = JsonMapper.builder().build();
        assertThat(
                        new ApiQueries()
                                .foundIds(
                                        json.readTree(
                                                "{\"searchPeople\": {\"edges\": [{\"node\": {\"id\": \"P3\"}}, {\"node\": {\"id\": \"P1\"}}]}}")))
                .containsExactly("P3", "P1");
    }
}
