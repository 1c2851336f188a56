/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.cohort;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.api.cohort.CohortInputs.CohortFilter;
import org.familycontext.api.cohort.CohortInputs.ServiceCondition;
import org.familycontext.api.cohort.CohortInputs.StatusFilter;
import org.familycontext.api.graph.InvalidArgumentException;

/**
 * A filter turned into the {@code WHERE} clause that picks families ({@code f}) and its parameters, after checking
 * every field: a bad value is refused with an error naming it. Conditions read the family's own properties; only a
 * service in a date window, or a historic-only one, looks at the members' involvements.
 */
record FamilySelection(String where, Map<String, Object> parameters) {

    static final int MAX_AGE = 25;
    static final int MAX_CONDITIONS = 10;

    static FamilySelection of(CohortFilter filter) {
        var conditions = new ArrayList<String>();
        var params = new HashMap<String, Object>();
        if (filter == null) {
            return new FamilySelection("true", params);
        }
        range(filter.minChildren(), filter.maxChildren(), "minChildren", "maxChildren", 50);
        range(filter.childAgeFrom(), filter.childAgeTo(), "childAgeFrom", "childAgeTo", MAX_AGE);
        range(filter.minIndicators(), filter.maxIndicators(), "minIndicators", "maxIndicators", 20);
        add(conditions, params, "f.children >= $minChildren", "minChildren", filter.minChildren());
        add(conditions, params, "f.children <= $maxChildren", "maxChildren", filter.maxChildren());
        // A child within the ages: the youngest is not older than the upper bound, the oldest not younger than the
        // lower (exact when both are given and no child falls between two others outside them; see analytics.md).
        add(conditions, params, "f.oldestChildAge >= $childAgeFrom", "childAgeFrom", filter.childAgeFrom());
        add(conditions, params, "f.youngestChildAge <= $childAgeTo", "childAgeTo", filter.childAgeTo());
        add(conditions, params, "f.loneParent = $loneParent", "loneParent", filter.loneParent());
        add(conditions, params, "f.indicatorCount >= $minIndicators", "minIndicators", filter.minIndicators());
        add(conditions, params, "f.indicatorCount <= $maxIndicators", "maxIndicators", filter.maxIndicators());
        if (filter.indicators() != null && !filter.indicators().isEmpty()) {
            conditions.add("all(i IN $indicators WHERE i IN f.indicators)");
            params.put("indicators", List.copyOf(filter.indicators()));
        }
        if (filter.areas() != null && !filter.areas().isEmpty()) {
            conditions.add("f.area IN $areas");
            params.put("areas", filter.areas().stream().map(String::strip).toList());
        }
        var services = filter.services() == null ? List.<ServiceCondition>of() : filter.services();
        if (services.size() > MAX_CONDITIONS) {
            throw new InvalidArgumentException("filter.services: at most " + MAX_CONDITIONS + " conditions");
        }
        for (int i = 0; i < services.size(); i++) {
            conditions.add(service(services.get(i), i, params));
        }
        return new FamilySelection(conditions.isEmpty() ? "true" : String.join(" AND ", conditions), params);
    }

    private static String service(ServiceCondition condition, int i, Map<String, Object> params) {
        var field = "filter.services[" + i + "]";
        if (condition.service() == null) {
            throw new InvalidArgumentException(field + ".service: give a service");
        }
        var status = condition.status() == null ? StatusFilter.ANY : condition.status();
        var from = date(condition.from(), field + ".from");
        var to = date(condition.to(), field + ".to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new InvalidArgumentException(field + ".to: the window cannot end before it begins (from)");
        }
        params.put("service" + i, condition.service().name());
        if (from == null && to == null && status != StatusFilter.HISTORIC) {
            // The family's own lists answer these without reading any involvement.
            return "$service%d IN f.%s"
                    .formatted(i, status == StatusFilter.CURRENT ? "servicesCurrent" : "servicesEver");
        }
        params.put("status" + i, status == StatusFilter.ANY ? null : status.name());
        params.put("from" + i, from);
        params.put("to" + i, to);
        return """
                EXISTS { MATCH (f)<-[:IN_FAMILY]-(:Person)<-[:PART_OF]-(:Record)-[:HAS_INVOLVEMENT]->(i:ServiceInvolvement)
                         WHERE i.service = $service%1$d AND ($status%1$d IS NULL OR i.status = $status%1$d)
                           AND ($from%1$d IS NULL OR i.endDate IS NULL OR i.endDate >= $from%1$d)
                           AND ($to%1$d IS NULL OR i.startDate IS NULL OR i.startDate <= $to%1$d) }""".formatted(i);
    }

    private static String date(String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).toString();
        } catch (DateTimeParseException e) {
            throw new InvalidArgumentException(field + ": give a date as YYYY-MM-DD");
        }
    }

    private static void range(Integer low, Integer high, String lowName, String highName, int max) {
        within(low, lowName, max);
        within(high, highName, max);
        if (low != null && high != null && low > high) {
            throw new InvalidArgumentException("filter." + highName + ": at least " + lowName);
        }
    }

    private static void within(Integer value, String name, int max) {
        if (value != null && (value < 0 || value > max)) {
            throw new InvalidArgumentException("filter." + name + ": between 0 and " + max);
        }
    }

    private static void add(
            List<String> conditions, Map<String, Object> params, String cypher, String name, Object value) {
        if (value != null) {
            conditions.add(cypher);
            params.put(name, value);
        }
    }
}
