/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import java.util.List;
import java.util.Map;

/**
 * How one extract field is filled from a row: from one or more columns (joined), a template of columns, or a
 * constant; then read as a date, translated through a code list, split as a full name, or checked as a type.
 * In an XML file, a "column" is an element path (see {@code org.familycontext.extract.XmlPath}).
 *
 * @param columns the columns read, in order; for a template, the ones it names
 * @param join the separator between joined columns: one for every gap, or one per gap in order
 * @param template text with {@code {column}} placeholders, filled only when every one has a value (so a composite
 *     ID is never built from a part of it); null unless the manifest gives one
 * @param values code to value; a code not listed rejects the row (null: no translation)
 * @param nameOrder for record.fullName: "forename-first" or "surname-first"
 * @param type for details: text, number, percent or date
 */
public record FieldRule(
        List<String> columns,
        List<String> join,
        String template,
        String constant,
        List<String> dateFormats,
        Map<String, String> values,
        String nameOrder,
        boolean required,
        String type) {

    public boolean isConstant() {
        return constant != null;
    }

    /**
     * What is written before the value of {@code columns().get(index)} when it follows another value: the
     * separator of the gap just before that column, whichever columns before it were empty.
     */
    public String separatorBefore(int index) {
        return join.size() == 1 ? join.getFirst() : join.get(index - 1);
    }
}
