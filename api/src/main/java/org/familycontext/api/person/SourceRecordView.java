/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import static org.familycontext.api.graph.Values.text;
import static org.familycontext.api.graph.Values.texts;

import java.util.List;
import java.util.Map;
import org.familycontext.api.audit.AuditedRecord;
import org.familycontext.model.record.Sex;

/** One source's record of a person (also shown side by side in the review queue). */
public record SourceRecordView(
        String source,
        String sourceId,
        String forename,
        String middleNames,
        String surname,
        List<String> aliases,
        List<String> previousSurnames,
        String birthDate,
        Sex sex,
        String nhsNumber,
        String upn,
        String caseId,
        String deathDate,
        boolean current)
        implements AuditedRecord {

    public static SourceRecordView of(Map<String, Object> row) {
        return new SourceRecordView(
                text(row, "source"),
                text(row, "sourceId"),
                text(row, "forename"),
                text(row, "middleNames"),
                text(row, "surname"),
                texts(row, "aliases"),
                texts(row, "previousSurnames"),
                text(row, "birthDate"),
                Sex.fromStored(text(row, "sex")),
                text(row, "nhsNumber"),
                text(row, "upn"),
                text(row, "caseId"),
                text(row, "deathDate"),
                // The loader leaves current unset while a record is current (see the graph model).
                !Boolean.FALSE.equals(row.get("current")));
    }
}
