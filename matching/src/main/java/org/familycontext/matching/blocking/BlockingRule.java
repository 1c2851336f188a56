/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.blocking;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/**
 * Which records are worth comparing: those that share this rule's key (same NHS number; same date of birth
 * and surname sound ...). Comparing every record with every other is a trillion pairs at a million records;
 * rules cut that to the pairs that could be the same person. A record without the key is in no block.
 */
public record BlockingRule(String name, Set<MatchField> fields, Function<MatchRecord, String> key) {

    /** The rules the linker uses unless told otherwise; see docs/matching.md for why each is there. */
    public static List<BlockingRule> standard() {
        return List.of(
                new BlockingRule("same NHS number", Set.of(MatchField.NHS_NUMBER), MatchRecord::nhsNumber),
                new BlockingRule("same UPN", Set.of(MatchField.UPN), MatchRecord::upn),
                new BlockingRule("same case ID", Set.of(MatchField.CASE_ID), MatchRecord::caseId),
                new BlockingRule(
                        "same date of birth and surname sound",
                        Set.of(MatchField.BIRTH_DATE, MatchField.SURNAME),
                        r -> join(fullDate(r), r.surnameSound())),
                new BlockingRule(
                        "same date of birth and forename sound",
                        Set.of(MatchField.BIRTH_DATE, MatchField.FORENAME),
                        r -> join(fullDate(r), r.forenameSound())),
                new BlockingRule(
                        "same forename and surname sounds and birth year",
                        Set.of(MatchField.FORENAME, MatchField.SURNAME, MatchField.BIRTH_DATE),
                        r -> join(r.forenameSound(), r.surnameSound(), year(r))),
                new BlockingRule(
                        "same postcode and forename sound",
                        Set.of(MatchField.POSTCODE, MatchField.ADDRESS, MatchField.FORENAME),
                        r -> join(r.postcode(), r.forenameSound())),
                new BlockingRule(
                        "same date of birth and postcode (names swapped or changed)",
                        Set.of(MatchField.BIRTH_DATE, MatchField.POSTCODE, MatchField.ADDRESS),
                        r -> join(fullDate(r), r.postcode())));
    }

    /** Whether a pair shares this rule's key: the rule would have chosen it. */
    public boolean chooses(MatchRecord a, MatchRecord b) {
        var x = key.apply(a);
        return x != null && x.equals(key.apply(b));
    }

    private static String fullDate(MatchRecord r) {
        return r.birthDate() != null && r.birthDate().length() == 10 ? r.birthDate() : null;
    }

    private static String year(MatchRecord r) {
        return r.birthDate() == null ? null : r.birthDate().substring(0, 4);
    }

    private static String join(String... parts) {
        for (var part : parts) {
            if (part == null) {
                return null;
            }
        }
        return String.join("|", parts);
    }
}
