/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.audit;

import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import org.springframework.stereotype.Component;

/**
 * Shows the {@link ResponseCollector} of the request every field about to be fetched. Every object in a GraphQL
 * response has at least one field fetched, so every person a response holds passes here, whichever fields were
 * asked for; no controller needs to know about the audit.
 */
@Component
class ReturnedPersonsInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public DataFetcher<?> instrumentDataFetcher(
            DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        ResponseCollector collector =
                parameters.getExecutionContext().getGraphQLContext().get(ResponseCollector.class);
        if (collector != null) {
            collector.fetching(parameters.getEnvironment());
        }
        return dataFetcher;
    }
}
