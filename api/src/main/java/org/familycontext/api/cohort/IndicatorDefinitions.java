/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.cohort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.analytics.indicator.Indicator;
import org.familycontext.analytics.indicator.IndicatorSet;
import org.familycontext.api.cohort.CohortViews.IndicatorView;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;

/**
 * The indicators of the last family build, as its {@code FamilyBuild} node lists them, with whether the council's
 * data can show each; their words come from the bundled Think Family set (a council's own set names its own).
 */
@Component
class IndicatorDefinitions {

    private static final String BUILD = """
            OPTIONAL MATCH (b:FamilyBuild)
            RETURN coalesce(b.indicators, []) AS indicators, coalesce(b.indicatorsUnavailable, []) AS unavailable
            """;

    private final Neo4jClient neo4j;
    private final Map<String, Indicator> bundled = new HashMap<>();

    IndicatorDefinitions(Neo4jClient neo4j) {
        this.neo4j = neo4j;
        IndicatorSet.bundled().indicators().forEach(indicator -> bundled.put(indicator.name(), indicator));
    }

    @SuppressWarnings("unchecked")
    List<IndicatorView> all() {
        var row = neo4j.query(BUILD).fetch().one().orElseThrow();
        var unavailable = (List<String>) row.get("unavailable");
        return ((List<String>) row.get("indicators"))
                .stream()
                        .map(name -> {
                            var known = bundled.get(name);
                            var description = known == null ? name : known.label() + ": " + known.description();
                            return new IndicatorView(name, description, !unavailable.contains(name));
                        })
                        .toList();
    }
}
