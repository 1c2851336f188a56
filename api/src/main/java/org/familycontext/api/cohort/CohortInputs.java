/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.cohort;

import java.util.List;
import org.familycontext.model.involvement.Service;

/** The cohort queries' inputs as GraphQL gives them, before any check. */
final class CohortInputs {

    private CohortInputs() {}

    record CohortFilter(
            Integer minChildren,
            Integer maxChildren,
            Integer childAgeFrom,
            Integer childAgeTo,
            Boolean loneParent,
            Integer minIndicators,
            Integer maxIndicators,
            List<String> indicators,
            List<String> areas,
            List<ServiceCondition> services) {}

    record ServiceCondition(Service service, StatusFilter status, String from, String to) {}

    enum StatusFilter {
        CURRENT,
        HISTORIC,
        ANY
    }

    record DisclosureOptions(Integer threshold, Integer roundTo) {}
}
