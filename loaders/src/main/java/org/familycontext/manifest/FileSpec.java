/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.manifest;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import org.familycontext.extract.XmlRowPath;

/**
 * One file of an extract and how its columns map onto the common extract schema.
 *
 * @param charset for a delimited file; an XML file says its own
 * @param headerAliases other spellings of a column, keyed by the name the fields use
 * @param rows for an XML file, which elements are its rows (null for a delimited file); its "columns" are
 *     element paths
 * @param fields extract field name (record.surname, involvement.detail.School ...) to the rule that fills it
 */
public record FileSpec(
        String name,
        Path path,
        Format format,
        Charset charset,
        char delimiter,
        char quote,
        Map<String, List<String>> headerAliases,
        XmlRowPath rows,
        SequencedMap<String, FieldRule> fields) {

    /** How a file is laid out. */
    public enum Format {
        /** Delimited text whose first line is the header (CSV, tab- or pipe-separated). */
        CSV,
        /** An XML document whose rows are the elements {@code rows} names. */
        XML
    }

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
