/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.sources;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * One XML file of a source, written element by element as the families stream past, in UTF-8 with two spaces
 * of indentation per level, as school systems export it. Empty values are left out, as exports leave out
 * elements they have nothing for.
 */
public final class XmlFile implements Closeable {

    private final Path path;
    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();

    public XmlFile(Path path) {
        this.path = path;
        try {
            Files.createDirectories(path.getParent());
            this.out = new BufferedWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8), 1 << 16);
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens an element; what follows is inside it until {@link #end}. */
    public void start(String name) {
        write(indent() + "<" + name + ">\n");
        open.push(name);
    }

    public void end(String name) {
        var last = open.pop();
        if (!last.equals(name)) {
            throw new IllegalStateException(path.getFileName() + ": </" + name + "> closes <" + last + ">");
        }
        write(indent() + "</" + name + ">\n");
    }

    /** An element holding only text; nothing when the text is null or empty. */
    public void element(String name, String text) {
        if (text != null && !text.isEmpty()) {
            write(indent() + "<" + name + ">" + escape(text) + "</" + name + ">\n");
        }
    }

    private String indent() {
        return "  ".repeat(open.size());
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        if (!open.isEmpty()) {
            throw new IllegalStateException(path.getFileName() + ": <" + open.peek() + "> is never closed");
        }
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
