/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/**
 * An identifier both records hold (NHS number, UPN, case ID): the same; one character off (a typo, which a
 * check digit does not always catch); or different, which is strong evidence of two people.
 */
final class IdentifierComparison implements Comparison {

    private final String name;
    private final MatchField field;
    private final Function<MatchRecord, String> identifier;

    IdentifierComparison(String name, MatchField field, Function<MatchRecord, String> identifier) {
        this.name = name;
        this.field = field;
        this.identifier = identifier;
    }

    @Override
    public Set<MatchField> fields() {
        return Set.of(field);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> levels() {
        return List.of("same", "one character off", "different");
    }

    @Override
    public int compare(MatchRecord a, MatchRecord b) {
        var x = identifier.apply(a);
        var y = identifier.apply(b);
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        return Similarity.oneEditApart(x, y) ? 1 : 2;
    }
}
