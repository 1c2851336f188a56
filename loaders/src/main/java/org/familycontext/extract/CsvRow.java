/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.util.List;

/**
 * One row of a delimited file as read, before any field is interpreted: its cells, or why it could not be read.
 *
 * @param line the physical line the row starts on (1 is the header)
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
