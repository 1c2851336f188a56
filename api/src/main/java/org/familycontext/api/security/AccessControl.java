/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.security;

import graphql.GraphQLContext;
import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.PropertyDataFetcherHelper;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.familycontext.api.person.PersonQueries;
import org.familycontext.api.person.PersonView;
import org.familycontext.model.involvement.Service;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Applies {@link AccessPolicy} to every field a GraphQL request fetches, keyed by GraphQL type and field name, so
 * that it holds whichever controller fetched the data. Refused operations and fields get a FORBIDDEN error naming
 * the field (never any data); sensitive involvements lose their details; records, addresses, links and
 * involvements a role may not see are left out of their lists. What needs no check keeps its own data fetcher.
 */
@Component
class AccessControl extends SimplePerformantInstrumentation {

    private static final CurrentUser NOBODY = new CurrentUser("", Set.of(), null);
    private static final String AGES = AccessControl.class.getName() + ".ages";

    private final SourceServices sources;
    private final PersonQueries people;
    private final Clock clock;

    AccessControl(SourceServices sources, PersonQueries people, Clock clock) {
        this.sources = sources;
        this.people = people;
        this.clock = clock;
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        var parent = parameters.getExecutionStepInfo().getObjectType();
        var field = parameters.getField();
        var type = parent.getName();
        if (type.startsWith("__") || field.getName().startsWith("__")) {
            return fetcher;
        }
        var user = CurrentUser.in(parameters.getExecutionContext().getGraphQLContext())
                .orElse(NOBODY);
        if (isOperation(parameters.getExecutionContext().getGraphQLSchema(), type)) {
            return AccessPolicy.mayCall(user, field.getName()) ? fetcher : refused("use " + field.getName());
        }
        if (!AccessPolicy.mayRead(user, type, field.getName())) {
            return refused("see " + type + "." + field.getName());
        }
        var alwaysShown = AccessPolicy.SERVICE_FIELDS_ALWAYS_SHOWN.get(type);
        if (alwaysShown != null
                && !user.hasAny(AccessPolicy.SENSITIVE_DETAILS)
                && !alwaysShown.contains(field.getName())) {
            return withheldIfSensitive(fetcher, field, parent);
        }
        var unwrapped = GraphQLTypeUtil.unwrapNonNull(field.getType());
        if (!GraphQLTypeUtil.isList(unwrapped)
                || !(GraphQLTypeUtil.unwrapAll(unwrapped) instanceof GraphQLObjectType element)) {
            return fetcher;
        }
        boolean seesSensitiveRecords = user.hasAny(AccessPolicy.SENSITIVE_RECORDS);
        boolean ofPerson = type.equals("Person");
        return switch (element.getName()) {
            case "SourceRecord", "AddressPeriod" ->
                seesSensitiveRecords && !ofPerson
                        ? fetcher
                        : filtered(fetcher, env -> {
                            var age = ofPerson ? ageOf(env) : null;
                            return item -> {
                                var kind = sources.of(text(property(item, "source", element)));
                                return (seesSensitiveRecords || !kind.sensitive())
                                        && (!ofPerson || AccessPolicy.shownAtAge(kind.service(), age));
                            };
                        });
            case "MatchLink" ->
                seesSensitiveRecords
                        ? fetcher
                        : filtered(
                                fetcher,
                                env -> item -> !sources.of(text(property(item, "otherSource", element)))
                                        .sensitive());
            case "Involvement" ->
                filtered(fetcher, env -> {
                    var age = ofPerson ? ageOf(env) : ageOfPersonNamedAbove(env);
                    return item -> AccessPolicy.shownAtAge(service(property(item, "service", element)), age);
                });
            default -> fetcher;
        };
    }

    private static boolean isOperation(GraphQLSchema schema, String type) {
        return type.equals(schema.getQueryType().getName())
                || (schema.getMutationType() != null
                        && type.equals(schema.getMutationType().getName()))
                || (schema.getSubscriptionType() != null
                        && type.equals(schema.getSubscriptionType().getName()));
    }

    private static DataFetcher<?> refused(String what) {
        return env -> DataFetcherResult.newResult()
                .error(GraphqlErrorBuilder.newError(env)
                        .errorType(ErrorType.FORBIDDEN)
                        .message("Your role may not " + what + ".")
                        .build())
                .build();
    }

    /**
     * Null (an empty list for a list) instead of a detail of a sensitive service's involvement or coverage; others
     * keep their value.
     */
    private static DataFetcher<?> withheldIfSensitive(
            DataFetcher<?> fetcher, GraphQLFieldDefinition field, GraphQLObjectType parent) {
        return env -> {
            var service = service(property(env.getSource(), "service", parent));
            if (service != null && !service.sensitive()) {
                return fetcher.get(env);
            }
            var fieldType = field.getType();
            if (GraphQLTypeUtil.isList(GraphQLTypeUtil.unwrapNonNull(fieldType))) {
                return java.util.List.of();
            }
            return GraphQLTypeUtil.isNonNull(fieldType)
                    ? refused("see " + parent.getName() + "." + field.getName() + " of this service")
                            .get(env)
                    : null;
        };
    }

    private interface Keep {
        Predicate<Object> in(DataFetchingEnvironment env);
    }

    private static DataFetcher<?> filtered(DataFetcher<?> fetcher, Keep keep) {
        return env -> {
            var predicate = keep.in(env);
            return filter(fetcher.get(env), predicate);
        };
    }

    /** Filters a list however the fetcher delivers it: as it is, later (batch loading), or inside a result. */
    private static Object filter(Object value, Predicate<Object> keep) {
        return switch (value) {
            case null -> null;
            case CompletionStage<?> later -> later.thenApply(list -> filter(list, keep));
            case DataFetcherResult<?> result ->
                DataFetcherResult.newResult()
                        .data(filter(result.getData(), keep))
                        .errors(result.getErrors())
                        .localContext(result.getLocalContext())
                        .extensions(result.getExtensions())
                        .build();
            case Collection<?> list -> list.stream().filter(keep).toList();
            default -> value;
        };
    }

    /** The age of the person whose field this is. */
    private Integer ageOf(DataFetchingEnvironment env) {
        var today = LocalDate.now(clock);
        if (env.getSource() instanceof PersonView person) {
            return person.ageOn(today);
        }
        var type = (GraphQLObjectType) env.getParentType();
        return new PersonView(
                        null,
                        null,
                        null,
                        text(property(env.getSource(), "birthDate", type)),
                        null,
                        text(property(env.getSource(), "deathDate", type)))
                .ageOn(today);
    }

    /**
     * The age of the person an enclosing field names by a {@code personId} argument (an involvements query); null,
     * shown as younger than any age rule, when there is none.
     */
    private Integer ageOfPersonNamedAbove(DataFetchingEnvironment env) {
        for (var step = env.getExecutionStepInfo().getParent(); step != null; step = step.getParent()) {
            if (step.getArguments().get("personId") instanceof Object id) {
                return agesIn(env.getGraphQlContext())
                        .computeIfAbsent(
                                id.toString(),
                                personId -> people.findById(personId).map(person -> person.ageOn(LocalDate.now(clock))))
                        .orElse(null);
            }
        }
        return null;
    }

    private static Map<String, Optional<Integer>> agesIn(GraphQLContext context) {
        return context.computeIfAbsent(AGES, key -> new ConcurrentHashMap<String, Optional<Integer>>());
    }

    private static Object property(Object item, String name, GraphQLObjectType type) {
        var definition = type.getFieldDefinition(name);
        if (item == null || definition == null) {
            return null;
        }
        return PropertyDataFetcherHelper.getPropertyValue(name, item, (GraphQLType) definition.getType());
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The service of an involvement; null when it cannot be told, which the callers treat as sensitive. */
    private static Service service(Object value) {
        if (value instanceof Service service) {
            return service;
        }
        try {
            return value == null ? null : Service.valueOf(value.toString());
        } catch (IllegalArgumentException notAService) {
            return null;
        }
    }
}
