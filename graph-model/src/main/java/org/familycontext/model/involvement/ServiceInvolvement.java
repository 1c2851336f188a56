/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.involvement;

import java.util.List;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A service's work with a person: {@code (:Record)-[:HAS_INVOLVEMENT]->(:ServiceInvolvement)}. Key: (source,
 * sourceId) of the involvement in its source system.
 *
 * @param reason why the service is involved, in the source's words ("rent arrears over 6 weeks")
 * @param details service-specific facts, each as {@code label=value} (school name, attendance %, offence ...)
 */
@Node("ServiceInvolvement")
public record ServiceInvolvement(
        @Id @GeneratedValue String elementId,
        String source,
        String sourceId,
        String service,
        String status,
        String startDate,
        String endDate,
        String lastContact,
        String reason,
        String team,
        String practitionerName,
        String practitionerRole,
        String practitionerPhone,
        String practitionerEmail,
        List<String> details) {}
