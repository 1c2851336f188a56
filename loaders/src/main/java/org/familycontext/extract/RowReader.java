/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.io.Closeable;
import java.io.IOException;

/** Reads the rows of one extract file in order, in constant memory, whatever its format. */
public interface RowReader extends Closeable {

    /** The next row, or null at the end of the file (or where reading had to stop). */
    CsvRow next() throws IOException;

    /**
     * Why reading stopped before the end of the file ("line 40: ..."), or null when every row was read. A
     * delimited file recovers from any bad row, so it never stops early; an XML file that is not well-formed
     * cannot be read past the fault.
     */
    default String stoppedEarly() {
        return null;
    }
}
