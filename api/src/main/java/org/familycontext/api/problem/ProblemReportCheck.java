/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.problem;

import org.familycontext.api.graph.InvalidArgumentException;
import org.familycontext.api.problem.ProblemViews.ReportDataProblemInput;

/**
 * Refuses a report the data managers could not act on, naming the field to change: the person, the source and
 * (when given) the record must exist, so that the report reaches the system that owns the fact.
 */
final class ProblemReportCheck {

    static final int MAX_DESCRIPTION = 500;
    static final int MAX_NOTE = 2_000;

    private ProblemReportCheck() {}

    /** The input with its text stripped, or an {@link InvalidArgumentException} naming the first wrong field. */
    static ReportDataProblemInput checked(ReportDataProblemInput input, DataProblems store) {
        var personId = required(input.personId(), "input.personId", "the person the fact is shown about");
        var source = required(input.source(), "input.source", "the short name of the source system");
        var description = required(input.description(), "input.description", "the fact as you saw it");
        var note = required(input.note(), "input.note", "what is wrong with the fact");
        if (input.factKind() == null) {
            throw new InvalidArgumentException("input.factKind: say what kind of fact it is");
        }
        limit(description, MAX_DESCRIPTION, "input.description");
        limit(note, MAX_NOTE, "input.note");
        var recordId = input.sourceRecordId() == null || input.sourceRecordId().isBlank()
                ? null
                : input.sourceRecordId().strip();
        if (!store.personExists(personId)) {
            throw new InvalidArgumentException("input.personId: no person has this ID");
        }
        if (!store.sourceExists(source)) {
            throw new InvalidArgumentException("input.source: no source is called '" + source + "'");
        }
        if (recordId != null && !store.recordExists(source, recordId)) {
            throw new InvalidArgumentException("input.sourceRecordId: " + source + " has no record with this ID");
        }
        return new ReportDataProblemInput(personId, input.factKind(), source, recordId, description, note);
    }

    static String required(String value, String field, String what) {
        if (value == null || value.isBlank()) {
            throw new InvalidArgumentException(field + ": give " + what);
        }
        return value.strip();
    }

    static void limit(String value, int max, String field) {
        if (value != null && value.length() > max) {
            throw new InvalidArgumentException(field + ": at most " + max + " characters");
        }
    }
}
