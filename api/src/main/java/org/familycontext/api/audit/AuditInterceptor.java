/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import graphql.GraphqlErrorBuilder;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records every request that reads or changes something about persons in the audit trail, after its answer is
 * computed and before it is sent. When the event cannot be written the answer is withheld: there is no unaudited
 * access. Outermost of the interceptors, so that a request another one refuses is recorded as refused.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditInterceptor implements WebGraphQlInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    static final String WITHHELD =
            "The answer could not be recorded in the audit trail, so it is withheld. Try again; if it goes on, tell"
                    + " the service's support.";

    private final AuditTrail trail;
    private final AccessorSource accessors;

    AuditInterceptor(AuditTrail trail, AccessorSource accessors) {
        this.trail = trail;
        this.accessors = accessors;
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        // Read here, on the thread that received the request, where a security context is bound.
        var accessor = accessors.current();
        var operation = AuditedOperation.of(request.getDocument(), request.getOperationName(), request.getVariables());
        var collector = new ResponseCollector();
        request.configureExecutionInput((input, builder) -> {
            input.getGraphQLContext().put(ResponseCollector.class, collector);
            return input;
        });
        return chain.next(request)
                .map(response -> {
                    var outcome = collector.sawUnidentified() ? AuditOutcome.ERROR : outcomeOf(response.getErrors());
                    if (!record(request, operation, accessor, collector, outcome) || collector.sawUnidentified()) {
                        return withheld(response);
                    }
                    return response;
                })
                .onErrorResume(failure -> {
                    record(request, operation, accessor, collector, AuditOutcome.ERROR);
                    return Mono.error(failure);
                });
    }

    /** Writes the event when the request needs one; false when it needed one and it could not be written. */
    private boolean record(
            WebGraphQlRequest request,
            AuditedOperation operation,
            Accessor accessor,
            ResponseCollector collector,
            AuditOutcome outcome) {
        if (!operation.audited() && !collector.sawAnyone()) {
            return true;
        }
        var actions = new ArrayList<>(operation.actions());
        if (actions.isEmpty()) {
            actions.add(AuditAction.OTHER);
        }
        try {
            trail.record(new AuditEntry(
                    accessor,
                    actions,
                    operation.purpose(),
                    request.getOperationName() != null ? request.getOperationName() : operation.name(),
                    request.getDocument(),
                    VariablesJson.of(request.getVariables()),
                    operation.openedPersonIds(),
                    collector.personIds(),
                    collector.recordKeys(),
                    outcome));
            return true;
        } catch (RuntimeException e) {
            // The exception's message may quote what was being written: only its type above DEBUG.
            log.error(
                    "An audit event could not be written ({}); the answer was withheld",
                    e.getClass().getName());
            log.debug("Audit write failure", e);
            return false;
        }
    }

    private static AuditOutcome outcomeOf(List<ResponseError> errors) {
        if (errors.isEmpty()) {
            return AuditOutcome.OK;
        }
        for (var error : errors) {
            var type = error.getErrorType();
            if (type == ErrorType.INTERNAL_ERROR || type == graphql.ErrorType.DataFetchingException) {
                return AuditOutcome.ERROR;
            }
        }
        return AuditOutcome.REFUSED;
    }

    private static WebGraphQlResponse withheld(WebGraphQlResponse response) {
        return response.transform(builder -> builder.data(null)
                .errors(List.of(GraphqlErrorBuilder.newError()
                        .errorType(ErrorType.INTERNAL_ERROR)
                        .message(WITHHELD)
                        .build())));
    }
}
