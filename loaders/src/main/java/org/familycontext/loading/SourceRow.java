/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.HashMap;
import java.util.Map;

/** What a source is and what its extract covers; see {@link org.familycontext.model.source.Source}. */
public record SourceRow(
        String name,
        String system,
        String service,
        String dataCurrentAsOf,
        Integer historyYears,
        String areaCovered,
        Integer minAge,
        Integer maxAge) {

    Map<String, Object> properties() {
        var p = new HashMap<String, Object>();
        p.put("system", system);
        p.put("service", service);
        p.put("dataCurrentAsOf", dataCurrentAsOf);
        p.put("historyYears", historyYears);
        p.put("areaCovered", areaCovered);
        p.put("minAge", minAge);
        p.put("maxAge", maxAge);
        return p;
    }
}
