/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import graphql.execution.ExecutionStepInfo;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLTypeUtil;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Gathers, while a response is computed, who it shows: the ID of every {@code Person} object and the key of every
 * {@code SourceRecord} shown outside a person. Fields may be fetched on several threads, hence the concurrent sets.
 */
final class ResponseCollector {

    private final Set<String> personIds = ConcurrentHashMap.newKeySet();
    private final Set<String> recordKeys = ConcurrentHashMap.newKeySet();
    private final AtomicInteger unidentified = new AtomicInteger();

    /** Called before each field is fetched; looks only at fields of persons and records. */
    void fetching(DataFetchingEnvironment env) {
        if (!(env.getParentType() instanceof GraphQLNamedType parent)) {
            return;
        }
        switch (parent.getName()) {
            case "Person" -> {
                if (env.getSource() instanceof AuditedPerson person && person.id() != null) {
                    personIds.add(person.id());
                } else {
                    unidentified.incrementAndGet();
                }
            }
            case "SourceRecord" -> {
                if (underAPerson(env.getExecutionStepInfo())) {
                    return;
                }
                if (env.getSource() instanceof AuditedRecord record) {
                    recordKeys.add(record.source() + ":" + record.sourceId());
                } else {
                    unidentified.incrementAndGet();
                }
            }
            default -> {}
        }
    }

    Set<String> personIds() {
        return Set.copyOf(personIds);
    }

    Set<String> recordKeys() {
        return Set.copyOf(recordKeys);
    }

    /** Whether the response showed anyone the audit trail could not name: it must then not be answered. */
    boolean sawUnidentified() {
        return unidentified.get() > 0;
    }

    boolean sawAnyone() {
        return !personIds.isEmpty() || !recordKeys.isEmpty() || sawUnidentified();
    }

    private static boolean underAPerson(ExecutionStepInfo field) {
        for (var step = field.getParent(); step != null; step = step.getParent()) {
            if (GraphQLTypeUtil.unwrapAll(step.getType()) instanceof GraphQLNamedType type
                    && type.getName().equals("Person")) {
                return true;
            }
        }
        return false;
    }
}
