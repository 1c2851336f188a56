/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.comparison;

import java.util.List;
import org.familycontext.matching.MatchField;
import org.familycontext.matching.MatchRecord;

/** The comparisons the linker makes for every candidate pair, in the order explanations list them. */
public final class Comparisons {

    private Comparisons() {}

    public static List<Comparison> standard() {
        return List.of(
                new ForenameComparison(),
                new SurnameComparison(),
                new NamesSwappedComparison(),
                new BirthDateComparison(),
                new SexComparison(),
                new PostcodeComparison(),
                new AddressComparison(),
                new IdentifierComparison("NHS number", MatchField.NHS_NUMBER, MatchRecord::nhsNumber),
                new IdentifierComparison("UPN", MatchField.UPN, MatchRecord::upn),
                new IdentifierComparison("case ID", MatchField.CASE_ID, MatchRecord::caseId));
    }
}
