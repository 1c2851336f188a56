/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * One element of an XML extract held in memory: only the elements of one row (or of the ancestor that the
 * rows' {@code ../} paths reach, such as one pupil with its contacts) are ever held at a time.
 */
final class XmlElement {

    private final String name;
    private final long line;
    private final XmlElement parent;
    private final List<XmlElement> children = new ArrayList<>(4);
    private final StringBuilder text = new StringBuilder();

    XmlElement(String name, long line, XmlElement parent) {
        this.name = name;
        this.line = line;
        this.parent = parent;
        if (parent != null) {
            parent.children.add(this);
        }
    }

    String name() {
        return name;
    }

    /** The line its start tag is on. */
    long line() {
        return line;
    }

    XmlElement parent() {
        return parent;
    }

    void appendText(CharSequence chars) {
        text.append(chars);
    }

    int textLength() {
        return text.length();
    }

    /** The element's own text (not its children's), without surrounding white space. */
    String text() {
        return text.toString().strip();
    }

    /** Every element reached by going down through children named {@code steps}, in document order. */
    List<XmlElement> descendants(List<String> steps) {
        var found = new ArrayList<XmlElement>();
        collect(steps, 0, found);
        return found;
    }

    private void collect(List<String> steps, int from, List<XmlElement> found) {
        if (from == steps.size()) {
            found.add(this);
            return;
        }
        for (var child : children) {
            if (child.name.equals(steps.get(from))) {
                child.collect(steps, from + 1, found);
            }
        }
    }

    /**
     * The text at a relative path from this element; the first occurrence when an element repeats, and empty
     * when there is none (a missing element and an empty one read the same).
     */
    String value(XmlPath path) {
        var start = this;
        for (int i = 0; i < path.climbs() && start != null; i++) {
            start = start.parent;
        }
        if (start == null) {
            return "";
        }
        var found = start.descendants(path.steps());
        return found.isEmpty() ? "" : found.getFirst().text();
    }
}
