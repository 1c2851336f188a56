/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.familycontext.api.security.Role.AUDITOR;
import static org.familycontext.api.security.Role.DATA_MANAGER;
import static org.familycontext.api.security.Role.FGC_COORDINATOR;
import static org.familycontext.api.security.Role.SOCIAL_WORKER;
import static org.familycontext.api.security.Role.TEAM_MANAGER;

import graphql.language.FieldDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.familycontext.model.involvement.Service;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The matrix of docs/security.md against AccessPolicy, field by field, for every role. */
class AccessPolicyTest {

    private static final Set<Role> PRACTITIONERS = EnumSet.of(SOCIAL_WORKER, FGC_COORDINATOR, TEAM_MANAGER);
    private static final Set<Role> PEOPLE_READERS =
            EnumSet.of(SOCIAL_WORKER, FGC_COORDINATOR, TEAM_MANAGER, DATA_MANAGER);

    @Test
    void everyOperationInTheSchemaHasARule() throws IOException {
        assertThat(operationsInTheSchema())
                .isNotEmpty()
                .allSatisfy(operation -> assertThat(AccessPolicy.OPERATIONS)
                        .as("%s needs a line in AccessPolicy.OPERATIONS and docs/security.md", operation)
                        .containsKey(operation));
    }

    @Test
    void everyTypeInTheSchemaIsEitherGuardedOrOpenOnPurpose() throws IOException {
        var types = objectTypesInTheSchema();
        assertThat(types).contains("Person", "PageInfo");
        assertThat(types)
                .allSatisfy(type -> assertThat(
                                AccessPolicy.TYPES.containsKey(type) ^ AccessPolicy.OPEN_TYPES.contains(type))
                        .as("%s needs a line in AccessPolicy.TYPES or OPEN_TYPES, and in docs/security.md", type)
                        .isTrue());
        assertThat(AccessPolicy.OPEN_TYPES).allSatisfy(type -> assertThat(types).contains(type));
        assertThat(AccessPolicy.TYPES.keySet())
                .allSatisfy(type -> assertThat(types).contains(type));
    }

    @Test
    void anOperationWithNoRuleIsRefusedToEveryone() {
        for (var role : Role.values()) {
            assertThat(AccessPolicy.mayCall(user(role), "exportEverything")).isFalse();
        }
        assertThat(AccessPolicy.mayCall(user(Role.values()), "exportEverything"))
                .isFalse();
    }

    @Test
    void operationsStillToComeHaveTheirRulesAlready() {
        for (var role : Role.values()) {
            assertThat(AccessPolicy.mayCall(user(role), "auditEvents")).isEqualTo(role == AUDITOR);
            assertThat(AccessPolicy.mayCall(user(role), "unusualAccess")).isEqualTo(role == AUDITOR);
            assertThat(AccessPolicy.mayCall(user(role), "involvements")).isEqualTo(PRACTITIONERS.contains(role));
            assertThat(AccessPolicy.mayCall(user(role), "recordRelationship")).isEqualTo(PRACTITIONERS.contains(role));
            assertThat(AccessPolicy.mayCall(user(role), "recordRelationshipQuality"))
                    .isEqualTo(PRACTITIONERS.contains(role));
        }
    }

    @Test
    void aUserWithNoRoleMayCallNothing() {
        for (var operation : AccessPolicy.OPERATIONS.keySet()) {
            assertThat(AccessPolicy.mayCall(user(), operation)).isFalse();
        }
    }

    static Stream<Arguments> fieldsAndWhoMayReadThem() {
        var rows = new ArrayList<Arguments>();
        for (var field : List.of("name", "birthDate", "records", "addresses", "age")) {
            rows.add(Arguments.of("Person", field, PEOPLE_READERS));
        }
        rows.add(Arguments.of("Person", "id", EnumSet.allOf(Role.class)));
        rows.add(Arguments.of("Person", "involvements", PRACTITIONERS));
        for (var field : List.of("source", "sourceId", "nhsNumber", "matchLinks")) {
            rows.add(Arguments.of("SourceRecord", field, PEOPLE_READERS));
        }
        rows.add(Arguments.of("AddressPeriod", "lines", PEOPLE_READERS));
        rows.add(Arguments.of("MatchLink", "explanation", PEOPLE_READERS));
        for (var field : List.of("service", "status", "reason", "leadPractitioner", "details")) {
            rows.add(Arguments.of("Involvement", field, PRACTITIONERS));
        }
        rows.add(Arguments.of("Practitioner", "phone", PRACTITIONERS));
        rows.add(Arguments.of("Detail", "value", PRACTITIONERS));
        rows.add(Arguments.of("FamilyNetwork", "members", PRACTITIONERS));
        rows.add(Arguments.of("FamilyMember", "relationshipToFocus", PRACTITIONERS));
        rows.add(Arguments.of("FamilyTie", "kind", PRACTITIONERS));
        // Types without a rule of their own are read by whoever may call the operation that returns them.
        rows.add(Arguments.of("Source", "dataCurrentAsOf", EnumSet.allOf(Role.class)));
        rows.add(Arguments.of("MatchCandidate", "probability", EnumSet.allOf(Role.class)));
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("fieldsAndWhoMayReadThem")
    void aFieldIsReadOnlyByItsRoles(String type, String field, Set<Role> readers) {
        for (var role : Role.values()) {
            assertThat(AccessPolicy.mayRead(user(role), type, field))
                    .as("%s reads %s.%s", role, type, field)
                    .isEqualTo(readers.contains(role));
        }
    }

    @Test
    void sensitiveServicesAreThoseTheModelMarks() {
        assertThat(EnumSet.allOf(Service.class).stream().filter(Service::sensitive))
                .containsExactlyInAnyOrder(
                        Service.POLICE,
                        Service.ADULT_MENTAL_HEALTH,
                        Service.DRUG_AND_ALCOHOL,
                        Service.PROBATION,
                        Service.YOUTH_OFFENDING);
        assertThat(AccessPolicy.SENSITIVE_DETAILS).containsExactlyInAnyOrder(SOCIAL_WORKER, TEAM_MANAGER);
        assertThat(AccessPolicy.SENSITIVE_RECORDS).containsExactlyInAnyOrder(SOCIAL_WORKER, TEAM_MANAGER, DATA_MANAGER);
        assertThat(AccessPolicy.INVOLVEMENT_FIELDS_ALWAYS_SHOWN)
                .containsExactlyInAnyOrder("service", "serviceName", "status", "source");
    }

    @Test
    void policeAndProbationAreShownForAdultsOnly() {
        for (var service : List.of(Service.POLICE, Service.PROBATION)) {
            assertThat(AccessPolicy.shownAtAge(service, 17)).isFalse();
            assertThat(AccessPolicy.shownAtAge(service, 18)).isTrue();
            assertThat(AccessPolicy.shownAtAge(service, null)).as("age unknown").isFalse();
        }
        assertThat(AccessPolicy.shownAtAge(Service.YOUTH_OFFENDING, 15)).isTrue();
        assertThat(AccessPolicy.shownAtAge(Service.HOUSING, null)).isTrue();
        assertThat(AccessPolicy.shownAtAge(null, 3))
                .as("a source of no service")
                .isTrue();
    }

    private static CurrentUser user(Role... roles) {
        return new CurrentUser("u", roles.length == 0 ? Set.of() : EnumSet.copyOf(List.of(roles)), null);
    }

    private static Set<String> objectTypesInTheSchema() throws IOException {
        var roots = Set.of("Query", "Mutation", "Subscription");
        return schema().getTypes(ObjectTypeDefinition.class).stream()
                .map(ObjectTypeDefinition::getName)
                .filter(name -> !roots.contains(name))
                .collect(java.util.stream.Collectors.toSet());
    }

    private static TypeDefinitionRegistry schema() throws IOException {
        var registry = new TypeDefinitionRegistry();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath:graphql/*.graphqls")) {
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                registry.merge(new SchemaParser().parse(reader));
            }
        }
        return registry;
    }

    private static List<String> operationsInTheSchema() throws IOException {
        var registry = schema();
        var operations = new ArrayList<String>();
        for (var root : List.of("Query", "Mutation", "Subscription")) {
            registry.getType(root, ObjectTypeDefinition.class)
                    .ifPresent(type -> type.getFieldDefinitions().stream()
                            .map(FieldDefinition::getName)
                            .forEach(operations::add));
            registry.objectTypeExtensions().getOrDefault(root, List.of()).stream()
                    .flatMap(extension -> extension.getFieldDefinitions().stream())
                    .map(FieldDefinition::getName)
                    .forEach(operations::add);
        }
        return operations;
    }
}
