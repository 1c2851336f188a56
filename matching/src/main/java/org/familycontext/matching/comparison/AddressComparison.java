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
            // A UPRN names one property: two different ones are two addresses, however alike their lines read.
            return a.uprn().equals(b.uprn()) ? 0 : 3;
        }
        var x = a.addressLine();
        var y = b.addressLine();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 1;
        }
        return sameNumber(x, y) && Similarity.jaroWinkler(x, y) >= 0.92 ? 2 : 3;
    }

    /**
     * "12 ACACIA RD" and "12 ACACIA ROAD" are alike; "12 ACACIA ROAD" and "14 ACACIA ROAD" are not, nor are
     * "FLAT 3 12 ACACIA ROAD" and "FLAT 4 12 ACACIA ROAD": every word with a digit in it must agree.
     */
    private static boolean sameNumber(String x, String y) {
        return numbers(x).equals(numbers(y));
    }

    private static List<String> numbers(String line) {
        var numbers = new java.util.ArrayList<String>();
        for (var word : line.split(" ")) {
            if (word.chars().anyMatch(Character::isDigit)) {
                numbers.add(word);
            }
        }
        return numbers;
    }
}
