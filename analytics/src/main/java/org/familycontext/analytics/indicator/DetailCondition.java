/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import java.util.regex.Pattern;

/**
 * A condition on one detail of an involvement ({@code label=value}): the label matches {@code label} (a regular
 * expression for the whole label, case ignored), and the value contains {@code matches}, or is a number below
 * {@code below}, or at least {@code atLeast}. With none of the three, any value will do.
 */
public record DetailCondition(Pattern label, Pattern matches, Double below, Double atLeast) {

    /** Whether any detail of the involvement meets the condition. */
    boolean metBy(Involvement involvement) {
        for (var detail : involvement.details()) {
            int eq = detail.indexOf('=');
            if (eq < 0 || !label.matcher(detail.substring(0, eq).trim()).matches()) {
                continue;
            }
            if (valueMeets(detail.substring(eq + 1).trim())) {
                return true;
            }
        }
        return false;
    }

    /** Whether the involvement carries a detail with this label at all: the data the condition needs exists. */
    boolean labelIn(Involvement involvement) {
        for (var detail : involvement.details()) {
            int eq = detail.indexOf('=');
            if (eq >= 0 && label.matcher(detail.substring(0, eq).trim()).matches()) {
                return true;
            }
        }
        return false;
    }

    private boolean valueMeets(String value) {
        if (matches != null && !matches.matcher(value).find()) {
            return false;
        }
        if (below == null && atLeast == null) {
            return true;
        }
        var number = leadingNumber(value);
        if (number == null) {
            return false;
        }
        return (below == null || number < below) && (atLeast == null || number >= atLeast);
    }

    /** {@code "74.5%"} → 74.5, {@code "3"} → 3; null when the value does not start with a number. */
    static Double leadingNumber(String value) {
        int end = 0;
        while (end < value.length() && (Character.isDigit(value.charAt(end)) || value.charAt(end) == '.')) {
            end++;
        }
        if (end == 0) {
            return null;
        }
        try {
            return Double.parseDouble(value.substring(0, end));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
