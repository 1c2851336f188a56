/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.api.person;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.familycontext.matching.review.MatchContribution;
import org.familycontext.matching.review.MatchLink;

/**
 * Why a record is in its person, in plain words, from its links that join records (AUTO and CONFIRMED): a person
 * is the records joined by such links, so these are the reasons. The full evidence is in the record's matchLinks.
 */
final class JoinReason {

    private JoinReason() {}

    static String of(List<MatchLink> links) {
        var joining = links.stream()
                .filter(l -> "AUTO".equals(l.status()) || "CONFIRMED".equals(l.status()))
                .toList();
        if (joining.isEmpty()) {
            return "Joined to no other record: the only record of this person.";
        }
        return joining.stream().map(JoinReason::sentence).collect(Collectors.joining(" "));
    }

    private static String sentence(MatchLink link) {
        var other = "the " + link.other().source() + " record " + link.other().sourceId();
        if ("CONFIRMED".equals(link.status())) {
            var who = link.decidedBy() == null ? "a reviewer" : link.decidedBy();
            var when = link.decidedAt() == null
                    ? ""
                    : " on "
                            + link.decidedAt()
                                    .substring(0, Math.min(10, link.decidedAt().length()));
            var why = link.decisionReason() == null ? "" : ": \"" + link.decisionReason() + "\"";
            return "Confirmed by " + who + when + " as the same person as " + other + why + ".";
        }
        var probability = link.probability() == null
                ? ""
                : String.format(Locale.ROOT, " (probability %.1f%%)", link.probability() * 100);
        var evidence = strongestEvidence(link.explanation());
        return "Joined by the matching model to " + other + probability + (evidence.isEmpty() ? "" : ": " + evidence)
                + ".";
    }

    /** The comparisons that counted most for the link, e.g. "NHS number exact, date of birth exact". */
    private static String strongestEvidence(List<MatchContribution> explanation) {
        return explanation.stream()
                .filter(c -> !"prior".equals(c.comparison()) && c.weight() > 0)
                .sorted(Comparator.comparingDouble(MatchContribution::weight).reversed())
                .limit(3)
                .map(c -> c.comparison() + " " + c.level())
                .collect(Collectors.joining(", "));
    }
}
