/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.source;

import org.springframework.data.neo4j.core.schema.GeneratedValue;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;

/**
 * A system whose extract is loaded. What it covers decides what "none found" means for it: a police extract
 * of adults over the last six years in one force area says nothing about a child, or about 2010.
 *
 * @param name unique short name, the {@code source} of every record it holds
 * @param dataCurrentAsOf the date the extract was taken (ISO)
 * @param historyYears how many years back the extract reaches
 * @param minAge youngest age the source holds records for (null: any)
 * @param maxAge oldest age the source holds records for (null: any)
 */
@Node("Source")
public record Source(
        @Id @GeneratedValue String elementId,
        String name,
        String system,
        String service,
        String dataCurrentAsOf,
        Integer historyYears,
        String areaCovered,
        Integer minAge,
        Integer maxAge,
        String loadedAt) {

    /** What a practitioner records in Family Context is a source of its own, never mixed with an extract. */
    public static final String PRACTITIONER_RECORDED = "practitioner-recorded";
}
