/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/**
 * Postcodes of the latest addresses: the same; the same sector (XD1 4, a few streets); the same district
 * (XD1); or not. ZZ99 pseudo-postcodes count as missing.
 */
final class PostcodeComparison implements Comparison {

    @Override
    public Set<MatchField> fields() {
        return Set.of(MatchField.POSTCODE);
    }

    @Override
    public String name() {
        return "postcode";
    }

    @Override
    public List<String> levels() {
        return List.of("same", "same sector", "same district", "different");
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        var x = a.postcode();
        var y = b.postcode();
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        var districtX = x.substring(0, x.indexOf(' '));
        var districtY = y.substring(0, y.indexOf(' '));
        if (!districtX.equals(districtY)) {
            return 3;
        }
        return x.charAt(districtX.length() + 1) == y.charAt(districtY.length() + 1) ? 1 : 2;
    }

    @Override
    public boolean frequencyAdjusted() {
        return true;
    }

    @Override
    public String frequencyValue(MatchRecord record) {
        return record.postcode();
    }
}
