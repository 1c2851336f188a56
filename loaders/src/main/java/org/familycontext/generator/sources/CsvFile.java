/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.familycontext.generator.noise.Spelling;

/**
 * One delimited file of a source, written row by row. Cells are quoted only when they must be. A
 * windows-1252 file cannot hold every letter (Ł, ș): those are written without their accents, as the
 * source system itself would have stored them.
 */
public final class CsvFile implements Closeable {

    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final Path path;
    private final Writer out;
    private final char delimiter;
    private final String newline;
    private final CharsetEncoder narrow;
    private final int columns;
    private long rows;

    /**
     * @param bom write a UTF-8 byte-order mark first
     * @param newline "\r\n" for files from Windows systems, else "\n"
     */
    public CsvFile(Path path, Charset charset, boolean bom, char delimiter, String newline, List<String> header) {
        this.path = path;
        this.delimiter = delimiter;
        this.newline = newline;
        this.columns = header.size();
        this.narrow = charset.equals(StandardCharsets.UTF_8) ? null : charset.newEncoder();
        try {
            Files.createDirectories(path.getParent());
            OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(path), 1 << 16);
            if (bom) {
                bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            this.out = new OutputStreamWriter(bytes, charset);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(header);
        rows = 0;
    }

    public void row(String... cells) {
        if (cells.length != columns) {
            throw new IllegalArgumentException(
                    path.getFileName() + ": " + cells.length + " cells for " + columns + " columns");
        }
        write(java.util.Arrays.asList(cells));
    }

    private void write(List<String> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(delimiter);
                }
                var cell = cells.get(i);
                if (cell != null && !cell.isEmpty()) {
                    writeCell(narrow == null || narrow.canEncode(cell) ? cell : Spelling.fold(cell));
                }
            }
            out.write(newline);
            rows++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeCell(String cell) throws IOException {
        boolean quote = cell.charAt(0) == ' ' || cell.charAt(cell.length() - 1) == ' ';
        for (int i = 0; i < cell.length() && !quote; i++) {
            char c = cell.charAt(i);
            quote = c == delimiter || c == '"' || c == '\n' || c == '\r';
        }
        if (!quote) {
            out.write(cell);
            return;
        }
        out.write('"');
        out.write(cell.replace("\"", "\"\""));
        out.write('"');
    }

    /** Data rows written, the header not counted. */
    public long rows() {
        return rows;
    }

    public Path path() {
        return path;
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
