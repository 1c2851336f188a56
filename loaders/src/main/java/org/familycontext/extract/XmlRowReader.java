/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the rows of an XML extract as a {@link XmlRowPath} names them, one at a time, each as a {@link CsvRow}
 * whose cells are the values of the given paths, in order. So every row of every format goes through the same
 * checks downstream.
 *
 * <p>The file is streamed: only the subtree of the outermost element a row needs is held, one at a time. That
 * is the row element itself, or the ancestor its {@code ../} paths climb to (a pupil, when its contacts are the
 * rows and read the pupil's UPN). Absolute paths ({@code /CTfile/Header/...}) take the value last read at that
 * place before the row, which suits the header that precedes the rows. A row's line is the line of its start
 * tag.
 *
 * <p>The file's own XML declaration says its encoding (UTF-8 without one, as XML requires); a row holding bytes
 * not valid in it is unreadable, and reading carries on. Where the file is not well-formed (an unclosed tag, a
 * stray {@code <}) reading stops: the fault becomes one unreadable row naming its line, the rows before it have
 * all been returned, and {@link #stoppedEarly()} says why. A file that declares a document type is refused at
 * its first line: no DTD or external entity is read.
 */
public final class XmlRowReader implements RowReader {

    /** Elements held for one row (with the ancestor its paths climb to); a larger one is skipped, not held. */
    static final int MAX_ELEMENTS_PER_ROW = 100_000;
    /** Characters of one element's text, as {@link CsvReader} caps a line. */
    static final int MAX_TEXT_CHARS = 100_000;

    private final InputStream bytes;
    private final XmlRowPath rows;
    private final List<XmlPath> columns;
    private final List<String> anchorSteps;
    private final Map<String, String> headerValues = new HashMap<>();
    private final Deque<CsvRow> ready = new ArrayDeque<>();
    private final List<String> openPath = new ArrayList<>();
    private XMLStreamReader xml;
    private String encoding = "UTF-8";
    private boolean rootSeen;
    private boolean finished;
    private String stoppedEarly;

    // The subtree being held, while inside an anchor element.
    private XmlElement anchor;
    private XmlElement current;
    private int heldElements;
    private String anchorProblem;
    private boolean skipping;

    // An absolute path's element being read, while inside one.
    private StringBuilder headerText;
    private int headerDepth;

    /** @param columns the paths whose values make each row's cells, in that order */
    public XmlRowReader(InputStream bytes, XmlRowPath rows, List<XmlPath> columns) {
        this.bytes = bytes;
        this.rows = rows;
        this.columns = List.copyOf(columns);
        int climbs = columns.stream()
                .filter(c -> !c.absolute())
                .mapToInt(XmlPath::climbs)
                .max()
                .orElse(0);
        if (rows.condition() != null) {
            climbs = Math.max(climbs, rows.condition().path().climbs());
        }
        int anchorDepth = Math.max(1, rows.depth() - climbs);
        this.anchorSteps = rows.steps().subList(0, anchorDepth);
        try {
            var decoded = XmlEncoding.open(bytes);
            encoding = decoded.charset().displayName();
            xml = SecureXml.inputFactory().createXMLStreamReader(decoded.characters());
        } catch (IllegalArgumentException e) {
            stop(1, e.getMessage());
        } catch (XMLStreamException e) {
            stop(e);
        } catch (IOException e) {
            stop(1, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Reads up to the root element and says what makes the file unusable before any row: nothing in it, a
     * document type, not XML, or another root element than the rows' path starts with. Null when none.
     */
    public String problemAtStart() throws IOException {
        while (!rootSeen && !finished) {
            step();
        }
        if (stoppedEarly != null) {
            return stoppedEarly;
        }
        if (!rootSeen) {
            return "the file holds no XML element";
        }
        if (!openPath.getFirst().equals(rows.root())) {
            return "the document's root element is <" + openPath.getFirst() + ">, but rows starts at <" + rows.root()
                    + ">: is it the right file, or should rows say " + openPath.getFirst() + "/...?";
        }
        return null;
    }

    @Override
    public CsvRow next() throws IOException {
        while (ready.isEmpty() && !finished) {
            step();
        }
        return ready.poll();
    }

    @Override
    public String stoppedEarly() {
        return stoppedEarly;
    }

    private void step() throws IOException {
        try {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> start(xml.getLocalName(), line());
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> text();
                case XMLStreamConstants.END_ELEMENT -> end();
                case XMLStreamConstants.DTD ->
                    stop(
                            line(),
                            "the file declares a document type (<!DOCTYPE ...>), which an extract must not: it can"
                                    + " make a parser read other files; nothing was read");
                case XMLStreamConstants.END_DOCUMENT -> finished = true;
                default -> {
                    // comments and processing instructions hold no values
                }
            }
        } catch (XMLStreamException e) {
            // The characters are decoded leniently (XmlEncoding), so an I/O failure here is the disk's, not the file's.
            if (e.getNestedException() instanceof IOException io) {
                throw io;
            }
            stop(e);
        }
    }

    private void start(String name, long line) {
        rootSeen = true;
        openPath.add(name);
        if (anchor != null && !skipping) {
            hold(name, line);
        } else if (openPath.equals(anchorSteps)) {
            anchor = new XmlElement(name, line, null);
            current = anchor;
            heldElements = 1;
        }
        if (headerText == null && isHeaderPath()) {
            headerText = new StringBuilder();
            headerDepth = openPath.size();
        }
    }

    private void hold(String name, long line) {
        if (++heldElements > MAX_ELEMENTS_PER_ROW) {
            tooLarge("has more than " + MAX_ELEMENTS_PER_ROW + " elements");
            return;
        }
        current = new XmlElement(name, line, current);
    }

    /** Stops holding the anchor's subtree (its end is still awaited), remembering why it cannot be read. */
    private void tooLarge(String why) {
        anchorProblem = "the <" + anchor.name() + "> element that starts on this line " + why + "; it was skipped";
        skipping = true;
        current = null;
    }

    private void text() {
        if (current != null) {
            current.appendText(xml.getText());
            if (current.textLength() > MAX_TEXT_CHARS) {
                tooLarge("holds a value longer than " + MAX_TEXT_CHARS + " characters");
            }
        }
        if (headerText != null && openPath.size() == headerDepth && headerText.length() <= MAX_TEXT_CHARS) {
            headerText.append(xml.getText());
        }
    }

    private void end() {
        if (headerText != null && openPath.size() == headerDepth) {
            headerValues.put(String.join("/", openPath), headerText.toString().strip());
            headerText = null;
        }
        openPath.removeLast();
        if (anchor == null) {
            return;
        }
        if (openPath.size() < anchorSteps.size()) {
            emitRows();
        } else if (!skipping) {
            current = current.parent();
        }
    }

    private void emitRows() {
        if (anchorProblem != null) {
            ready.add(CsvRow.unreadable(anchor.line(), anchorProblem));
        } else {
            var below = rows.steps().subList(anchorSteps.size(), rows.depth());
            for (var row : anchor.descendants(below)) {
                var condition = rows.condition();
                if (condition == null || condition.holds(row.value(condition.path()))) {
                    ready.add(row(row));
                }
            }
        }
        anchor = null;
        current = null;
        anchorProblem = null;
        skipping = false;
    }

    private CsvRow row(XmlElement element) {
        var cells = cells(element);
        for (var cell : cells) {
            if (cell.indexOf(XmlEncoding.REPLACEMENT) >= 0) {
                return CsvRow.unreadable(
                        element.line(),
                        "holds bytes that are not valid " + encoding + " (is the encoding the file declares right?)");
            }
        }
        return CsvRow.read(element.line(), cells);
    }

    private List<String> cells(XmlElement row) {
        var cells = new ArrayList<String>(columns.size());
        for (var column : columns) {
            cells.add(
                    column.absolute()
                            ? headerValues.getOrDefault(String.join("/", column.steps()), "")
                            : row.value(column));
        }
        return cells;
    }

    private boolean isHeaderPath() {
        for (var column : columns) {
            if (column.absolute() && column.steps().equals(openPath)) {
                return true;
            }
        }
        return false;
    }

    private long line() {
        return xml.getLocation().getLineNumber();
    }

    private void stop(XMLStreamException e) {
        var location = e.getLocation();
        long line = location == null || location.getLineNumber() < 1 ? 1 : location.getLineNumber();
        var message = e.getMessage() == null ? "unreadable" : e.getMessage();
        // The JDK's parser starts its messages with "ParseError at [row,col]:[3,5]\nMessage: ".
        int at = message.indexOf("Message: ");
        stop(
                line,
                "not well-formed XML: " + (at >= 0 ? message.substring(at + 9) : message).strip()
                        + " (reading stopped here: nothing after this point was read)");
    }

    private void stop(long line, String problem) {
        ready.add(CsvRow.unreadable(line, problem));
        stoppedEarly = "line " + line + ": " + problem;
        finished = true;
    }

    @Override
    public void close() throws IOException {
        try {
            if (xml != null) {
                xml.close();
            }
        } catch (XMLStreamException e) {
            // closing releases the parser only; the stream is closed below
        } finally {
            bytes.close();
        }
    }
}
