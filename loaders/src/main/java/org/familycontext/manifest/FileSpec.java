/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * One file of an extract and how its columns map onto the common extract schema.
 *
 * @param headerAliases other spellings of a column, keyed by the name the fields use
 * @param fields extract field name (record.surname, involvement.detail.School ...) to the rule that fills it
 */
public record FileSpec(
        String name,
        Path path,
        Charset charset,
        char delimiter,
        char quote,
        Map<String, List<String>> headerAliases,
        SequencedMap<String, FieldRule> fields) {

    /** Whether any field of the given entity (record, address, involvement, relationship) is mapped. */
    public boolean maps(String entity) {
        return fields.keySet().stream().anyMatch(f -> f.startsWith(entity + "."));
    }

    /** Every column the fields read, as the fields name them. */
    public List<String> columnsUsed() {
        return fields.values().stream()
                .flatMap(rule -> rule.columns().stream())
                .distinct()
                .toList();
    }
}
