/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.involvement;

import static org.familycontext.api.graph.Values.text;
import static org.familycontext.api.graph.Values.texts;

import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.familycontext.model.involvement.InvolvementStatus;
import org.familycontext.model.involvement.Service;

/** A service's work with a person, as the API shows it. */
record InvolvementView(
        Service service,
        InvolvementStatus status,
        String startDate,
        String endDate,
        String lastContact,
        String reason,
        String team,
        PractitionerView leadPractitioner,
        List<DetailView> details,
        String source) {

    static InvolvementView of(Map<String, Object> row) {
        var practitioner = text(row, "practitionerName") == null
                ? null
                : new PractitionerView(
                        text(row, "practitionerName"),
                        text(row, "practitionerRole"),
                        text(row, "practitionerPhone"),
                        text(row, "practitionerEmail"));
        var details = texts(row, "details").stream()
                .filter(d -> d.contains("="))
                .map(d -> new DetailView(StringUtils.substringBefore(d, "="), StringUtils.substringAfter(d, "=")))
                .toList();
        return new InvolvementView(
                Service.valueOf(text(row, "service")),
                InvolvementStatus.valueOf(text(row, "status")),
                text(row, "startDate"),
                text(row, "endDate"),
                text(row, "lastContact"),
                text(row, "reason"),
                text(row, "team"),
                practitioner,
                details,
                text(row, "source"));
    }

    public String serviceName() {
        return service.label();
    }

    record PractitionerView(String name, String role, String phone, String email) {}

    record DetailView(String label, String value) {}
}
