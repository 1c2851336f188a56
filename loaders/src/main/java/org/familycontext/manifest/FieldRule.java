/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import java.util.List;
import java.util.Map;

/**
 * How one extract field is filled from a row: from one or more columns (joined), or a constant; then read as
 * a date, translated through a code list, split as a full name, or checked as a type.
 *
 * @param values code to value; a code not listed rejects the row (null: no translation)
 * @param nameOrder for record.fullName: "forename-first" or "surname-first"
 * @param type for details: text, number, percent or date
 */
public record FieldRule(
        List<String> columns,
        String join,
        String constant,
        List<String> dateFormats,
        Map<String, String> values,
        String nameOrder,
        boolean required,
        String type) {

    public boolean isConstant() {
        return constant != null;
    }
}
