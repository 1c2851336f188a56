/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Reads a delimited file (RFC 4180: quoted cells may hold delimiters, doubled quotes and line breaks) one row
 * at a time, in constant memory. Unlike a general CSV library it recovers from a broken row and carries on,
 * because one bad row in a nightly extract must cost that row, not the load:
 *
 * <ul>
 *   <li>a quote that is never closed within {@value #MAX_LINES_PER_ROW} lines rejects the row it opened in,
 *       and reading resumes on the next line;
 *   <li>a line longer than {@value #MAX_LINE_CHARS} characters is rejected and skipped;
 *   <li>bytes that are not valid in the file's encoding reject the row that holds them.
 * </ul>
 *
 * Spaces around cells are dropped (stray spaces after delimiters are common in hand-made extracts), a
 * byte-order mark is skipped, and a missing final newline is fine.
 */
public final class CsvReader implements RowReader {

    static final int MAX_LINES_PER_ROW = 20;
    static final int MAX_LINE_CHARS = 100_000;
    private static final char REPLACEMENT = '\uFFFD';

    private final Reader in;
    private final char delimiter;
    private final char quote;
    private final String encodingName;
    private final Deque<PhysicalLine> pushedBack = new ArrayDeque<>();
    private long nextLineNumber = 1;
    private boolean atStart = true;
    private int peeked = -2;
    private int expectedColumns;

    public CsvReader(InputStream bytes, Charset charset, char delimiter, char quote) {
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.in = new java.io.BufferedReader(new InputStreamReader(bytes, decoder), 1 << 16);
        this.delimiter = delimiter;
        this.quote = quote;
        this.encodingName = charset.displayName();
    }

    /** The next row, or null at the end of the file. */
    @Override
    public CsvRow next() throws IOException {
        var first = nextLine();
        if (first == null) {
            return null;
        }
        if (first.tooLong) {
            return CsvRow.unreadable(first.number, "line is longer than " + MAX_LINE_CHARS + " characters");
        }
        var lines = new ArrayList<PhysicalLine>();
        lines.add(first);
        var text = new StringBuilder(first.text);
        while (true) {
            var cells = new ArrayList<String>();
            var outcome = split(text, cells);
            if (outcome == Split.COMPLETE) {
                if (text.indexOf(String.valueOf(REPLACEMENT)) >= 0) {
                    return CsvRow.unreadable(
                            first.number,
                            "holds bytes that are not valid " + encodingName + " (is the manifest's encoding right?)");
                }
                if (lines.size() > 1 && expectedColumns > 0 && cells.size() != expectedColumns) {
                    // Joining lines made a row of the wrong shape: the quote was never meant to span lines.
                    giveBackAllButFirst(lines);
                    return CsvRow.unreadable(first.number, "a quote opened on this line is never closed");
                }
                return CsvRow.read(first.number, cells);
            }
            if (outcome == Split.TEXT_AFTER_QUOTE) {
                if (lines.size() > 1) {
                    // The quote that "closed" belongs to a later row: this line's quote was never closed.
                    giveBackAllButFirst(lines);
                    return CsvRow.unreadable(first.number, "a quote opened on this line is never closed");
                }
                return CsvRow.unreadable(
                        first.number, "text after a closing quote (a quote inside a cell must be doubled)");
            }
            // The quote is still open: the cell goes on to the next line, within reason.
            var more = lines.size() < MAX_LINES_PER_ROW ? nextLine() : null;
            if (more == null || more.tooLong) {
                if (more != null) {
                    pushedBack.push(more);
                }
                giveBackAllButFirst(lines);
                return CsvRow.unreadable(first.number, "a quote opened on this line is never closed");
            }
            lines.add(more);
            text.append('\n').append(more.text);
        }
    }

    /** Every line after the first is read again as rows of their own. */
    private void giveBackAllButFirst(List<PhysicalLine> lines) {
        for (int i = lines.size() - 1; i >= 1; i--) {
            pushedBack.push(lines.get(i));
        }
    }

    /**
     * Tells the reader how many cells a row has (the header's count), so that a quote left open cannot join
     * several rows into one of the wrong shape.
     */
    public void expectColumns(int columns) {
        this.expectedColumns = columns;
    }

    private enum Split {
        COMPLETE,
        OPEN_QUOTE,
        TEXT_AFTER_QUOTE
    }

    private Split split(CharSequence text, List<String> cells) {
        var cell = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (true) {
            // skip leading spaces of a cell
            while (i < n && text.charAt(i) == ' ' && delimiter != ' ') {
                i++;
            }
            if (i < n && text.charAt(i) == quote) {
                i++;
                boolean closed = false;
                while (i < n) {
                    char c = text.charAt(i++);
                    if (c == quote) {
                        if (i < n && text.charAt(i) == quote) {
                            cell.append(quote);
                            i++;
                        } else {
                            closed = true;
                            break;
                        }
                    } else {
                        cell.append(c);
                    }
                }
                if (!closed) {
                    return Split.OPEN_QUOTE;
                }
                while (i < n && text.charAt(i) == ' ') {
                    i++;
                }
                if (i < n && text.charAt(i) != delimiter) {
                    return Split.TEXT_AFTER_QUOTE;
                }
                cells.add(cell.toString());
            } else {
                int start = i;
                while (i < n && text.charAt(i) != delimiter) {
                    i++;
                }
                cells.add(text.subSequence(start, i).toString().strip());
            }
            cell.setLength(0);
            if (i >= n) {
                return Split.COMPLETE;
            }
            i++; // the delimiter
            if (i == n) {
                cells.add("");
                return Split.COMPLETE;
            }
        }
    }

    private record PhysicalLine(long number, String text, boolean tooLong) {}

    /** Reads one physical line (ending \n, \r\n or \r), capped in length so memory stays bounded. */
    private PhysicalLine nextLine() throws IOException {
        if (!pushedBack.isEmpty()) {
            return pushedBack.pop();
        }
        var text = new StringBuilder();
        boolean tooLong = false;
        int c = read();
        if (c == -1) {
            return null;
        }
        while (c != -1 && c != '\n' && c != '\r') {
            if (text.length() < MAX_LINE_CHARS) {
                text.append((char) c);
            } else {
                tooLong = true;
            }
            c = read();
        }
        if (c == '\r') {
            int after = read();
            if (after != '\n' && after != -1) {
                peeked = after;
            }
        }
        if (atStart) {
            atStart = false;
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                text.deleteCharAt(0);
            }
        }
        return new PhysicalLine(nextLineNumber++, text.toString(), tooLong);
    }

    private int read() throws IOException {
        if (peeked != -2) {
            int c = peeked;
            peeked = -2;
            return c;
        }
        return in.read();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
