/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.util.List;

/**
 * Which elements of an XML extract are its rows: a path from the document's root, every occurrence of whose
 * last element is one row ({@code CTfile/CTFpupilData/Pupil}). The last element may carry one condition,
 * {@code [path=value]}, that keeps only the rows where the element at {@code path} (relative to the row, as in
 * field paths) holds {@code value}, ignoring case, or one of several values separated by {@code |}:
 * {@code Contact[Address/AddressAsPupil=true|1]} (XML Schema writes a boolean either way). A condition is what
 * lets two file entries read different rows of the same elements.
 *
 * @param steps element names from the root down to the row element
 * @param condition null when every occurrence is a row
 */
public record XmlRowPath(String text, List<String> steps, Condition condition) {

    /** Keeps a row when the element at {@code path} holds {@code value}, or one of its {@code |} alternatives. */
    public record Condition(XmlPath path, String value) {

        boolean holds(String actual) {
            for (var alternative : value.split("\\|", -1)) {
                if (alternative.strip().equalsIgnoreCase(actual.strip())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** @throws IllegalArgumentException saying what is wrong with the path */
    public static XmlRowPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("rows: the path is empty");
        }
        var path = text.strip();
        if (path.startsWith("/")) {
            path = path.substring(1);
        }
        Condition condition = null;
        int open = path.indexOf('[');
        if (open >= 0) {
            if (!path.endsWith("]") || path.indexOf('[', open + 1) >= 0) {
                throw new IllegalArgumentException(
                        "'" + text + "': only the last element may have a condition, written [path=value]");
            }
            condition = condition(path.substring(open + 1, path.length() - 1), text);
            path = path.substring(0, open);
        }
        var steps = XmlPath.steps(path, text);
        if (condition != null && condition.path().absolute()) {
            throw new IllegalArgumentException("'" + text + "': the condition's path must be relative to the row");
        }
        if (condition != null && condition.path().climbs() >= steps.size()) {
            throw new IllegalArgumentException("'" + text + "': the condition climbs above the document's root");
        }
        return new XmlRowPath(text, steps, condition);
    }

    private static Condition condition(String inside, String whole) {
        int equals = inside.indexOf('=');
        if (equals <= 0) {
            throw new IllegalArgumentException("'" + whole + "': write the condition as [path=value]");
        }
        var value = inside.substring(equals + 1).strip();
        if (value.length() >= 2
                && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            value = value.substring(1, value.length() - 1);
        }
        return new Condition(XmlPath.parse(inside.substring(0, equals)), value);
    }

    /** How many elements deep a row element is (the root is 1). */
    public int depth() {
        return steps.size();
    }

    /** The root element's name, which the document's must be. */
    public String root() {
        return steps.getFirst();
    }

    @Override
    public String toString() {
        return text;
    }
}
