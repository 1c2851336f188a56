/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.analytics.indicator;

import java.util.List;

/**
 * What a rule can read of one service involvement: its service, status (CURRENT or HISTORIC), the source that
 * holds it, its reason, and its details as {@code label=value} text.
 */
public record Involvement(String service, String status, String source, String reason, List<String> details) {

    public Involvement {
        details = details == null ? List.of() : List.copyOf(details);
    }

    public boolean current() {
        return "CURRENT".equals(status);
    }
}
