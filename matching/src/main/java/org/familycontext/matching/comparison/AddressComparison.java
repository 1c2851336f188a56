/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/** The latest addresses: the same property (UPRN); first lines (normalised) alike; or not. */
final class AddressComparison implements Comparison {

    @Override
    public Set<MatchField> fields() {
        return Set.of(MatchField.ADDRESS, MatchField.POSTCODE);
    }

    @Override
    public String name() {
        return "address";
    }

    @Override
    public List<String> levels() {
        return List.of("same UPRN", "same first line", "first line alike, same number", "different");
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        if (a.uprn() != null && b.uprn() != null) {
            if (a.uprn().equals(b.uprn())) {
                return 0;
            }
        }
        var x = a.addressLine();
        var y = b.addressLine();
        if (x == null || y == null) {
            return a.uprn() != null && b.uprn() != null ? 3 : MISSING;
        }
        if (x.equals(y)) {
            return 1;
        }
        return sameNumber(x, y) && Similarity.jaroWinkler(x, y) >= 0.92 ? 2 : 3;
    }

    /** "12 ACACIA RD" and "12 ACACIA ROAD" are alike; "12 ACACIA ROAD" and "14 ACACIA ROAD" are not. */
    private static boolean sameNumber(String x, String y) {
        return leadingNumber(x).equals(leadingNumber(y));
    }

    private static String leadingNumber(String line) {
        int end = 0;
        while (end < line.length() && !Character.isWhitespace(line.charAt(end))) {
            end++;
        }
        var first = line.substring(0, end);
        return first.chars().anyMatch(Character::isDigit) ? first : "";
    }
}
