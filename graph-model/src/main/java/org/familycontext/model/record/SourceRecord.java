/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.record;

import java.util.List;
import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A person as one source system holds them. Key: (source, sourceId). Never merged with another source's
 * record: the resolved {@link org.familycontext.model.person.Person} joins records by SAME_AS links, so a
 * wrong link can be undone without losing what each source said.
 *
 * <p>Relationships ({@code LIVED_AT}, {@code HAS_INVOLVEMENT}, family ties, {@code SAME_AS}, {@code PART_OF})
 * are deliberately not mapped as fields: Spring Data Neo4j would load the whole reachable family graph with
 * each record. They are traversed with explicit Cypher instead.
 *
 * @param birthDate ISO partial date ({@link org.familycontext.model.PartialDate}), null when unknown
 * @param otherIdentifiers identifiers without their own property, each as {@code TYPE=value}
 */
@Node("Record")
public record SourceRecord(
        @Id @GeneratedValue String elementId,
        String source,
        String sourceId,
        String forename,
        String middleNames,
        String surname,
        List<String> aliases,
        List<String> previousSurnames,
        String birthDate,
        String sex,
        String gender,
        String nhsNumber,
        String upn,
        String caseId,
        List<String> otherIdentifiers,
        String deathDate,
        Boolean current) {

    public String fullName() {
        return String.join(
                " ",
                java.util.stream.Stream.of(forename, middleNames, surname)
                        .filter(s -> s != null && !s.isBlank())
                        .toList());
    }
}
