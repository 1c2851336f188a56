/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.person;

import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * The resolved person: a cluster of Records joined by accepted SAME_AS links, each record pointing at it with
 * {@code (:Record)-[:PART_OF]->(:Person)}. The display fields are chosen from the cluster's records when it is
 * formed, so that search and the family network need not read every record.
 *
 * @param id stable while the cluster keeps its earliest record (see PersonId)
 * @param birthDate ISO partial date
 */
@Node("Person")
public record Person(
        @Id @GeneratedValue String elementId,
        String id,
        String forename,
        String surname,
        String birthDate,
        String sex,
        String deathDate) {

    public String displayName() {
        if (forename == null || forename.isBlank()) {
            return surname == null ? "(name not known)" : surname;
        }
        return surname == null ? forename : forename + " " + surname;
    }
}
