/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.generator.world;

import org.familycontext.generator.Dice;

/**
 * The naming tradition a family's names come from, with the DfE ethnicity codes that go with it. It only
 * makes names plausible together; it says nothing else about anyone.
 */
public enum Heritage {
    BRITISH(74, "WBRI"),
    IRISH(4, "WIRI", "WIRT"),
    SOUTH_ASIAN(8, "APKN", "AIND", "ABAN"),
    AFRICAN(4, "BAFR"),
    CARIBBEAN(3, "BCRB"),
    EASTERN_EUROPEAN(4, "WOTH", "WROM"),
    CHINESE(1.5, "CHNE"),
    OTHER_EUROPEAN(1.5, "WOTH");

    private final double share;
    private final String[] ethnicities;

    Heritage(double share, String... ethnicities) {
        this.share = share;
        this.ethnicities = ethnicities;
    }

    public static Heritage draw(Dice dice) {
        var all = values();
        double[] weights = new double[all.length];
        for (int i = 0; i < all.length; i++) {
            weights[i] = all[i].share;
        }
        return all[dice.weighted(weights)];
    }

    public String ethnicity(Dice dice) {
        return ethnicities.length == 1 || !dice.chance(0.3) ? ethnicities[0] : dice.pick(ethnicities);
    }

    /** The DfE code for a child of parents of two heritages. */
    public static String mixedEthnicity(Heritage a, Heritage b) {
        if (a == b) {
            return a.ethnicities[0];
        }
        var other = a == BRITISH || a == IRISH ? b : a;
        return switch (other) {
            case CARIBBEAN -> "MWBC";
            case AFRICAN -> "MWBA";
            case SOUTH_ASIAN, CHINESE -> "MWAS";
            default -> "MOTH";
        };
    }
}
