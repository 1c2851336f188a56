/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.model.address;

import java.util.Optional;
import java.util.regex.Pattern;

/** UK postcode normalisation: upper case, letters and digits only, one space before the inward code. */
public final class Postcode {

    private static final Pattern VALID = Pattern.compile("^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$");

    private Postcode() {}

    /**
     * The normalised postcode, or empty when absent, malformed, or a ZZ99 pseudo-postcode (no fixed abode,
     * not known): those say nothing about where a person lives and must never count as agreement.
     */
    public static Optional<String> normalise(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var compact = compact(raw);
        if (compact.length() < 5 || compact.length() > 7 || compact.startsWith("ZZ99")) {
            return Optional.empty();
        }
        var spaced = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return VALID.matcher(spaced).matches() ? Optional.of(spaced) : Optional.empty();
    }

    /** Whether this is a ZZ99 pseudo-postcode, which stands for "no fixed abode" or "not known". */
    public static boolean isPseudo(String raw) {
        return raw != null && compact(raw).startsWith("ZZ99");
    }

    /** Upper case, letters and digits only. */
    private static String compact(String raw) {
        var out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = Character.toUpperCase(raw.charAt(i));
            if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
