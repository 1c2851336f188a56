/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes rejected rows and dropped fields as CSV (file, line, field, reason, action), streamed so that a bad
 * extract cannot exhaust memory. It names where to look in the source file; it copies no other personal data.
 * Any cell that would start like a formula is prefixed with an apostrophe, so the report is safe to open in a
 * spreadsheet.
 */
final class RejectReport implements Closeable {

    private final Path path;
    private final BufferedWriter out;

    RejectReport(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path.getParent());
            this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            out.write("file,line,field,reason,action\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reject report " + path, e);
        }
    }

    Path path() {
        return path;
    }

    /** Called by the reading thread and the writer thread. */
    synchronized void add(Rejection r) {
        try {
            out.write(String.join(
                    ",",
                    cell(r.file()),
                    Long.toString(r.line()),
                    cell(r.field()),
                    cell(r.reason()),
                    cell(r.rowLoaded() ? "field left out, row loaded" : "row rejected")));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(String value) {
        var v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return "\"" + v.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
