/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.matching;

/**
 * The thresholds, on the match probability: at or above {@code autoLink} records are linked without a person
 * looking; from {@code review} up to it the pair waits in the review queue; below, no link is stored.
 *
 * @param maxBlock blocks with more records than this are not compared (see Blocking)
 */
public record LinkOptions(double autoLink, double review, int maxBlock) {

    public static final double DEFAULT_AUTO_LINK = 0.99;
    public static final double DEFAULT_REVIEW = 0.80;
    public static final int DEFAULT_MAX_BLOCK = 500;

    public LinkOptions {
        if (!(review > 0 && review <= autoLink && autoLink < 1)) {
            throw new IllegalArgumentException("thresholds must satisfy 0 < review <= auto-link < 1; got review "
                    + review + ", auto-link " + autoLink);
        }
    }

    public static LinkOptions defaults() {
        return new LinkOptions(DEFAULT_AUTO_LINK, DEFAULT_REVIEW, DEFAULT_MAX_BLOCK);
    }
}
