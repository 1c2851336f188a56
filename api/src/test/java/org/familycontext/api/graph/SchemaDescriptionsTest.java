/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.graph;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.AbstractDescribedNode;
import graphql.language.EnumTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectTypeExtensionDefinition;
import graphql.language.SDLDefinition;
import graphql.parser.Parser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.FileCopyUtils;

/** The schema is the API's documentation: every type, field, argument and value says what it is. */
class SchemaDescriptionsTest {

    private static final Set<String> ROOTS = Set.of("Query", "Mutation", "Subscription");

    @Test
    void everyTypeFieldArgumentAndValueHasADescription() throws IOException {
        var undescribed = new ArrayList<String>();
        int checked = 0;
        for (var definition : definitions()) {
            switch (definition) {
                case ObjectTypeDefinition type -> {
                    // An extension ("extend type Person") adds fields to a type described where it is defined.
                    if (!ROOTS.contains(type.getName()) && !(type instanceof ObjectTypeExtensionDefinition)) {
                        checked += check(type, type.getName(), undescribed);
                    }
                    for (var field : type.getFieldDefinitions()) {
                        var name = type.getName() + "." + field.getName();
                        checked += check(field, name, undescribed);
                        for (var argument : field.getInputValueDefinitions()) {
                            checked += check(argument, name + "(" + argument.getName() + ")", undescribed);
                        }
                    }
                }
                case InputObjectTypeDefinition input -> {
                    checked += check(input, input.getName(), undescribed);
                    for (var field : input.getInputValueDefinitions()) {
                        checked += check(field, input.getName() + "." + field.getName(), undescribed);
                    }
                }
                case EnumTypeDefinition type -> {
                    checked += check(type, type.getName(), undescribed);
                    for (var value : type.getEnumValueDefinitions()) {
                        checked += check(value, type.getName() + "." + value.getName(), undescribed);
                    }
                }
                default -> {}
            }
        }
        assertThat(checked).isGreaterThan(200);
        assertThat(undescribed)
                .as("without a description in the .graphqls files")
                .isEmpty();
    }

    private static int check(AbstractDescribedNode<?> node, String name, List<String> undescribed) {
        if (node.getDescription() == null || node.getDescription().getContent().isBlank()) {
            undescribed.add(name);
        }
        return 1;
    }

    private static List<SDLDefinition<?>> definitions() throws IOException {
        var all = new ArrayList<SDLDefinition<?>>();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                var document = Parser.parse(FileCopyUtils.copyToString(reader));
                document.getDefinitions().stream()
                        .filter(d -> d instanceof SDLDefinition<?>)
                        .map(d -> (SDLDefinition<?>) d)
                        .forEach(all::add);
            }
        }
        return all;
    }
}
