/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import java.util.List;

/**
 * A need a family has when any of its clauses is met (docs/analytics.md).
 *
 * @param name stored in {@code Family.indicators}, e.g. {@code domestic_abuse}
 * @param label how an analyst's screen names it
 * @param description the rule in plain words
 */
public record Indicator(String name, String label, String description, List<Clause> anyOf) {

    public Indicator {
        anyOf = List.copyOf(anyOf);
    }
}
