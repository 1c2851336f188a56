/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.loading;

import java.util.regex.Pattern;

/**
 * Checks that a value can safely be what it claims to be. Names must look like names; free text must hold no
 * control characters and must not start like a spreadsheet formula (a reject report or export opened in a
 * spreadsheet would run it). Cypher and HTML in values are harmless here: values only ever travel as query
 * parameters and the UI writes them as text; names that hold them are refused anyway because they are not
 * names.
 */
final class FieldChecks {

    static final int MAX_NAME = 100;
    static final int MAX_TEXT = 2_000;

    private static final Pattern NAME = Pattern.compile("[\\p{L}][\\p{L}\\p{M} '’.\\-]*");
    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n]+\\s*");
    private static final Pattern DIGITS_10 = Pattern.compile("\\d{10}");
    private static final Pattern UPN = Pattern.compile("[A-Z][0-9]{11}[0-9A-Z]");
    private static final String UPN_CHECK_LETTERS = "ABCDEFGHJKLMNPQRTUVWXYZ";

    private FieldChecks() {}

    static String name(String field, String value) throws FieldProblem {
        var v = text(field, value, MAX_NAME);
        if (v != null && !NAME.matcher(v).matches()) {
            throw new FieldProblem(field, "not a name: only letters, spaces, apostrophes, hyphens and full stops");
        }
        return v;
    }

    /** Free text: kept as written, once it is safe. */
    static String text(String field, String value, int maxLength) throws FieldProblem {
        if (value == null || value.isBlank()) {
            return null;
        }
        // One pass over the characters first: almost every value is plain, and the regular expressions below
        // cost a quarter of a load's parsing when run on every cell.
        var v = value.strip();
        boolean lineBreak = false;
        boolean control = false;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '\r' || c == '\n') {
                lineBreak = true;
            } else if (c != '\t' && Character.isISOControl(c)) {
                control = true;
            }
        }
        // A line break inside a quoted cell is layout, not content (an address typed over two lines).
        if (lineBreak) {
            v = LINE_BREAKS.matcher(v).replaceAll(", ");
        }
        if (v.length() > maxLength) {
            throw new FieldProblem(field, "longer than " + maxLength + " characters (" + v.length() + ")");
        }
        if (control) {
            throw new FieldProblem(field, "holds control characters");
        }
        if (looksLikeFormula(v)) {
            throw new FieldProblem(field, "starts like a spreadsheet formula (=, +, -, @)");
        }
        return v;
    }

    /** =, @ or a tab first, or + or - followed by something other than a digit or a space. */
    private static boolean looksLikeFormula(String v) {
        if (v.isEmpty()) {
            return false;
        }
        char first = v.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        if ((first == '+' || first == '-') && v.length() > 1) {
            char second = v.charAt(1);
            return !Character.isDigit(second) && !Character.isWhitespace(second);
        }
        return false;
    }

    static String text(String field, String value) throws FieldProblem {
        return text(field, value, MAX_TEXT);
    }

    /** Ten digits whose last is the modulus 11 check digit of the first nine; spaces and dashes dropped. */
    static String nhsNumber(String field, String value) throws FieldProblem {
        if (value == null || value.isBlank()) {
            return null;
        }
        var digits = new StringBuilder(10);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '-' && !Character.isWhitespace(c)) {
                digits.append(c);
            }
        }
        if (!DIGITS_10.matcher(digits).matches()) {
            throw new FieldProblem(field, "an NHS number has 10 digits");
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        if (check == 10 || check != digits.charAt(9) - '0') {
            throw new FieldProblem(field, "the NHS number's check digit is wrong (mistyped?)");
        }
        return digits.toString();
    }

    /** A unique pupil number: check letter, then twelve characters; the check letter is DfE's modulus 23. */
    static String upn(String field, String value) throws FieldProblem {
        if (value == null || value.isBlank()) {
            return null;
        }
        var upn = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!UPN.matcher(upn).matches()) {
            throw new FieldProblem(field, "a UPN is a letter followed by 12 characters");
        }
        int sum = 0;
        for (int i = 1; i < 13; i++) {
            char c = upn.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : UPN_CHECK_LETTERS.indexOf(c);
            sum += v * (i + 1);
        }
        if (UPN_CHECK_LETTERS.charAt(sum % 23) != upn.charAt(0)) {
            throw new FieldProblem(field, "the UPN's check letter is wrong (mistyped?)");
        }
        return upn;
    }

    static String uprn(String field, String value) throws FieldProblem {
        if (value == null || value.isBlank()) {
            return null;
        }
        var v = value.strip();
        if (!v.matches("\\d{1,12}")) {
            throw new FieldProblem(field, "a UPRN is up to 12 digits");
        }
        return v;
    }
}
