/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.List;
import org.familycontext.extract.CsvReader;
import org.familycontext.extract.CsvRow;
import org.familycontext.extract.RowReader;
import org.familycontext.extract.XmlPath;
import org.familycontext.extract.XmlRowReader;
import org.familycontext.manifest.FileSpec;

/**
 * One file of an extract opened for reading, whatever its format: the names its rows' cells go by (a
 * delimited file's header line; for an XML file, the element paths its fields read) and its rows.
 */
final class ExtractFile implements Closeable {

    private final RowReader rows;
    private final List<String> header;

    private ExtractFile(RowReader rows, List<String> header) {
        this.rows = rows;
        this.header = header;
    }

    /** Opens the file for its rows; {@link #problemBeforeRows} has found nothing wrong with it. */
    static ExtractFile open(FileSpec file, InputStream bytes) throws IOException {
        if (file.format() == FileSpec.Format.XML) {
            return new ExtractFile(xml(file, bytes), file.columnsUsed());
        }
        var csv = new CsvReader(bytes, file.charset(), file.delimiter(), file.quote());
        var header = csv.next();
        csv.expectColumns(header.cells().size());
        return new ExtractFile(csv, header.cells());
    }

    /**
     * What makes the file unusable before any row is read, or null: empty, a header line that cannot be read,
     * an XML document that is not one or has another root than its rows. Missing columns are the mapper's to
     * find in the header; an XML file has no such check, because an element that is missing is just empty.
     */
    static String problemBeforeRows(FileSpec file) throws IOException {
        if (Files.size(file.path()) == 0) {
            return "the file is empty; it needs "
                    + (file.format() == FileSpec.Format.XML ? "an XML document" : "a header line");
        }
        if (file.format() == FileSpec.Format.XML) {
            try (var xml = xml(file, Files.newInputStream(file.path()))) {
                return xml.problemAtStart();
            }
        }
        try (var csv =
                new CsvReader(Files.newInputStream(file.path()), file.charset(), file.delimiter(), file.quote())) {
            var header = csv.next();
            if (header == null || isBlank(header)) {
                return "the file is empty; it needs a header line";
            }
            return header.readable() ? null : "the header line cannot be read: " + header.problem();
        }
    }

    private static XmlRowReader xml(FileSpec file, InputStream bytes) {
        var paths = file.columnsUsed().stream().map(XmlPath::parse).toList();
        return new XmlRowReader(bytes, file.rows(), paths);
    }

    static boolean isBlank(CsvRow row) {
        return row.readable() && row.cells().stream().allMatch(String::isBlank);
    }

    List<String> header() {
        return header;
    }

    CsvRow next() throws IOException {
        return rows.next();
    }

    /** Why reading stopped before the end of the file, or null; see {@link RowReader#stoppedEarly()}. */
    String stoppedEarly() {
        return rows.stoppedEarly();
    }

    @Override
    public void close() throws IOException {
        rows.close();
    }
}
