/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a value sits in an XML extract, as a manifest names it: element names separated by {@code /}, relative
 * to the row element ({@code BasicDetails/MiddleNames}), climbing first with {@code ../} ({@code ../../UPN}
 * from a pupil's contact), {@code .} for the row element's own text, or absolute from the document's root
 * ({@code /CTfile/Header/SourceSchool/SchoolName}). Names are matched without namespace prefixes, because
 * extracts use them inconsistently and no two elements of one schema differ by namespace alone.
 *
 * @param climbs how many {@code ../} come first (0 for an absolute path)
 * @param steps the element names after the climbs (empty for {@code .})
 */
public record XmlPath(String text, boolean absolute, int climbs, List<String> steps) {

    private static final Pattern NAME = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}._-]*");

    /** @throws IllegalArgumentException saying what is wrong with the path */
    public static XmlPath parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("an element path is empty");
        }
        var rest = text.strip();
        if (rest.startsWith("/")) {
            return new XmlPath(text, true, 0, steps(rest.substring(1), text));
        }
        int climbs = 0;
        while (rest.startsWith("../")) {
            climbs++;
            rest = rest.substring(3);
        }
        if (rest.equals("..")) {
            return new XmlPath(text, false, climbs + 1, List.of());
        }
        if (rest.equals(".")) {
            return new XmlPath(text, false, climbs, List.of());
        }
        return new XmlPath(text, false, climbs, steps(rest, text));
    }

    static List<String> steps(String names, String whole) {
        var steps = new ArrayList<String>();
        for (var step : names.split("/", -1)) {
            if (step.equals("..") || step.equals(".")) {
                throw new IllegalArgumentException(
                        "'" + whole + "': '" + step + "' may only come at the start of a path (../../UPN)");
            }
            if (!NAME.matcher(step).matches()) {
                throw new IllegalArgumentException("'" + whole + "': '" + step
                        + "' is not an element name (letters, digits, '_', '-' and '.'; no namespace prefix)");
            }
            steps.add(step);
        }
        return List.copyOf(steps);
    }

    @Override
    public String toString() {
        return text;
    }
}
