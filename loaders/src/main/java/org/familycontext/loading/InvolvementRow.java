/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.familycontext.model.involvement.InvolvementStatus;
import org.familycontext.model.involvement.Service;
import org.familycontext.model.record.RecordKey;

/** A service's work with the person of one record. Key: the record's source and the involvement's own ID. */
public record InvolvementRow(
        RecordKey record,
        String sourceId,
        Service service,
        InvolvementStatus status,
        String startDate,
        String endDate,
        String lastContact,
        String reason,
        String team,
        String practitionerName,
        String practitionerRole,
        String practitionerPhone,
        String practitionerEmail,
        List<String> details) {

    Map<String, Object> properties() {
        var p = new HashMap<String, Object>();
        p.put("service", service.name());
        p.put("status", status.name());
        p.put("startDate", startDate);
        p.put("endDate", endDate);
        p.put("lastContact", lastContact);
        p.put("reason", reason);
        p.put("team", team);
        p.put("practitionerName", practitionerName);
        p.put("practitionerRole", practitionerRole);
        p.put("practitionerPhone", practitionerPhone);
        p.put("practitionerEmail", practitionerEmail);
        p.put("details", noneIfEmpty(details));
        return p;
    }

    /** An empty list is left out (null removes the property): Neo4j would store it as a property of its own. */
    private static List<String> noneIfEmpty(List<String> values) {
        return values == null || values.isEmpty() ? null : values;
    }
}
