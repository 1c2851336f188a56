/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching.review;

import java.util.ArrayList;
import java.util.Locale;

/**
 * How soon a candidate pair should be looked at, most uncertain and most consequential first:
 *
 * <pre>
 *   priority    = (uncertainty + consequence) / 2                                   from 0 to 1
 *   uncertainty = max(0, 1 - |probability - middle| / halfWidth)                      from 0 to 1
 *   consequence = 0.5 if either record is of a child (under 18)
 *               + 0.5 if joining would bring new people into a family                 0, 0.5 or 1
 * </pre>
 *
 * <p>{@code middle} and {@code halfWidth} are those of the review band (from the review threshold to the
 * automatic-link threshold, 0.80 to 0.99 by default): a pair in the middle of the band is the one the model can
 * least decide, while a pair near either edge is nearly linked or nearly dropped anyway.
 *
 * <p>Joining brings new people into a family when one side's person has a relative (anyone tied to them by a
 * recorded family tie) or a household that the other side's person has not. A wrong join of a child puts
 * strangers into the child's family network, the worst error this product can make, so a child's pair that would
 * do so scores the full consequence and ranks above an adult pair of the same uncertainty. Equal priorities are
 * ordered by probability, lowest first, then by the pair's keys, so that the order is the same on every call.
 */
public record ReviewPriority(
        double score, double uncertainty, boolean child, int newFamily, boolean alreadyOnePerson, String reason) {

    /**
     * @param review the review threshold, the band's lower edge
     * @param autoLink the automatic-link threshold, the band's upper edge
     * @param newFamily relatives and households on one side but not the other (0 when already one person)
     * @param refusedBecause why clustering refused an otherwise automatic link, or null
     */
    public static ReviewPriority of(
            double probability,
            double review,
            double autoLink,
            boolean child,
            int newFamily,
            boolean alreadyOnePerson,
            String refusedBecause) {
        double middle = (review + autoLink) / 2;
        double halfWidth = Math.max(1e-9, (autoLink - review) / 2);
        double uncertainty = Math.max(0, 1 - Math.abs(probability - middle) / halfWidth);
        double consequence = (child ? 0.5 : 0) + (newFamily > 0 ? 0.5 : 0);
        double score = (uncertainty + consequence) / 2;

        var reasons = new ArrayList<String>();
        reasons.add(String.format(
                Locale.ROOT,
                "probability %.3f, %s the review band %.2f-%.2f (uncertainty %.2f)",
                probability,
                uncertainty >= 0.75 ? "near the middle of" : uncertainty > 0 ? "within" : "at the edge of or outside",
                review,
                autoLink,
                uncertainty));
        if (refusedBecause != null) {
            reasons.add("an automatic link was refused: " + refusedBecause);
        }
        if (child) {
            reasons.add("one record is of a child under 18");
        }
        if (alreadyOnePerson) {
            reasons.add("the two records are already one person through other links");
        } else if (newFamily > 0) {
            reasons.add("joining would bring " + newFamily + " relative(s) or household(s) of one side into the"
                    + " other's family");
        } else {
            reasons.add("joining would bring no new relatives or households into either family");
        }
        return new ReviewPriority(score, uncertainty, child, newFamily, alreadyOnePerson, String.join("; ", reasons));
    }
}
