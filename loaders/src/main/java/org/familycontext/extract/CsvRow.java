/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.util.List;

/**
 * One row of an extract as read, before any field is interpreted: its cells, or why it could not be read. A row
 * of a delimited file holds its cells in the header's order; a row of an XML file holds the values of the paths
 * the manifest reads, in the order of {@code FileSpec.columnsUsed()}.
 *
 * @param line the physical line the row starts on (1 is a delimited file's header; an XML row's start tag)
 * @param problem null when the row was read; otherwise why not, and {@code cells} is empty
 */
public record CsvRow(long line, List<String> cells, String problem) {

    static CsvRow read(long line, List<String> cells) {
        return new CsvRow(line, cells, null);
    }

    static CsvRow unreadable(long line, String problem) {
        return new CsvRow(line, List.of(), problem);
    }

    public boolean readable() {
        return problem == null;
    }
}
